// Pins static inline accessor functions in a driver's own header: the chain goes through the
// wrapper and its note points into that header; the guarded use is silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <drm/drm_ioctl.h>
#include "Inputs/drv_regs.h"

// expected-note@Inputs/drv_regs.h:18{{'gpu_write' accesses MMIO with 'writel' here}}

#define to_foo(dev) container_of(dev, struct foo_device, drm)

#define DRM_IOCTL_FOO_START	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_STATUS	DRM_IO(DRM_COMMAND_BASE + 0x01)

static int foo_ioctl_start(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_start', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_start' calls 'gpu_write' here}}
	gpu_write(to_foo(dev), FOO_CTRL, 1);
	return 0;
}

static int foo_ioctl_status(struct drm_device *dev, void *data, struct drm_file *file)
{
	u32 *out = data;
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	*out = gpu_read(to_foo(dev), FOO_STATUS);
	drm_dev_exit(idx);
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_START, foo_ioctl_start, 0), // expected-note{{'foo_ioctl_start' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_STATUS, foo_ioctl_status, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
