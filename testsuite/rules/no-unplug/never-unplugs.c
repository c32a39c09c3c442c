// Pins no-unplug: a driver whose unbind path never calls drm_dev_unplug() gets one
// driver-level diagnostic at remove, listing the after-unbind entries that reach MMIO,
// instead of one unguarded-access per site. With -DUNPLUG the remove unplugs and the sites
// are reported one by one.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// RUN: %bs -DUNPLUG -Xclang -verify=unplug %s

#include <linux/io.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

static int foo_ioctl_a(struct drm_device *dev, void *data, struct drm_file *file)
{
	writel(1, to_foo(dev)->regs); // expected-note{{'foo_ioctl_a', a DRM ioctl handler, reaches MMIO here}} unplug-warning{{MMIO access without an unbind guard in 'foo_ioctl_a'}} unplug-note{{'foo_ioctl_a' accesses MMIO with 'writel' here}}
	return 0;
}

static int foo_ioctl_b(struct drm_device *dev, void *data, struct drm_file *file)
{
	writel(2, to_foo(dev)->regs); // expected-note{{'foo_ioctl_b', a DRM ioctl handler, reaches MMIO here}} unplug-warning{{MMIO access without an unbind guard in 'foo_ioctl_b'}} unplug-note{{'foo_ioctl_b' accesses MMIO with 'writel' here}}
	return 0;
}

#define DRM_IOCTL_FOO_A	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_B	DRM_IO(DRM_COMMAND_BASE + 0x01)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_A, foo_ioctl_a, 0), // unplug-note{{'foo_ioctl_a' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_B, foo_ioctl_b, 0), // unplug-note{{'foo_ioctl_b' is a DRM ioctl handler, registered here}}
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};

static void foo_remove(struct platform_device *pdev) // expected-warning{{the unbind path starting at 'foo_remove' never calls 'drm_dev_unplug': 2 entry points that can run after unbind reach MMIO, and every unbind guard still succeeds}}
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

#ifdef UNPLUG
	drm_dev_unplug(&fdev->drm);
#else
	drm_dev_unregister(&fdev->drm);
#endif
	writel(0, fdev->regs);
}

struct platform_driver foo_driver = {
	.remove = foo_remove,
};
