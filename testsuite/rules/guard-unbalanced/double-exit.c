// Pins guard-unbalanced for a double exit: reported at the second drm_dev_exit(), with a note
// at the one that already released the guard. Straight-line, and an error branch that exits
// and then jumps to a label that exits again. The balanced form is silent.
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

#define DRM_IOCTL_FOO_A	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_B	DRM_IO(DRM_COMMAND_BASE + 0x01)
#define DRM_IOCTL_FOO_C	DRM_IO(DRM_COMMAND_BASE + 0x02)

static int foo_ioctl_a(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	writel(1, fdev->regs + FOO_CTRL);
	drm_dev_exit(idx); // expected-note{{the guard was already released here}}
	drm_dev_exit(idx); // expected-warning{{'drm_dev_exit' called without a held unbind guard on some path}}
	return 0;
}

static int foo_ioctl_b(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx, ret = 0;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	if (readl(fdev->regs + FOO_STATUS) & 1) {
		drm_dev_exit(idx); // expected-note{{the guard was already released here}}
		ret = -16;
		goto out;
	}
	writel(1, fdev->regs + FOO_CTRL);
out:
	drm_dev_exit(idx); // expected-warning{{'drm_dev_exit' called without a held unbind guard on some path}}
	return ret;
}

static int foo_ioctl_c(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx, ret = 0;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	if (readl(fdev->regs + FOO_STATUS) & 1) {
		ret = -16;
		goto out;
	}
	writel(1, fdev->regs + FOO_CTRL);
out:
	drm_dev_exit(idx);
	return ret;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_A, foo_ioctl_a, 0),
	DRM_IOCTL_DEF_DRV(FOO_B, foo_ioctl_b, 0),
	DRM_IOCTL_DEF_DRV(FOO_C, foo_ioctl_c, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
