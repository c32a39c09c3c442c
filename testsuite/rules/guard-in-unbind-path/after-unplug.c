// Pins guard-in-unbind-path: after drm_dev_unplug() in remove every drm_dev_enter() fails, so
// a guarded power-down the unbind path calls afterwards never runs. Fires for a guard in
// remove itself and in a helper it calls (chain to the enter); silent for the same helper
// called before the unplug, and for a PM callback (it also runs while bound, where its guard
// does its job).
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/pm.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

static void foo_power_down(struct foo_device *fdev)
{
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx)) // expected-note{{'foo_power_down' calls 'drm_dev_enter' here}}
		return;
	writel(0, fdev->regs);
	drm_dev_exit(idx);
}

static int foo_suspend(struct device *dev)
{
	struct foo_device *fdev = dev_get_drvdata(dev);

	foo_power_down(fdev);
	return 0;
}

static const struct dev_pm_ops foo_pm_ops = {
	.suspend = foo_suspend,
};

static void foo_remove(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);
	int idx;

	foo_power_down(fdev);			/* before the unplug: fine */
	drm_dev_unplug(&fdev->drm); // expected-note 2 {{'foo_remove' unplugs the device here}}
	foo_power_down(fdev); // expected-warning{{unbind guard taken on the unbind path after 'drm_dev_unplug': it always fails there, so the hardware programming it protects never runs on unbind}} expected-note{{'foo_remove' calls 'foo_power_down' here}}
	foo_suspend(&pdev->dev);		/* a PM callback: not reported */
	if (drm_dev_enter(&fdev->drm, &idx)) { // expected-warning{{unbind guard taken on the unbind path after 'drm_dev_unplug'}} expected-note{{'foo_remove' calls 'drm_dev_enter' here}}
		writel(1, fdev->regs);
		drm_dev_exit(idx);
	}
}

struct platform_driver foo_driver = {
	.remove = foo_remove,
	.driver = { .pm = &foo_pm_ops },
};
