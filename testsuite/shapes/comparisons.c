// Pins the enter's result compared with constants: '== false', '== 0' (failure), '!= 0',
// '== true' (success). The guarded side is silent; an access on the failure side fires.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_CTRL	0x10

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

#define DRM_IOCTL_FOO_EQ_FALSE		DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_EQ_ZERO		DRM_IO(DRM_COMMAND_BASE + 0x01)
#define DRM_IOCTL_FOO_NE_ZERO		DRM_IO(DRM_COMMAND_BASE + 0x02)
#define DRM_IOCTL_FOO_EQ_TRUE		DRM_IO(DRM_COMMAND_BASE + 0x03)
#define DRM_IOCTL_FOO_EQ_FALSE_BAD	DRM_IO(DRM_COMMAND_BASE + 0x04)
#define DRM_IOCTL_FOO_EQ_ZERO_BAD	DRM_IO(DRM_COMMAND_BASE + 0x05)
#define DRM_IOCTL_FOO_NE_ZERO_BAD	DRM_IO(DRM_COMMAND_BASE + 0x06)

static int foo_eq_false(struct drm_device *dev, void *data, struct drm_file *file)
{
	int idx;

	if (drm_dev_enter(dev, &idx) == false)
		return -ENODEV;
	writel(1, to_foo(dev)->regs + FOO_CTRL);
	drm_dev_exit(idx);
	return 0;
}

static int foo_eq_zero(struct drm_device *dev, void *data, struct drm_file *file)
{
	int idx;

	if (drm_dev_enter(dev, &idx) == 0)
		return -ENODEV;
	writel(1, to_foo(dev)->regs + FOO_CTRL);
	drm_dev_exit(idx);
	return 0;
}

static int foo_ne_zero(struct drm_device *dev, void *data, struct drm_file *file)
{
	int idx;

	if (drm_dev_enter(dev, &idx) != 0) {
		writel(1, to_foo(dev)->regs + FOO_CTRL);
		drm_dev_exit(idx);
	}
	return 0;
}

static int foo_eq_true(struct drm_device *dev, void *data, struct drm_file *file)
{
	int idx;

	if (drm_dev_enter(dev, &idx) == true) {
		writel(1, to_foo(dev)->regs + FOO_CTRL);
		drm_dev_exit(idx);
	}
	return 0;
}

static int foo_eq_false_bad(struct drm_device *dev, void *data, struct drm_file *file)
{
	int idx;

	if (drm_dev_enter(dev, &idx) == false) {
		// expected-warning@+2{{MMIO access without an unbind guard in 'foo_eq_false_bad', which can run after unbind}}
		// expected-note@+1{{'foo_eq_false_bad' accesses MMIO with 'writel' here}}
		writel(0, to_foo(dev)->regs + FOO_CTRL);
		return -ENODEV;
	}
	writel(1, to_foo(dev)->regs + FOO_CTRL);
	drm_dev_exit(idx);
	return 0;
}

static int foo_eq_zero_bad(struct drm_device *dev, void *data, struct drm_file *file)
{
	int idx;

	if (drm_dev_enter(dev, &idx) == 0) {
		// expected-warning@+2{{MMIO access without an unbind guard in 'foo_eq_zero_bad', which can run after unbind}}
		// expected-note@+1{{'foo_eq_zero_bad' accesses MMIO with 'writel' here}}
		writel(0, to_foo(dev)->regs + FOO_CTRL);
		return -ENODEV;
	}
	writel(1, to_foo(dev)->regs + FOO_CTRL);
	drm_dev_exit(idx);
	return 0;
}

static int foo_ne_zero_bad(struct drm_device *dev, void *data, struct drm_file *file)
{
	int idx;

	if (drm_dev_enter(dev, &idx) != 0) {
		writel(1, to_foo(dev)->regs + FOO_CTRL);
		drm_dev_exit(idx);
	} else {
		// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ne_zero_bad', which can run after unbind}}
		// expected-note@+1{{'foo_ne_zero_bad' accesses MMIO with 'writel' here}}
		writel(0, to_foo(dev)->regs + FOO_CTRL);
	}
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_EQ_FALSE, foo_eq_false, 0),
	DRM_IOCTL_DEF_DRV(FOO_EQ_ZERO, foo_eq_zero, 0),
	DRM_IOCTL_DEF_DRV(FOO_NE_ZERO, foo_ne_zero, 0),
	DRM_IOCTL_DEF_DRV(FOO_EQ_TRUE, foo_eq_true, 0),
	DRM_IOCTL_DEF_DRV(FOO_EQ_FALSE_BAD, foo_eq_false_bad, 0), // expected-note{{'foo_eq_false_bad' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_EQ_ZERO_BAD, foo_eq_zero_bad, 0), // expected-note{{'foo_eq_zero_bad' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_NE_ZERO_BAD, foo_ne_zero_bad, 0), // expected-note{{'foo_ne_zero_bad' is a DRM ioctl handler, registered here}}
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
