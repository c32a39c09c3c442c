// Pins '||' around the enter. 'B || !drm_dev_enter(...)' then return: the enter only runs when
// B is false, so the return never holds the guard (silent). '!drm_dev_enter(...) || B' then
// return: when the enter succeeds and B holds, the return leaks the guard (guard-leak).
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

#define DRM_IOCTL_FOO_A	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_B	DRM_IO(DRM_COMMAND_BASE + 0x01)

static int foo_ioctl_a(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	u32 *args = data;
	int idx;

	if (args[0] >= 8 || !drm_dev_enter(dev, &idx))
		return -EINVAL;
	writel(args[0], fdev->regs + FOO_CTRL);
	drm_dev_exit(idx);
	return 0;
}

static int foo_ioctl_b(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	u32 *args = data;
	int idx;

	if (!drm_dev_enter(dev, &idx) || args[0] >= 8) // expected-note{{unbind guard taken here}}
		return -EINVAL; // expected-warning{{'foo_ioctl_b' can return here with the unbind guard from 'drm_dev_enter' still held}}
	writel(args[0], fdev->regs + FOO_CTRL);
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
