#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct foo_device;

void foo_kick(struct drm_device *dev);

static int foo_ioctl_kick(struct drm_device *dev, void *data, struct drm_file *file)
{
	foo_kick(dev); // expected-warning{{MMIO access without an unbind guard in 'foo_ioctl_kick'}}
	return 0;
}

#define DRM_IOCTL_FOO_KICK	DRM_IO(DRM_COMMAND_BASE + 0x00)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_KICK, foo_ioctl_kick, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
