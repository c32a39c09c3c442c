// Pins the negative side of demand propagation: a helper that touches registers and is called
// only from bound scope (probe, remove, an IRQ handler registered after the mapping) is silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// expected-no-diagnostics

#include <linux/io.h>
#include <linux/interrupt.h>
#include <linux/platform_device.h>
#include <linux/slab.h>

#define FOO_IRQ_STATUS	0x20
#define FOO_IRQ_CLEAR	0x24
#define FOO_CTRL	0x10

struct foo_device {
	struct device *dev;
	void __iomem *regs;
};

static void foo_irq_ack(struct foo_device *fdev)
{
	writel(readl(fdev->regs + FOO_IRQ_STATUS), fdev->regs + FOO_IRQ_CLEAR);
}

static void foo_hw_stop(struct foo_device *fdev)
{
	foo_irq_ack(fdev);
	writel(0, fdev->regs + FOO_CTRL);
}

static irqreturn_t foo_irq_handler(int irq, void *data)
{
	foo_irq_ack(data);
	return IRQ_HANDLED;
}

static int foo_probe(struct platform_device *pdev)
{
	struct foo_device *fdev;
	int irq;

	fdev = devm_kzalloc(&pdev->dev, sizeof(*fdev), GFP_KERNEL);
	if (!fdev)
		return -ENOMEM;
	fdev->regs = devm_platform_ioremap_resource(pdev, 0);
	if (IS_ERR(fdev->regs))
		return PTR_ERR(fdev->regs);
	foo_irq_ack(fdev);
	irq = platform_get_irq(pdev, 0);
	if (irq < 0)
		return irq;
	platform_set_drvdata(pdev, fdev);
	return devm_request_irq(&pdev->dev, irq, foo_irq_handler, IRQF_SHARED, "foo", fdev);
}

static void foo_remove(struct platform_device *pdev)
{
	foo_hw_stop(platform_get_drvdata(pdev));
}

static struct platform_driver foo_driver = {
	.probe = foo_probe,
	.remove = foo_remove,
	.driver = {
		.name = "foo",
	},
};
module_platform_driver(foo_driver);
