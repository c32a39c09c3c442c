// Pins function-like wrapper macros: the access is reported at the macro's use in the driver
// and named "through" the macro, never inside the expansion. Covers a macro with explicit
// arguments, one that captures an implicit local ('fdev'), a use inside a helper, and a guarded
// use (silent).
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_CTRL	0x10
#define FOO_STATUS	0x14

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

#define gpu_write(fdev, reg, val)	writel(val, (fdev)->regs + (reg))
#define gpu_read(fdev, reg)		readl((fdev)->regs + (reg))
/* Captures the caller's 'fdev', as many drivers' register macros do. */
#define FOO_WR(reg, val)		writel(val, fdev->regs + (reg))

#define DRM_IOCTL_FOO_START	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_STOP	DRM_IO(DRM_COMMAND_BASE + 0x01)
#define DRM_IOCTL_FOO_PING	DRM_IO(DRM_COMMAND_BASE + 0x02)
#define DRM_IOCTL_FOO_STATUS	DRM_IO(DRM_COMMAND_BASE + 0x03)

static int foo_ioctl_start(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_start', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_start' accesses MMIO with 'writel' through 'gpu_write' here}}
	gpu_write(fdev, FOO_CTRL, 1);
	return 0;
}

static int foo_ioctl_stop(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_stop', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_stop' accesses MMIO with 'writel' through 'FOO_WR' here}}
	FOO_WR(FOO_CTRL, 0);
	return 0;
}

static void foo_ping(struct foo_device *fdev)
{
	gpu_write(fdev, FOO_CTRL, 2); // expected-note{{'foo_ping' accesses MMIO with 'writel' through 'gpu_write' here}}
}

static int foo_ioctl_ping(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_ping', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_ping' calls 'foo_ping' here}}
	foo_ping(to_foo(dev));
	return 0;
}

static int foo_ioctl_status(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	u32 *out = data;
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	*out = gpu_read(fdev, FOO_STATUS);
	drm_dev_exit(idx);
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_START, foo_ioctl_start, 0), // expected-note{{'foo_ioctl_start' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_STOP, foo_ioctl_stop, 0), // expected-note{{'foo_ioctl_stop' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_PING, foo_ioctl_ping, 0), // expected-note{{'foo_ioctl_ping' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_STATUS, foo_ioctl_status, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
