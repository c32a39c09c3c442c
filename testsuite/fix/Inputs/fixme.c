/* Fix suggestions: an ioctl with several unguarded statements, a void callback, a guard leak
 * on an unbraced early return, and a work item with no drm_device to guard with. */
#include <linux/io.h>
#include <linux/workqueue.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct fix_device {
	struct drm_device drm;
	void __iomem *regs;
	struct work_struct reset_work;
};

#define to_fix(dev) container_of(dev, struct fix_device, drm)

static void fix_write(struct fix_device *fdev, u32 reg, u32 val)
{
	writel(val, fdev->regs + reg);
}

static int fix_ioctl_submit(struct drm_device *ddev, void *data, struct drm_file *file)
{
	struct fix_device *fdev = to_fix(ddev);
	u32 *args = data;

	fix_write(fdev, 0x10, args[0]);
	fix_write(fdev, 0x14,
		  args[1]);
	return 0;
}

static int fix_ioctl_wait(struct drm_device *ddev, void *data, struct drm_file *file)
{
	struct fix_device *fdev = to_fix(ddev);
	int idx;

	if (!drm_dev_enter(ddev, &idx))
		return -ENODEV;
	if (!data)
		return -EINVAL;
	fix_write(fdev, 0x18, 1);
	drm_dev_exit(idx);
	return 0;
}

static void fix_postclose(struct drm_device *dev, struct drm_file *file)
{
	fix_write(to_fix(dev), 0x20, 0);
}

static void fix_reset_work(struct work_struct *work)
{
	struct fix_device *fdev = container_of(work, struct fix_device, reset_work);

	fix_write(fdev, 0x24, 1);
}

#define DRM_IOCTL_FIX_SUBMIT	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FIX_WAIT	DRM_IO(DRM_COMMAND_BASE + 0x01)

static const struct drm_ioctl_desc fix_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FIX_SUBMIT, fix_ioctl_submit, 0),
	DRM_IOCTL_DEF_DRV(FIX_WAIT, fix_ioctl_wait, 0),
};

const struct drm_driver fix_drm_driver = {
	.ioctls = fix_ioctls,
	.num_ioctls = ARRAY_SIZE(fix_ioctls),
	.postclose = fix_postclose,
};

void fix_init(struct fix_device *fdev)
{
	INIT_WORK(&fdev->reset_work, fix_reset_work);
}
