// Pins dev_pm_ops built by the kernel's PM macros (DEFINE_RUNTIME_DEV_PM_OPS, and
// SET_SYSTEM_SLEEP_PM_OPS + RUNTIME_PM_OPS in a hand-written table), whose members are
// designated initializers wrapped in pm_sleep_ptr() conditionals: bound scope, silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// expected-no-diagnostics

#include <linux/io.h>
#include <linux/platform_device.h>
#include <linux/pm_runtime.h>

struct foo_device {
	void __iomem *regs;
};

static int foo_runtime_suspend(struct device *dev)
{
	struct foo_device *fdev = dev_get_drvdata(dev);

	writel(0, fdev->regs + 0x20);
	return 0;
}

static int foo_runtime_resume(struct device *dev)
{
	struct foo_device *fdev = dev_get_drvdata(dev);

	writel(1, fdev->regs + 0x20);
	return 0;
}

static DEFINE_RUNTIME_DEV_PM_OPS(foo_pm_ops, foo_runtime_suspend, foo_runtime_resume, NULL);

static int bar_suspend(struct device *dev)
{
	struct foo_device *fdev = dev_get_drvdata(dev);

	writel(0, fdev->regs + 0x30);
	return 0;
}

static int bar_resume(struct device *dev)
{
	struct foo_device *fdev = dev_get_drvdata(dev);

	writel(1, fdev->regs + 0x30);
	return 0;
}

static int bar_runtime_idle(struct device *dev)
{
	struct foo_device *fdev = dev_get_drvdata(dev);

	return readl(fdev->regs + 0x34) ? -16 : 0;
}

static const struct dev_pm_ops bar_pm_ops = {
	SET_SYSTEM_SLEEP_PM_OPS(bar_suspend, bar_resume)
	RUNTIME_PM_OPS(foo_runtime_suspend, foo_runtime_resume, bar_runtime_idle)
};

static int foo_probe(struct platform_device *pdev)
{
	return 0;
}

static struct platform_driver foo_driver = {
	.probe = foo_probe,
	.driver = {
		.name = "foo",
		.pm = pm_ptr(&foo_pm_ops),
	},
};
module_platform_driver(foo_driver);

static struct platform_driver bar_driver = {
	.probe = foo_probe,
	.driver = {
		.name = "bar",
		.pm = pm_ptr(&bar_pm_ops),
	},
};
module_platform_driver(bar_driver);
