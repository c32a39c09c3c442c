/* Fix suggestions for each kind of entry: a fault handler returning vm_fault_t, an interrupt
 * handler (never freed on the unbind path), a timer and a kthread reaching the device
 * through a local, a GEM callback reaching it through a pointer member of its parameter, and
 * a kthread whose parameter is the driver's own struct embedding the drm_device, and a work
 * item whose container_of local points to that struct. */
#include <linux/io.h>
#include <linux/interrupt.h>
#include <linux/kthread.h>
#include <linux/mm.h>
#include <linux/platform_device.h>
#include <linux/timer.h>
#include <linux/workqueue.h>
#include <drm/drm_drv.h>
#include <drm/drm_gem.h>

struct kind_device {
	int irq;
	struct drm_device drm;
	void __iomem *regs;
	struct timer_list timer;
};

static vm_fault_t kind_fault(struct vm_fault *vmf)
{
	struct kind_device *kdev = vmf->vma->vm_private_data;

	writel(vmf->pgoff, kdev->regs + 0x40);
	return VM_FAULT_NOPAGE;
}

const struct vm_operations_struct kind_vm_ops = {
	.fault = kind_fault,
};

static irqreturn_t kind_irq(int irq, void *data)
{
	struct kind_device *kdev = data;
	u32 status = 0;

	if (!kdev)
		return IRQ_NONE;
	writel(status, kdev->regs + 0x24);
	if (status & 1) return IRQ_HANDLED;
	switch (status) {
	case 2:
		return IRQ_HANDLED;
	default:
		break;
	}
	return IRQ_HANDLED;
}

static void kind_timeout(struct timer_list *t)
{
	struct kind_device *kdev = from_timer(kdev, t, timer);

	writel(1, kdev->regs + 0x30);
}

static void kind_gem_free(struct drm_gem_object *obj)
{
	struct kind_device *kdev = container_of(obj->dev, struct kind_device, drm);

	writel(1, kdev->regs + 0x50);
}

static const struct drm_gem_object_funcs kind_gem_funcs = {
	.free = kind_gem_free,
};

static int kind_thread(struct kind_device *kdev)
{
	int i;

	for (i = 0; i < 4; i++)
		writel(i, kdev->regs + 0x60);
	if (i)
		return 1;
	else
		return 0;
}

struct kind_group {
	struct kind_device *kdev;
	struct work_struct work;
};

static void kind_group_work(struct work_struct *work)
{
	struct kind_group *group = container_of(work, struct kind_group, work);

	writel(1, group->kdev->regs + 0x70);
}

int kind_probe(struct platform_device *pdev)
{
	struct kind_device *kdev = platform_get_drvdata(pdev);
	static struct kind_group group;

	INIT_WORK(&group.work, kind_group_work);

	timer_setup(&kdev->timer, kind_timeout, 0);
	kthread_run((int (*)(void *))kind_thread, kdev, "kind");
	return request_irq(kdev->irq, kind_irq, 0, "kind", kdev);
}
