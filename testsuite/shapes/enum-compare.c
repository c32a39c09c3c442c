// Pins comparisons of a value wider than a boolean with a non-zero constant: 'mode == 1'
// says 'mode' is non-zero when true, and nothing when false ('mode' may be 2). A boolean
// result compared with 1 (comparisons.c) is the result itself. Were 'mode == 1' taken as
// 'mode', the access after 'if (mode) if (mode == FOO_MODE_A) return' would be unreachable.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_CTRL	0x10

enum foo_mode { FOO_MODE_OFF, FOO_MODE_A, FOO_MODE_B };

struct foo_device {
	struct drm_device drm;
	enum foo_mode mode;
	void __iomem *regs;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

#define DRM_IOCTL_FOO_NOT_A	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_B_OFF	DRM_IO(DRM_COMMAND_BASE + 0x01)

static int foo_not_a(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *foo = to_foo(dev);

	if (foo->mode) {
		if (foo->mode == FOO_MODE_A)
			return 0;
		// expected-warning@+2{{MMIO access without an unbind guard in 'foo_not_a', which can run after unbind}}
		// expected-note@+1{{'foo_not_a' accesses MMIO with 'writel' here}}
		writel(1, foo->regs + FOO_CTRL);
	}
	return 0;
}

/* mode == FOO_MODE_B is non-zero: the inner branch cannot be taken */
static int foo_b_off(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *foo = to_foo(dev);

	if (foo->mode == FOO_MODE_B && !foo->mode)
		writel(1, foo->regs + FOO_CTRL);
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_NOT_A, foo_not_a, 0), // expected-note{{'foo_not_a' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_B_OFF, foo_b_off, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
