/* Module adrv: its remove never unplugs, so its unguarded ioctl MMIO is one no-unplug. */
#include <linux/io.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct a_device {
	struct drm_device drm;
	void __iomem *regs;
};

static struct a_device *a_dev;

#define DRM_IOCTL_A_GO	DRM_IO(DRM_COMMAND_BASE + 0x00)

static int a_ioctl_go(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct a_device *a = container_of(dev, struct a_device, drm);

	writel(1, a->regs);
	return 0;
}

static const struct drm_ioctl_desc a_ioctls[] = {
	DRM_IOCTL_DEF_DRV(A_GO, a_ioctl_go, 0),
};

static const struct drm_driver a_drm_driver = {
	.ioctls = a_ioctls,
	.num_ioctls = ARRAY_SIZE(a_ioctls),
};

static void a_remove(struct platform_device *pdev)
{
	drm_dev_unregister(&a_dev->drm);
}

static struct platform_driver a_driver = {
	.remove = a_remove,
};
module_platform_driver(a_driver);
