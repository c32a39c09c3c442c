#include "rmap.h"

#define DRM_IOCTL_RMAP_KICK	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_RMAP_RMW	DRM_IO(DRM_COMMAND_BASE + 0x01)
#define DRM_IOCTL_RMAP_SAFE	DRM_IO(DRM_COMMAND_BASE + 0x02)
#define DRM_IOCTL_RMAP_CHIP	DRM_IO(DRM_COMMAND_BASE + 0x03)

static int rmap_ioctl_kick(struct drm_device *dev, void *data, struct drm_file *file)
{
	return regmap_write(to_rmap(dev)->regmap, RMAP_CTRL, 1);
}

static int rmap_ioctl_rmw(struct drm_device *dev, void *data, struct drm_file *file)
{
	return rmap_hw_rmw(to_rmap(dev)->regmap, RMAP_CTRL, 2, 2);
}

static int rmap_ioctl_safe(struct drm_device *dev, void *data, struct drm_file *file)
{
	int idx, ret;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	ret = regmap_write(to_rmap(dev)->regmap, RMAP_CTRL, 0);
	drm_dev_exit(idx);
	return ret;
}

static int rmap_ioctl_chip(struct drm_device *dev, void *data, struct drm_file *file)
{
	return regmap_write(to_rmap(dev)->chip_map, RMAP_CTRL, 1);
}

static const struct drm_ioctl_desc rmap_ioctls[] = {
	DRM_IOCTL_DEF_DRV(RMAP_KICK, rmap_ioctl_kick, DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(RMAP_RMW, rmap_ioctl_rmw, DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(RMAP_SAFE, rmap_ioctl_safe, DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(RMAP_CHIP, rmap_ioctl_chip, DRM_RENDER_ALLOW),
};

const struct drm_driver rmap_drm_driver = {
	.ioctls = rmap_ioctls,
	.num_ioctls = ARRAY_SIZE(rmap_ioctls),
};
