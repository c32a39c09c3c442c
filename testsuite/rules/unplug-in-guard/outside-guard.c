// Pins the negative side of unplug-in-guard: drm_dev_unplug() after the guard is released
// (directly and through a helper), in a failure branch of the enter, and on the unbind path
// (.remove) is silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// expected-no-diagnostics

#include <linux/io.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_STATUS	0x14

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

static void foo_device_lost(struct foo_device *fdev)
{
	drm_dev_unplug(&fdev->drm);
}

#define DRM_IOCTL_FOO_A	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_B	DRM_IO(DRM_COMMAND_BASE + 0x01)
#define DRM_IOCTL_FOO_C	DRM_IO(DRM_COMMAND_BASE + 0x02)

static int foo_ioctl_a(struct drm_device *dev, void *data, struct drm_file *file)
{
	u32 status;
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	status = readl(to_foo(dev)->regs + FOO_STATUS);
	drm_dev_exit(idx);
	if (status == ~0u)
		drm_dev_unplug(dev);
	return 0;
}

static int foo_ioctl_b(struct drm_device *dev, void *data, struct drm_file *file)
{
	u32 status;
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	status = readl(to_foo(dev)->regs + FOO_STATUS);
	drm_dev_exit(idx);
	if (status == ~0u)
		foo_device_lost(to_foo(dev));
	return 0;
}

static int foo_ioctl_c(struct drm_device *dev, void *data, struct drm_file *file)
{
	int idx;

	if (!drm_dev_enter(dev, &idx)) {
		foo_device_lost(to_foo(dev));
		return -ENODEV;
	}
	drm_dev_exit(idx);
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_A, foo_ioctl_a, 0),
	DRM_IOCTL_DEF_DRV(FOO_B, foo_ioctl_b, 0),
	DRM_IOCTL_DEF_DRV(FOO_C, foo_ioctl_c, 0),
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
	platform_set_drvdata(pdev, fdev);
	return drm_dev_register(&fdev->drm, 0);
}

static void foo_remove(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	drm_dev_unplug(&fdev->drm);
}

static struct platform_driver foo_driver = {
	.probe = foo_probe,
	.remove = foo_remove,
	.driver = {
		.name = "foo",
	},
};
module_platform_driver(foo_driver);
