#include "drv.h"

static int foo_ioctl_kick(struct drm_device *dev, void *data, struct drm_file *file)
{
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	foo_hw_kick(to_foo(dev));
	drm_dev_exit(idx);
	return 0;
}

static int foo_ioctl_flush(struct drm_device *dev, void *data, struct drm_file *file)
{
	foo_hw_flush(to_foo(dev));
	return 0;
}

static int foo_ioctl_ring(struct drm_device *dev, void *data, struct drm_file *file)
{
	foo_ring(to_foo(dev));
	return 0;
}

#define DRM_IOCTL_FOO_KICK	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_RING	DRM_IO(DRM_COMMAND_BASE + 0x01)
#define DRM_IOCTL_FOO_FLUSH	DRM_IO(DRM_COMMAND_BASE + 0x02)
#define DRM_IOCTL_FOO_STATUS	DRM_IO(DRM_COMMAND_BASE + 0x03)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_KICK, foo_ioctl_kick, 0),
	DRM_IOCTL_DEF_DRV(FOO_RING, foo_ioctl_ring, 0),
	DRM_IOCTL_DEF_DRV(FOO_FLUSH, foo_ioctl_flush, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
