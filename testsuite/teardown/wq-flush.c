// Pins flush_workqueue()/drain_workqueue() in the teardown model (teardown.json wq_flush): on
// the unbind path they wait for what is queued on that workqueue now, so an item whose every
// queue call targets the flushed queue is stopped for now, like cancel_work_sync(), and is
// bound when no after-unbind context queues it again outside a guard. Here the IRQ handler
// (freed on the unbind path: bound) queues flushed_work and drained_work: silent. An ioctl
// queues requeued_work again after the flush: fires. A delayed work arms a timer first, which
// a flush does not wait for: fires. Without the flush (-DNO_FLUSH), flushed_work fires too.
// RUN: %clang_plugin -Xclang -verify=expected,flush %s
// RUN: %bs -Xclang -verify=expected,flush %s
// RUN: %bs -Xclang -verify=expected,noflush -DNO_FLUSH %s

#include <linux/io.h>
#include <linux/interrupt.h>
#include <linux/workqueue.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	int irq;
	struct workqueue_struct *wq, *events_wq;
	struct work_struct flushed_work;	/* on wq, queued by the IRQ handler only */
	struct work_struct drained_work;	/* on events_wq, queued by the IRQ handler only */
	struct work_struct requeued_work;	/* on wq, an ioctl queues it again */
	struct delayed_work poll_work;		/* on wq after a delay */
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

static void foo_flushed_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(work, struct foo_device, flushed_work);

	writel(1, fdev->regs); // noflush-warning{{MMIO access without an unbind guard in 'foo_flushed_work'}} noflush-note{{'foo_flushed_work' accesses MMIO with 'writel' here}}
}

static void foo_drained_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(work, struct foo_device, drained_work);

	writel(2, fdev->regs);
}

static void foo_requeued_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(work, struct foo_device, requeued_work);

	writel(3, fdev->regs); // expected-warning{{MMIO access without an unbind guard in 'foo_requeued_work'}} expected-note{{'foo_requeued_work' accesses MMIO with 'writel' here}}
}

static void foo_poll_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(work, struct foo_device, poll_work.work);

	writel(4, fdev->regs); // expected-warning{{MMIO access without an unbind guard in 'foo_poll_work'}} expected-note{{'foo_poll_work' accesses MMIO with 'writel' here}}
}

static irqreturn_t foo_irq(int irq, void *data)
{
	struct foo_device *fdev = data;

	queue_work(fdev->wq, &fdev->flushed_work); // noflush-note{{'foo_flushed_work' is queued here}}
	queue_work(fdev->events_wq, &fdev->drained_work);
	queue_work(fdev->wq, &fdev->requeued_work); // expected-note{{'foo_requeued_work' is queued here}}
	queue_delayed_work(fdev->wq, &fdev->poll_work, 10); // expected-note{{'foo_poll_work' is queued here}}
	return IRQ_HANDLED;
}

#define DRM_IOCTL_FOO_KICK	DRM_IO(DRM_COMMAND_BASE + 0x00)

static int foo_ioctl_kick(struct drm_device *dev, void *data, struct drm_file *file)
{
	queue_work(to_foo(dev)->wq, &to_foo(dev)->requeued_work); // flush-note{{'foo_ioctl_kick' queues it again here, and can run after unbind}}
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_KICK, foo_ioctl_kick, 0),
};

static const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};

static int foo_probe(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	INIT_WORK(&fdev->flushed_work, foo_flushed_work); // noflush-note{{'foo_flushed_work' is a work item, registered here}} noflush-note{{nothing on the unbind path stops it for good}}
	INIT_WORK(&fdev->drained_work, foo_drained_work);
	INIT_WORK(&fdev->requeued_work, foo_requeued_work); // expected-note{{'foo_requeued_work' is a work item, registered here}} noflush-note{{nothing on the unbind path stops it for good}}
	INIT_DELAYED_WORK(&fdev->poll_work, foo_poll_work); // expected-note{{'foo_poll_work' is a work item, registered here}} expected-note{{nothing on the unbind path stops it for good}}
	return request_irq(fdev->irq, foo_irq, 0, "foo", fdev);
}

static void foo_remove(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	drm_dev_unplug(&fdev->drm);
	free_irq(fdev->irq, fdev);
#ifndef NO_FLUSH
	flush_workqueue(fdev->wq); // flush-note{{'__flush_workqueue' on the unbind path stops it only until it is queued again}}
#endif
	drain_workqueue(fdev->events_wq);
}

struct platform_driver foo_driver = {
	.probe = foo_probe,
	.remove = foo_remove,
};
