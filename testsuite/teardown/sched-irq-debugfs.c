// Pins the rest of the teardown model: drm_sched backend ops are bound when the unbind path
// finalises the scheduler; an interrupt from request_irq() is bound only when the unbind path
// frees it; a devm interrupt requested before the register mapping outlives the mapping
// (devres releases in reverse order); debugfs fops under the DRM debugfs directory are bound
// (drm_dev_unregister() drains them) although file_operations callbacks are after-unbind
// elsewhere. Run with -DNO_TEARDOWN, the
// unbind path stops nothing and the scheduler op and the interrupt fire too.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// RUN: %bs -DNO_TEARDOWN -Xclang -verify=none %s

#include <linux/io.h>
#include <linux/interrupt.h>
#include <linux/debugfs.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>
#include <drm/gpu_scheduler.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct drm_gpu_scheduler sched;
	int irq, early_irq;
};

static struct dma_fence *foo_run_job(struct drm_sched_job *job)
{
	struct foo_device *fdev = (struct foo_device *)job->sched;

	writel(1, fdev->regs); // none-warning{{MMIO access without an unbind guard in 'foo_run_job'}} none-note{{'foo_run_job' accesses MMIO with 'writel' here}}
	return NULL;
}

static const struct drm_sched_backend_ops foo_sched_ops = {
	.run_job = foo_run_job, // none-note{{'foo_run_job' is a drm_sched backend callback, registered here}} none-note{{nothing on the unbind path stops its scheduler}}
};

static irqreturn_t foo_irq(int irq, void *data)
{
	struct foo_device *fdev = data;

	writel(2, fdev->regs); // none-warning{{MMIO access without an unbind guard in 'foo_irq'}} none-note{{'foo_irq' accesses MMIO with 'writel' here}}
	return IRQ_HANDLED;
}

static irqreturn_t foo_early_irq(int irq, void *data)
{
	struct foo_device *fdev = data;

	writel(3, fdev->regs); // expected-warning{{MMIO access without an unbind guard in 'foo_early_irq'}} expected-note{{'foo_early_irq' accesses MMIO with 'writel' here}} none-warning{{MMIO access without an unbind guard in 'foo_early_irq'}} none-note{{'foo_early_irq' accesses MMIO with 'writel' here}}
	return IRQ_HANDLED;
}

static ssize_t foo_debugfs_write(struct file *file, const char __user *buf, size_t count,
				 loff_t *pos)
{
	struct foo_device *fdev = file->private_data;

	writel(4, fdev->regs);
	return count;
}

static const struct file_operations foo_debugfs_fops = {
	.write = foo_debugfs_write,
};

static int foo_probe(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);
	struct drm_sched_init_args args = { .ops = &foo_sched_ops };
	int ret;

	// requested before the registers are mapped: devres unmaps them first
	ret = devm_request_irq(&pdev->dev, fdev->early_irq, foo_early_irq, 0, "foo-early", fdev); // expected-note{{'foo_early_irq' is an IRQ handler, registered here}} none-note{{'foo_early_irq' is an IRQ handler, registered here}}
	if (ret)
		return ret;
	fdev->regs = devm_platform_ioremap_resource(pdev, 0); // expected-note{{the registers are mapped here, after the interrupt was requested, so devres unmaps them first}} none-note{{the registers are mapped here, after the interrupt was requested, so devres unmaps them first}}
	ret = request_irq(fdev->irq, foo_irq, 0, "foo", fdev); // none-note{{'foo_irq' is an IRQ handler, registered here}} none-note{{nothing on the unbind path frees this interrupt}}
	if (ret)
		return ret;
	debugfs_create_file("kick", 0200, fdev->drm.debugfs_root, fdev, &foo_debugfs_fops);
	return drm_sched_init(&fdev->sched, &args);
}

static void foo_remove(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	drm_dev_unplug(&fdev->drm);
#ifndef NO_TEARDOWN
	drm_sched_fini(&fdev->sched);
	free_irq(fdev->irq, fdev);
#endif
}

struct platform_driver foo_driver = {
	.probe = foo_probe,
	.remove = foo_remove,
};
