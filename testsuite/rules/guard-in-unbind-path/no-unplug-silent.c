// Pins guard-in-unbind-path staying silent: a remove that never unplugs (no-unplug's
// business, not this rule's), and guards taken only before the unplug.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// expected-no-diagnostics

#include <linux/io.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

static void foo_flush(struct foo_device *fdev)
{
	int idx;

	if (drm_dev_enter(&fdev->drm, &idx)) {
		writel(1, fdev->regs);
		drm_dev_exit(idx);
	}
}

static void foo_remove(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	foo_flush(fdev);
	drm_dev_unplug(&fdev->drm);
	writel(0, fdev->regs);	/* bound scope: no guard needed, none taken */
}

static void bar_remove(struct platform_device *pdev)
{
	foo_flush(platform_get_drvdata(pdev));
}

struct platform_driver foo_driver = {
	.remove = foo_remove,
};

struct platform_driver bar_driver = {
	.remove = bar_remove,
};
