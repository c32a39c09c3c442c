// Pins that the -fplugin= form reports the same diagnostics as the -plugin form and the
// command, checked with -verify during a real compile.
// RUN: %clang_fplugin -Xclang -verify %s -o %t.o
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

#define DRM_IOCTL_FOO_RESET	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_LEAK	DRM_IO(DRM_COMMAND_BASE + 0x01)

static void foo_hw_reset(struct foo_device *fdev)
{
	writel(1, fdev->regs + 0x10); // expected-note{{'foo_hw_reset' accesses MMIO with 'writel' here}}
}

static int foo_ioctl_reset(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_reset', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_reset' calls 'foo_hw_reset' here}}
	foo_hw_reset(to_foo(dev));
	return 0;
}

static int foo_ioctl_leak(struct drm_device *dev, void *data, struct drm_file *file)
{
	int idx;

	if (!drm_dev_enter(dev, &idx)) // expected-note{{unbind guard taken here}}
		return -ENODEV;
	foo_hw_reset(to_foo(dev));
	return 0; // expected-warning{{'foo_ioctl_leak' can return here with the unbind guard from 'drm_dev_enter' still held}}
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_RESET, foo_ioctl_reset, 0), // expected-note{{'foo_ioctl_reset' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_LEAK, foo_ioctl_leak, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
