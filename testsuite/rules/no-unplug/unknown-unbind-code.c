// Pins no-unplug's caution: when the unbind path calls driver code outside the analysed
// files (declared in the driver's own header, defined in another file), that code may unplug,
// so no-unplug stays silent and the sites are reported one by one.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>
#include "Inputs/foo_other.h"

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

static int foo_ioctl_a(struct drm_device *dev, void *data, struct drm_file *file)
{
	writel(1, to_foo(dev)->regs); // expected-warning{{MMIO access without an unbind guard in 'foo_ioctl_a'}} expected-note{{'foo_ioctl_a' accesses MMIO with 'writel' here}}
	return 0;
}

#define DRM_IOCTL_FOO_A	DRM_IO(DRM_COMMAND_BASE + 0x00)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_A, foo_ioctl_a, 0), // expected-note{{'foo_ioctl_a' is a DRM ioctl handler, registered here}}
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};

static void foo_remove(struct platform_device *pdev)
{
	foo_other_teardown(platform_get_drvdata(pdev));
}

struct platform_driver foo_driver = {
	.remove = foo_remove,
};
