// Pins the absence of guard-unbalanced on balanced shapes that join paths: exits in both
// branches of an if, an exit on each of several returns, and a guard taken and released
// twice in sequence with the same cookie variable.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// expected-no-diagnostics

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

static int foo_ioctl_a(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	if (readl(fdev->regs + FOO_STATUS) & 1) {
		writel(0, fdev->regs + FOO_CTRL);
		drm_dev_exit(idx);
	} else {
		writel(1, fdev->regs + FOO_CTRL);
		drm_dev_exit(idx);
	}
	return 0;
}

static int foo_ioctl_b(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	u32 status;
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	status = readl(fdev->regs + FOO_STATUS);
	drm_dev_exit(idx);

	if (!status)
		return 0;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	writel(status, fdev->regs + FOO_CTRL);
	drm_dev_exit(idx);
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_A, foo_ioctl_a, 0),
	DRM_IOCTL_DEF_DRV(FOO_B, foo_ioctl_b, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
