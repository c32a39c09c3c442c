// Pins platform_driver callbacks as bound scope: .probe, .remove and .shutdown touch registers
// without a guard (directly and through a helper) and are silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// expected-no-diagnostics

#include <linux/io.h>
#include <linux/platform_device.h>
#include <linux/slab.h>

struct foo_device {
	void __iomem *regs;
};

static void foo_hw_halt(struct foo_device *fdev)
{
	writel(0, fdev->regs + 0x10);
}

static int foo_probe(struct platform_device *pdev)
{
	struct foo_device *fdev;

	fdev = devm_kzalloc(&pdev->dev, sizeof(*fdev), GFP_KERNEL);
	if (!fdev)
		return -ENOMEM;
	fdev->regs = devm_platform_ioremap_resource(pdev, 0);
	if (IS_ERR(fdev->regs))
		return PTR_ERR(fdev->regs);
	if (readl(fdev->regs + 0x0) != 0x1234)
		return -ENODEV;
	writel(1, fdev->regs + 0x10);
	platform_set_drvdata(pdev, fdev);
	return 0;
}

static void foo_remove(struct platform_device *pdev)
{
	foo_hw_halt(platform_get_drvdata(pdev));
}

static void foo_shutdown(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	writel(0xffffffff, fdev->regs + 0x24);
}

static struct platform_driver foo_driver = {
	.probe = foo_probe,
	.remove = foo_remove,
	.shutdown = foo_shutdown,
	.driver = {
		.name = "foo",
	},
};
module_platform_driver(foo_driver);
