// Pins guard-leak through a goto that jumps past drm_dev_exit() to a shared label: reported at
// the return after the label. The same function with the label before the exit is silent.
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
	u32 *args = data;
	int idx, ret = 0;

	if (!drm_dev_enter(dev, &idx)) // expected-note{{unbind guard taken here}}
		return -ENODEV;
	if (args[0] >= 8) {
		ret = -EINVAL;
		goto out;
	}
	writel(args[1], fdev->regs + FOO_SLOT(args[0]));
	drm_dev_exit(idx);
out:
	return ret; // expected-warning{{'foo_ioctl_a' can return here with the unbind guard from 'drm_dev_enter' still held}}
}

static int foo_ioctl_b(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	u32 *args = data;
	int idx, ret = 0;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	if (args[0] >= 8) {
		ret = -EINVAL;
		goto out_exit;
	}
	writel(args[1], fdev->regs + FOO_SLOT(args[0]));
out_exit:
	drm_dev_exit(idx);
	return ret;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_A, foo_ioctl_a, 0),
	DRM_IOCTL_DEF_DRV(FOO_B, foo_ioctl_b, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
