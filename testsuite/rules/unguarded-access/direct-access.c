// Pins the basic finding: an ioctl handler that writes a register with no guard is reported
// once, at the access, with a note at its DRM_IOCTL_DEF_DRV registration; the same handler
// with the access inside a guard is silent.
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

#define DRM_FOO_RESET		0x00
#define DRM_FOO_RESET_SAFE	0x01
#define DRM_IOCTL_FOO_RESET		DRM_IO(DRM_COMMAND_BASE + DRM_FOO_RESET)
#define DRM_IOCTL_FOO_RESET_SAFE	DRM_IO(DRM_COMMAND_BASE + DRM_FOO_RESET_SAFE)

static int foo_ioctl_reset(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_reset', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_reset' accesses MMIO with 'writel' here}}
	writel(1, fdev->regs + FOO_CTRL);
	return 0;
}

static int foo_ioctl_reset_safe(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	writel(1, fdev->regs + FOO_CTRL);
	drm_dev_exit(idx);
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_RESET, foo_ioctl_reset, DRM_RENDER_ALLOW), // expected-note{{'foo_ioctl_reset' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_RESET_SAFE, foo_ioctl_reset_safe, DRM_RENDER_ALLOW),
};

const struct drm_driver foo_drm_driver = {
	.name = "foo",
	.driver_features = DRIVER_GEM | DRIVER_RENDER,
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
