// Pins the positive form 'if (drm_dev_enter(...)) { ...; drm_dev_exit(); }': the block is
// guarded (silent); an access in its else branch runs exactly when the enter failed (fires).
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
	int idx;

	if (drm_dev_enter(dev, &idx)) {
		writel(1, fdev->regs + FOO_CTRL);
		drm_dev_exit(idx);
	}
	return 0;
}

static int foo_ioctl_b(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx;

	if (drm_dev_enter(dev, &idx)) {
		writel(1, fdev->regs + FOO_CTRL);
		drm_dev_exit(idx);
	} else {
		// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_b', which can run after unbind}}
		// expected-note@+1{{'foo_ioctl_b' accesses MMIO with 'writel' here}}
		writel(0, fdev->regs + FOO_CTRL);
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
