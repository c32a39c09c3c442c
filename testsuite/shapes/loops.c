// Pins loops: a guard taken and released in each iteration (with break or continue on
// failure), accesses in a loop under a guard held around it, and a poll loop under a guard
// are silent. An access after the exit inside the loop body fires with the released note.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/delay.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_SLOT(n)	(0x100 + (n) * 4)
#define FOO_STATUS	0x14
#define FOO_DOORBELL	0x80

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

#define DRM_IOCTL_FOO_A	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_B	DRM_IO(DRM_COMMAND_BASE + 0x01)
#define DRM_IOCTL_FOO_C	DRM_IO(DRM_COMMAND_BASE + 0x02)
#define DRM_IOCTL_FOO_D	DRM_IO(DRM_COMMAND_BASE + 0x03)
#define DRM_IOCTL_FOO_E	DRM_IO(DRM_COMMAND_BASE + 0x04)

static int foo_ioctl_a(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int i, idx;

	for (i = 0; i < 8; i++) {
		if (!drm_dev_enter(dev, &idx))
			break;
		writel(0, fdev->regs + FOO_SLOT(i));
		drm_dev_exit(idx);
	}
	return 0;
}

static int foo_ioctl_b(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	u32 *mask = data;
	int i, idx;

	for (i = 0; i < 8; i++) {
		if (!(*mask & (1u << i)))
			continue;
		if (!drm_dev_enter(dev, &idx))
			continue;
		writel(0, fdev->regs + FOO_SLOT(i));
		drm_dev_exit(idx);
	}
	return 0;
}

static int foo_ioctl_c(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int i, idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	for (i = 0; i < 8; i++) {
		if (readl(fdev->regs + FOO_SLOT(i)) == 0)
			break;
		writel(0, fdev->regs + FOO_SLOT(i));
	}
	drm_dev_exit(idx);
	return 0;
}

static int foo_ioctl_d(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int tries = 100, idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	while (readl(fdev->regs + FOO_STATUS) & 1) {
		if (!--tries)
			break;
		udelay(10);
	}
	drm_dev_exit(idx);
	return tries ? 0 : -ETIMEDOUT;
}

static int foo_ioctl_e(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int i, idx;

	for (i = 0; i < 8; i++) {
		if (!drm_dev_enter(dev, &idx))
			return -ENODEV;
		writel(1, fdev->regs + FOO_SLOT(i));
		drm_dev_exit(idx); // expected-note{{the unbind guard was released here}}
		// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_e', which can run after unbind}}
		// expected-note@+1{{'foo_ioctl_e' accesses MMIO with 'writel' here}}
		writel(1, fdev->regs + FOO_DOORBELL);
	}
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_A, foo_ioctl_a, 0),
	DRM_IOCTL_DEF_DRV(FOO_B, foo_ioctl_b, 0),
	DRM_IOCTL_DEF_DRV(FOO_C, foo_ioctl_c, 0),
	DRM_IOCTL_DEF_DRV(FOO_D, foo_ioctl_d, 0),
	DRM_IOCTL_DEF_DRV(FOO_E, foo_ioctl_e, 0), // expected-note{{'foo_ioctl_e' is a DRM ioctl handler, registered here}}
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
