#include "tdn.h"

static int tdn_ioctl_flush(struct drm_device *dev, void *data, struct drm_file *file)
{
	tdn_hw_flush(to_tdn(dev));
	return 0;
}

#define DRM_IOCTL_TDN_FLUSH	DRM_IO(DRM_COMMAND_BASE + 0x00)

static const struct drm_ioctl_desc tdn_ioctls[] = {
	DRM_IOCTL_DEF_DRV(TDN_FLUSH, tdn_ioctl_flush, 0),
};

static const struct drm_driver tdn_drm_driver = {
	.ioctls = tdn_ioctls,
	.num_ioctls = ARRAY_SIZE(tdn_ioctls),
};

static int tdn_probe(struct platform_device *pdev)
{
	struct tdn_device *tdn = tdn_of(pdev);

	INIT_DELAYED_WORK(&tdn->reset_work, tdn_reset_work);
	tdn_hw_init(tdn);
	return 0;
}

static void tdn_remove(struct platform_device *pdev)
{
	struct tdn_device *tdn = tdn_of(pdev);

	drm_dev_unplug(&tdn->drm);
	tdn_hw_unplug(tdn);
}

static struct platform_driver tdn_driver = {
	.probe = tdn_probe,
	.remove = tdn_remove,
};
module_platform_driver(tdn_driver);
