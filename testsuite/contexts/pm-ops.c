// Pins dev_pm_ops callbacks assigned directly (system sleep and runtime PM) and hooked to the
// driver through '.driver.pm = pm_ptr(&...)': bound scope, silent without a guard.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// expected-no-diagnostics

#include <linux/io.h>
#include <linux/platform_device.h>
#include <linux/pm_runtime.h>

struct foo_device {
	void __iomem *regs;
	u32 saved_ctrl;
};

static int foo_suspend(struct device *dev)
{
	struct foo_device *fdev = dev_get_drvdata(dev);

	fdev->saved_ctrl = readl(fdev->regs + 0x10);
	writel(0, fdev->regs + 0x10);
	return 0;
}

static int foo_resume(struct device *dev)
{
	struct foo_device *fdev = dev_get_drvdata(dev);

	writel(fdev->saved_ctrl, fdev->regs + 0x10);
	return 0;
}

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

static const struct dev_pm_ops foo_pm_ops = {
	.suspend = foo_suspend,
	.resume = foo_resume,
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
		.pm = pm_ptr(&foo_pm_ops),
	},
};
module_platform_driver(foo_driver);
