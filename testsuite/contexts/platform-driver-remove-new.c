// Pins the transitional .remove_new member (an anonymous-union alias of .remove in 6.12) as a
// bound platform_driver callback: silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// expected-no-diagnostics

#include <linux/io.h>
#include <linux/platform_device.h>

struct foo_device {
	void __iomem *regs;
};

static int foo_probe(struct platform_device *pdev)
{
	return 0;
}

static void foo_remove(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	writel(0, fdev->regs + 0x10);
	readl(fdev->regs + 0x14);
}

static struct platform_driver foo_driver = {
	.probe = foo_probe,
	.remove_new = foo_remove,
	.driver = {
		.name = "foo",
	},
};
module_platform_driver(foo_driver);
