// Pins the last two stops of the teardown model: kthread_stop() on the unbind path makes the
// driver's kthreads bound (matched per driver: a kthread's task pointer is not traced), and
// destroy_workqueue() of the workqueue that every queue call of an item targets stops that item
// for good. An item also queued on a system workqueue is not stopped by it.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/kthread.h>
#include <linux/workqueue.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct task_struct *thread;
	struct workqueue_struct *wq;
	struct work_struct own_wq_work;		/* only ever on fdev->wq */
	struct work_struct mixed_work;		/* on fdev->wq and on the system workqueue */
};

static int foo_thread(void *data)
{
	struct foo_device *fdev = data;

	writel(1, fdev->regs);
	return 0;
}

static void foo_own_wq_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(work, struct foo_device, own_wq_work);

	writel(2, fdev->regs);
}

static void foo_mixed_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(work, struct foo_device, mixed_work);

	writel(3, fdev->regs); // expected-warning{{MMIO access without an unbind guard in 'foo_mixed_work'}} expected-note{{'foo_mixed_work' accesses MMIO with 'writel' here}}
}

void foo_kick(struct foo_device *fdev)
{
	queue_work(fdev->wq, &fdev->own_wq_work);
	queue_work(fdev->wq, &fdev->mixed_work); // expected-note{{'foo_mixed_work' is queued here}}
	schedule_work(&fdev->mixed_work);
}

static int foo_probe(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	INIT_WORK(&fdev->own_wq_work, foo_own_wq_work);
	INIT_WORK(&fdev->mixed_work, foo_mixed_work); // expected-note{{'foo_mixed_work' is a work item, registered here}} expected-note{{nothing on the unbind path stops it for good}}
	fdev->thread = kthread_run(foo_thread, fdev, "foo");
	return 0;
}

static void foo_remove(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	drm_dev_unplug(&fdev->drm);
	kthread_stop(fdev->thread);
	destroy_workqueue(fdev->wq);
}

struct platform_driver foo_driver = {
	.probe = foo_probe,
	.remove = foo_remove,
};
