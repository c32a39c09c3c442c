// Pins the enter's result stored in a bool local and tested later: an early return on
// '!entered', and a test after unrelated code, are guarded (silent). An access before the
// local is tested fires, and the matching 'if (entered) drm_dev_exit()' is balanced (no
// guard-unbalanced, no guard-leak).
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_CTRL	0x10

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	u32 requests;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

#define DRM_IOCTL_FOO_A	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_B	DRM_IO(DRM_COMMAND_BASE + 0x01)
#define DRM_IOCTL_FOO_C	DRM_IO(DRM_COMMAND_BASE + 0x02)

static int foo_ioctl_a(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	bool entered;
	int idx;

	entered = drm_dev_enter(dev, &idx);
	if (!entered)
		return -ENODEV;
	writel(1, fdev->regs + FOO_CTRL);
	drm_dev_exit(idx);
	return 0;
}

static int foo_ioctl_b(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx;
	bool entered = drm_dev_enter(dev, &idx);

	fdev->requests++;
	if (entered) {
		writel(fdev->requests, fdev->regs + FOO_CTRL);
		drm_dev_exit(idx);
	}
	return 0;
}

static int foo_ioctl_c(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx;
	bool entered = drm_dev_enter(dev, &idx);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_c', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_c' accesses MMIO with 'writel' here}}
	writel(1, fdev->regs + FOO_CTRL);
	if (entered)
		drm_dev_exit(idx);
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_A, foo_ioctl_a, 0),
	DRM_IOCTL_DEF_DRV(FOO_B, foo_ioctl_b, 0),
	DRM_IOCTL_DEF_DRV(FOO_C, foo_ioctl_c, 0), // expected-note{{'foo_ioctl_c' is a DRM ioctl handler, registered here}}
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
