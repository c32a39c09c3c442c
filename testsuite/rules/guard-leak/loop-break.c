// Pins guard-leak out of a loop: a 'break' between the enter and the exit in the loop body
// leaves the loop with the guard held, and the function returns with it. Reported at that
// return. 'continue'/'break' placed after the exit are silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_SLOT(n)	(0x100 + (n) * 4)

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
	int i, idx;

	for (i = 0; i < 8; i++) {
		if (!drm_dev_enter(dev, &idx)) // expected-note{{unbind guard taken here}}
			break;
		if (readl(fdev->regs + FOO_SLOT(i)) == 0)
			break;
		writel(0, fdev->regs + FOO_SLOT(i));
		drm_dev_exit(idx);
	}
	return i; // expected-warning{{'foo_ioctl_a' can return here with the unbind guard from 'drm_dev_enter' still held}}
}

static int foo_ioctl_b(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int i, idx;
	u32 val;

	for (i = 0; i < 8; i++) {
		if (!drm_dev_enter(dev, &idx))
			break;
		val = readl(fdev->regs + FOO_SLOT(i));
		drm_dev_exit(idx);
		if (val == 0)
			break;
		if (val == 1)
			continue;
	}
	return i;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_A, foo_ioctl_a, 0),
	DRM_IOCTL_DEF_DRV(FOO_B, foo_ioctl_b, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
