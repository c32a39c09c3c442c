// Limitation (docs/rules/guard-in-unbind-path.md, "Limitations"): the "after the unplug" test
// is made in the functions where the unbind path starts, so a helper that unplugs and then
// calls a guarded function itself is not followed. Expected to fail until the limitation is
// lifted; then update the page and drop XFAIL.
// XFAIL: *
// RUN: %bs -Xclang -verify -Xclang -verify-ignore-unexpected=note %s

#include <linux/io.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>

#define FOO_PWR	0x04

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

static void foo_power_down(struct foo_device *fdev)
{
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx)) // expected-warning{{unbind guard taken on the unbind path after 'drm_dev_unplug'}}
		return;
	writel(0, fdev->regs + FOO_PWR);
	drm_dev_exit(idx);
}

static void foo_teardown(struct foo_device *fdev)
{
	drm_dev_unplug(&fdev->drm);
	foo_power_down(fdev);
}

static void foo_remove(struct platform_device *pdev)
{
	foo_teardown(platform_get_drvdata(pdev));
}

struct platform_driver foo_driver = {
	.remove = foo_remove,
};
