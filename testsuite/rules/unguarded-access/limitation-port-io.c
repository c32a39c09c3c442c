// Limitation (docs/rules/unguarded-access.md, "Limitations"): hidden MMIO is not modelled:
// port I/O (outl) in an ioctl handler with no guard is not reported. Expected to fail until
// the limitation is lifted; then update the page and drop XFAIL.
// XFAIL: *
// RUN: %bs -Xclang -verify -Xclang -verify-ignore-unexpected=note %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

void outl(u32 value, unsigned long port);

struct foo_device {
	struct drm_device drm;
	unsigned long port;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

#define DRM_IOCTL_FOO_RESET	DRM_IO(DRM_COMMAND_BASE + 0x00)

static int foo_ioctl_reset(struct drm_device *dev, void *data, struct drm_file *file)
{
	outl(1, to_foo(dev)->port); // expected-warning{{MMIO access without an unbind guard}}
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_RESET, foo_ioctl_reset, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
