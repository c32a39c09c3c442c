// Pins switch statements: cases under a guard taken before the switch are silent, including
// fallthrough and default; a case that takes its own guard is silent; a sibling case that
// touches registers without one fires.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_CTRL	0x10
#define FOO_CLOCK	0x18
#define FOO_PWR		0x1c

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

#define DRM_IOCTL_FOO_A	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_B	DRM_IO(DRM_COMMAND_BASE + 0x01)

static int foo_ioctl_a(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	u32 *op = data;
	int idx, ret = 0;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	switch (*op) {
	case 0:
		writel(0, fdev->regs + FOO_CTRL);
		break;
	case 1:
		writel(1, fdev->regs + FOO_CLOCK);
		/* fallthrough */
	case 2:
		writel(1, fdev->regs + FOO_CTRL);
		break;
	default:
		ret = -EINVAL;
		break;
	}
	drm_dev_exit(idx);
	return ret;
}

static int foo_ioctl_b(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	u32 *op = data;
	int idx;

	switch (*op) {
	case 0:
		if (!drm_dev_enter(dev, &idx))
			return -ENODEV;
		writel(0, fdev->regs + FOO_CTRL);
		drm_dev_exit(idx);
		break;
	case 1:
		// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_b', which can run after unbind}}
		// expected-note@+1{{'foo_ioctl_b' accesses MMIO with 'writel' here}}
		writel(0, fdev->regs + FOO_PWR);
		break;
	default:
		return -EINVAL;
	}
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_A, foo_ioctl_a, 0),
	DRM_IOCTL_DEF_DRV(FOO_B, foo_ioctl_b, 0), // expected-note{{'foo_ioctl_b' is a DRM ioctl handler, registered here}}
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
