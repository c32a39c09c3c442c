// Pins a conditional guard with a conditional exit, as in drivers whose drm_device may not
// exist yet: 'if (drm && !drm_dev_enter(drm, &idx)) return; ... if (drm) drm_dev_exit(idx);'.
// The exit is balanced on every path: no guard-unbalanced, no guard-leak. Without the matching
// condition on the exit, the drm == NULL path exits a guard it never took (guard-unbalanced).
// The functions are PM callbacks (bound), so their register accesses are fine either way.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>

struct foo_device {
	struct drm_device *drm;		/* NULL until the DRM side is bound */
	void __iomem *regs;
};

static int foo_runtime_suspend(struct device *dev)
{
	struct foo_device *fdev = dev_get_drvdata(dev);
	struct drm_device *drm = fdev->drm;
	int idx;

	if (drm && !drm_dev_enter(drm, &idx))
		return 0;
	writel(0, fdev->regs + 0x20);
	if (drm)
		drm_dev_exit(idx);
	return 0;
}

static int foo_runtime_resume(struct device *dev)
{
	struct foo_device *fdev = dev_get_drvdata(dev);
	struct drm_device *drm = fdev->drm;
	int idx;

	if (drm && !drm_dev_enter(drm, &idx))
		return 0;
	writel(1, fdev->regs + 0x20);
	drm_dev_exit(idx); // expected-warning{{'drm_dev_exit' called without a held unbind guard on some path}}
	return 0;
}

static const struct dev_pm_ops foo_pm_ops = {
	.runtime_suspend = foo_runtime_suspend,
	.runtime_resume = foo_runtime_resume,
};

static int foo_probe(struct platform_device *pdev)
{
	return 0;
}

static struct platform_driver foo_driver = {
	.probe = foo_probe,
	.driver = {
		.name = "foo",
		.pm = &foo_pm_ops,
	},
};
module_platform_driver(foo_driver);
