// Pins the x86 expansion of the _relaxed accessors: readl_relaxed()/writel_relaxed() are macros
// onto __readl()/__writel(), and still count as MMIO, reported at the driver's line, naming
// the function clang sees "through" the macro the driver wrote.
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

#define DRM_IOCTL_FOO_STATUS	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_CTRL	DRM_IO(DRM_COMMAND_BASE + 0x01)
#define DRM_IOCTL_FOO_SAFE	DRM_IO(DRM_COMMAND_BASE + 0x02)

static int foo_ioctl_status(struct drm_device *dev, void *data, struct drm_file *file)
{
	u32 *out = data;

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_status', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_status' accesses MMIO with '__readl' through 'readl_relaxed' here}}
	*out = readl_relaxed(to_foo(dev)->regs + FOO_STATUS);
	return 0;
}

static int foo_ioctl_ctrl(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_ctrl', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_ctrl' accesses MMIO with '__writel' through 'writel_relaxed' here}}
	writel_relaxed(1, to_foo(dev)->regs + FOO_CTRL);
	return 0;
}

static int foo_ioctl_safe(struct drm_device *dev, void *data, struct drm_file *file)
{
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	writel_relaxed(readl_relaxed(to_foo(dev)->regs + FOO_STATUS), to_foo(dev)->regs + FOO_CTRL);
	drm_dev_exit(idx);
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_STATUS, foo_ioctl_status, 0), // expected-note{{'foo_ioctl_status' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_CTRL, foo_ioctl_ctrl, 0), // expected-note{{'foo_ioctl_ctrl' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_SAFE, foo_ioctl_safe, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
