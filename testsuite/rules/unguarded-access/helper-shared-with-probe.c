// Pins "reported once, at the boundary": a helper called from probe (bound) and from an ioctl
// without a guard is reported once, at the ioctl's call, not in the helper and not in probe.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_CTRL	0x10

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

#define DRM_IOCTL_FOO_RESET	DRM_IO(DRM_COMMAND_BASE + 0x00)

static void foo_hw_reset(struct foo_device *fdev)
{
	writel(1, fdev->regs + FOO_CTRL); // expected-note{{'foo_hw_reset' accesses MMIO with 'writel' here}}
}

static int foo_ioctl_reset(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_reset', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_reset' calls 'foo_hw_reset' here}}
	foo_hw_reset(to_foo(dev));
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_RESET, foo_ioctl_reset, 0), // expected-note{{'foo_ioctl_reset' is a DRM ioctl handler, registered here}}
};

static const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};

static int foo_probe(struct platform_device *pdev)
{
	struct foo_device *fdev;

	fdev = devm_drm_dev_alloc(&pdev->dev, &foo_drm_driver, struct foo_device, drm);
	if (IS_ERR(fdev))
		return PTR_ERR(fdev);
	fdev->regs = devm_platform_ioremap_resource(pdev, 0);
	if (IS_ERR(fdev->regs))
		return PTR_ERR(fdev->regs);
	foo_hw_reset(fdev);
	return drm_dev_register(&fdev->drm, 0);
}

static struct platform_driver foo_driver = {
	.probe = foo_probe,
	.driver = {
		.name = "foo",
	},
};
module_platform_driver(foo_driver);
