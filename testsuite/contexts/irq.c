// Pins IRQ handlers as bound scope when requested after the register mapping (devm: freed
// before the mapping) or freed on the unbind path: request_irq (a static inline onto
// request_threaded_irq), request_any_context_irq, devm_request_irq,
// devm_request_any_context_irq, and both functions of devm_request_threaded_irq. Silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// expected-no-diagnostics

#include <linux/io.h>
#include <linux/interrupt.h>
#include <linux/platform_device.h>
#include <linux/slab.h>

struct foo_device {
	void __iomem *regs;
	int irq_gpu, irq_job, irq_mmu, irq_fw, irq_pwr;
};

static irqreturn_t foo_gpu_irq(int irq, void *data)
{
	struct foo_device *fdev = data;
	u32 status = readl(fdev->regs + 0x20);

	writel(status, fdev->regs + 0x24);
	return status ? IRQ_HANDLED : IRQ_NONE;
}

static irqreturn_t foo_job_irq(int irq, void *data)
{
	struct foo_device *fdev = data;

	writel(readl(fdev->regs + 0x1000), fdev->regs + 0x1004);
	return IRQ_HANDLED;
}

static irqreturn_t foo_mmu_irq_raw(int irq, void *data)
{
	struct foo_device *fdev = data;

	if (!readl(fdev->regs + 0x2000))
		return IRQ_NONE;
	writel(0, fdev->regs + 0x2008);
	return IRQ_WAKE_THREAD;
}

static irqreturn_t foo_mmu_irq_thread(int irq, void *data)
{
	struct foo_device *fdev = data;

	writel(readl(fdev->regs + 0x2000), fdev->regs + 0x2004);
	writel(~0u, fdev->regs + 0x2008);
	return IRQ_HANDLED;
}

static irqreturn_t foo_fw_irq(int irq, void *data)
{
	struct foo_device *fdev = data;

	writel(readl(fdev->regs + 0x3000), fdev->regs + 0x3004);
	return IRQ_HANDLED;
}

static irqreturn_t foo_pwr_irq(int irq, void *data)
{
	struct foo_device *fdev = data;

	writel(readl(fdev->regs + 0x4000), fdev->regs + 0x4004);
	return IRQ_HANDLED;
}

static int foo_probe(struct platform_device *pdev)
{
	struct foo_device *fdev;
	int ret;

	fdev = devm_kzalloc(&pdev->dev, sizeof(*fdev), GFP_KERNEL);
	if (!fdev)
		return -ENOMEM;
	fdev->regs = devm_platform_ioremap_resource(pdev, 0);
	if (IS_ERR(fdev->regs))
		return PTR_ERR(fdev->regs);
	platform_set_drvdata(pdev, fdev);

	fdev->irq_gpu = platform_get_irq(pdev, 0);
	fdev->irq_job = platform_get_irq(pdev, 1);
	fdev->irq_mmu = platform_get_irq(pdev, 2);
	fdev->irq_fw = platform_get_irq(pdev, 3);
	fdev->irq_pwr = platform_get_irq(pdev, 4);

	ret = request_irq(fdev->irq_gpu, foo_gpu_irq, IRQF_SHARED, "foo-gpu", fdev);
	if (ret)
		return ret;
	ret = devm_request_irq(&pdev->dev, fdev->irq_job, foo_job_irq, 0, "foo-job", fdev);
	if (ret)
		goto err_free_gpu;
	ret = devm_request_threaded_irq(&pdev->dev, fdev->irq_mmu, foo_mmu_irq_raw,
					foo_mmu_irq_thread, IRQF_ONESHOT, "foo-mmu", fdev);
	if (ret)
		goto err_free_gpu;
	ret = devm_request_any_context_irq(&pdev->dev, fdev->irq_fw, foo_fw_irq, 0, "foo-fw",
					   fdev);
	if (ret < 0)
		goto err_free_gpu;
	ret = request_any_context_irq(fdev->irq_pwr, foo_pwr_irq, 0, "foo-pwr", fdev);
	if (ret < 0)
		goto err_free_gpu;
	return 0;

err_free_gpu:
	free_irq(fdev->irq_gpu, fdev);
	return ret;
}

static void foo_remove(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	free_irq(fdev->irq_pwr, fdev);
	free_irq(fdev->irq_gpu, fdev);
}

static struct platform_driver foo_driver = {
	.probe = foo_probe,
	.remove = foo_remove,
	.driver = {
		.name = "foo",
	},
};
module_platform_driver(foo_driver);
