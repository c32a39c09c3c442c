// Pins component_ops .bind/.unbind as bound scope: silent without a guard.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// expected-no-diagnostics

#include <linux/io.h>
#include <linux/component.h>
#include <linux/platform_device.h>

struct foo_encoder {
	void __iomem *regs;
};

static int foo_encoder_bind(struct device *dev, struct device *master, void *data)
{
	struct foo_encoder *enc = dev_get_drvdata(dev);

	writel(1, enc->regs + 0x10);
	return 0;
}

static void foo_encoder_unbind(struct device *dev, struct device *master, void *data)
{
	struct foo_encoder *enc = dev_get_drvdata(dev);

	writel(0, enc->regs + 0x10);
}

static const struct component_ops foo_encoder_ops = {
	.bind = foo_encoder_bind,
	.unbind = foo_encoder_unbind,
};

static int foo_encoder_probe(struct platform_device *pdev)
{
	return component_add(&pdev->dev, &foo_encoder_ops);
}

static void foo_encoder_remove(struct platform_device *pdev)
{
	component_del(&pdev->dev, &foo_encoder_ops);
}

static struct platform_driver foo_encoder_driver = {
	.probe = foo_encoder_probe,
	.remove = foo_encoder_remove,
	.driver = {
		.name = "foo-encoder",
	},
};
module_platform_driver(foo_encoder_driver);
