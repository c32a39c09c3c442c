// Pins that the bound registrations are recognised, not merely silent: every callback below
// touches registers without a guard, so silence alone cannot tell "bound" from "not an entry
// point". The dump shows each function's context. Covers the 6.12 platform_driver layout
// (.remove/.remove_new in an anonymous union) and PM callbacks behind the pm_sleep_ptr()
// conditional of SET_SYSTEM_SLEEP_PM_OPS / DEFINE_RUNTIME_DEV_PM_OPS.
// RUN: %clang_plugin -Xclang -plugin-arg-boundscope -Xclang dump-facts %s 2>/dev/null | FileCheck %s
// RUN: %bs --dump-facts %s 2>/dev/null | FileCheck %s

#include <linux/io.h>
#include <linux/platform_device.h>
#include <linux/pm_runtime.h>

struct foo_device {
	void __iomem *regs;
};

// CHECK-LABEL: function foo_probe at
// CHECK-NEXT: context: bound (platform driver callback, registered at {{.*}}bound-classification.c:[[#@LINE+64]]:
static int foo_probe(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	writel(1, fdev->regs + 0x10);
	return 0;
}

// CHECK-LABEL: function foo_remove at
// CHECK-NEXT: context: unbind (platform driver remove callback, registered at {{.*}}bound-classification.c:[[#@LINE+55]]:
static void foo_remove(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	writel(0, fdev->regs + 0x10);
}

// CHECK-LABEL: function bar_remove at
// CHECK-NEXT: context: unbind (platform driver remove callback, registered at {{.*}}bound-classification.c:[[#@LINE+56]]:
static void bar_remove(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	writel(0, fdev->regs + 0x14);
}

// CHECK-LABEL: function foo_suspend at
// CHECK-NEXT: context: bound (PM callback, registered at {{.*}}bound-classification.c:[[#@LINE+20]]:
static int foo_suspend(struct device *dev)
{
	struct foo_device *fdev = dev_get_drvdata(dev);

	writel(0, fdev->regs + 0x20);
	return 0;
}

// CHECK-LABEL: function foo_resume at
// CHECK-NEXT: context: bound (PM callback, registered at {{.*}}bound-classification.c:[[#@LINE+10]]:
static int foo_resume(struct device *dev)
{
	struct foo_device *fdev = dev_get_drvdata(dev);

	writel(1, fdev->regs + 0x20);
	return 0;
}

static const struct dev_pm_ops foo_pm_ops = {
	SET_SYSTEM_SLEEP_PM_OPS(foo_suspend, foo_resume)
};

// CHECK-LABEL: function bar_runtime_suspend at
// CHECK-NEXT: context: bound (PM callback, registered at {{.*}}bound-classification.c:[[#@LINE+9]]:
static int bar_runtime_suspend(struct device *dev)
{
	struct foo_device *fdev = dev_get_drvdata(dev);

	writel(0, fdev->regs + 0x24);
	return 0;
}

static DEFINE_RUNTIME_DEV_PM_OPS(bar_pm_ops, bar_runtime_suspend, NULL, NULL);

static struct platform_driver foo_driver = {
	.probe = foo_probe,
	.remove = foo_remove,
	.driver = {
		.name = "foo",
		.pm = pm_ptr(&foo_pm_ops),
	},
};
module_platform_driver(foo_driver);

static struct platform_driver bar_driver = {
	.probe = foo_probe,
	.remove_new = bar_remove,
	.driver = {
		.name = "bar",
		.pm = pm_ptr(&bar_pm_ops),
	},
};
module_platform_driver(bar_driver);
