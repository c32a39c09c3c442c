// Pins the kernel's poll macros on an __iomem address: readl_poll_timeout() and
// readl_relaxed_poll_timeout() are reported at the macro's use in the driver, never inside
// <linux/iopoll.h>: the accessor clang sees, "through" the poll macro the driver wrote. The
// guarded poll is silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/iopoll.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_STATUS	0x14

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

#define DRM_IOCTL_FOO_WAIT		DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_WAIT_RELAXED	DRM_IO(DRM_COMMAND_BASE + 0x01)
#define DRM_IOCTL_FOO_WAIT_SAFE		DRM_IO(DRM_COMMAND_BASE + 0x02)

static int foo_ioctl_wait(struct drm_device *dev, void *data, struct drm_file *file)
{
	u32 val;

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_wait', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_wait' accesses MMIO with 'readl' through 'readl_poll_timeout' here}}
	return readl_poll_timeout(to_foo(dev)->regs + FOO_STATUS, val, val & 1, 10, 1000);
}

static int foo_ioctl_wait_relaxed(struct drm_device *dev, void *data, struct drm_file *file)
{
	u32 val;

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_wait_relaxed', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_wait_relaxed' accesses MMIO with '__readl' through 'readl_relaxed_poll_timeout' here}}
	return readl_relaxed_poll_timeout(to_foo(dev)->regs + FOO_STATUS, val, val & 1, 10, 1000);
}

static int foo_ioctl_wait_safe(struct drm_device *dev, void *data, struct drm_file *file)
{
	u32 val;
	int idx, ret;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	ret = readl_poll_timeout(to_foo(dev)->regs + FOO_STATUS, val, val & 1, 10, 1000);
	drm_dev_exit(idx);
	return ret;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_WAIT, foo_ioctl_wait, 0), // expected-note{{'foo_ioctl_wait' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_WAIT_RELAXED, foo_ioctl_wait_relaxed, 0), // expected-note{{'foo_ioctl_wait_relaxed' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_WAIT_SAFE, foo_ioctl_wait_safe, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
