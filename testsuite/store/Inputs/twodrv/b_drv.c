/* Module bdrv: unplugs in remove, guards its ioctl. Its unplug is not adrv's. */
#include <linux/io.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct b_device {
	struct drm_device drm;
	void __iomem *regs;
};

static struct b_device *b_dev;

#define DRM_IOCTL_B_GO	DRM_IO(DRM_COMMAND_BASE + 0x00)

static int b_ioctl_go(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct b_device *b = container_of(dev, struct b_device, drm);
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	writel(1, b->regs);
	drm_dev_exit(idx);
	return 0;
}

static const struct drm_ioctl_desc b_ioctls[] = {
	DRM_IOCTL_DEF_DRV(B_GO, b_ioctl_go, 0),
};

static const struct drm_driver b_drm_driver = {
	.ioctls = b_ioctls,
	.num_ioctls = ARRAY_SIZE(b_ioctls),
};

static void b_remove(struct platform_device *pdev)
{
	drm_dev_unplug(&b_dev->drm);
}

static struct platform_driver b_driver = {
	.remove = b_remove,
};
module_platform_driver(b_driver);
