#include "foo.h"

/* The driver's own hook only counts in memory. */
static void foo_poke_soft(struct foo_device *fdev)
{
	fdev->drm.dev = NULL;
}

const struct foo_hw_ops foo_soft_ops = {
	.poke = foo_poke_soft,
};

static int foo_ioctl_poke(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);

	fdev->ops->poke(fdev);
	return 0;
}

#define DRM_IOCTL_FOO_POKE	DRM_IO(DRM_COMMAND_BASE + 0x00)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_POKE, foo_ioctl_poke, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
