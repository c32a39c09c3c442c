// Pins the teardown model for work items (design.md §4): a work item the unbind path
// disables for good is bound (silent); one it cancels is bound only if no after-unbind
// context queues it again outside a guard; one nothing stops stays after-unbind. Items are
// matched by struct type and member path (a delayed work's inner work_struct included).
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/workqueue.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct work_struct disabled_work;	/* disable_work_sync() in remove */
	struct delayed_work watchdog;		/* disable_delayed_work_sync() in remove */
	struct work_struct cancelled_work;	/* cancel_work_sync(), queued only under a guard */
	struct work_struct requeued_work;	/* cancel_work_sync(), an ioctl queues it unguarded */
	struct work_struct self_work;		/* cancel_work_sync(), only it re-queues itself */
	struct work_struct leaked_work;		/* nothing stops it */
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

static void foo_disabled_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(work, struct foo_device, disabled_work);

	writel(1, fdev->regs);
}

static void foo_watchdog(struct work_struct *work)
{
	struct foo_device *fdev = container_of(to_delayed_work(work), struct foo_device, watchdog);

	writel(2, fdev->regs);
	schedule_delayed_work(&fdev->watchdog, 100);
}

static void foo_cancelled_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(work, struct foo_device, cancelled_work);

	writel(3, fdev->regs);
}

static void foo_requeued_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(work, struct foo_device, requeued_work);

	writel(4, fdev->regs); // expected-warning{{MMIO access without an unbind guard in 'foo_requeued_work', which can run after unbind}} expected-note{{'foo_requeued_work' accesses MMIO with 'writel' here}}
}

static void foo_self_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(work, struct foo_device, self_work);

	writel(5, fdev->regs);
	schedule_work(&fdev->self_work);
}

static void foo_leaked_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(work, struct foo_device, leaked_work);

	writel(6, fdev->regs); // expected-warning{{MMIO access without an unbind guard in 'foo_leaked_work', which can run after unbind}} expected-note{{'foo_leaked_work' accesses MMIO with 'writel' here}}
}

static int foo_ioctl_kick(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx;

	schedule_work(&fdev->requeued_work); // expected-note{{'foo_requeued_work' is queued here}} expected-note{{'foo_ioctl_kick' queues it again here, and can run after unbind}}
	schedule_work(&fdev->leaked_work); // expected-note{{'foo_leaked_work' is queued here}}
	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	schedule_work(&fdev->cancelled_work);
	drm_dev_exit(idx);
	return 0;
}

#define DRM_IOCTL_FOO_KICK	DRM_IO(DRM_COMMAND_BASE + 0x00)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_KICK, foo_ioctl_kick, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};

static int foo_probe(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	INIT_WORK(&fdev->disabled_work, foo_disabled_work);
	INIT_DELAYED_WORK(&fdev->watchdog, foo_watchdog);
	INIT_WORK(&fdev->cancelled_work, foo_cancelled_work);
	INIT_WORK(&fdev->requeued_work, foo_requeued_work); // expected-note{{'foo_requeued_work' is a work item, registered here}}
	INIT_WORK(&fdev->self_work, foo_self_work);
	INIT_WORK(&fdev->leaked_work, foo_leaked_work); // expected-note{{'foo_leaked_work' is a work item, registered here}} expected-note{{nothing on the unbind path stops it for good}}
	return 0;
}

static void foo_stop_works(struct foo_device *fdev)
{
	disable_work_sync(&fdev->disabled_work);
	disable_delayed_work_sync(&fdev->watchdog);
	cancel_work_sync(&fdev->cancelled_work);
	cancel_work_sync(&fdev->requeued_work); // expected-note{{'cancel_work_sync' on the unbind path stops it only until it is queued again}}
	cancel_work_sync(&fdev->self_work);
}

static void foo_remove(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	drm_dev_unplug(&fdev->drm);
	foo_stop_works(fdev);
}

struct platform_driver foo_driver = {
	.probe = foo_probe,
	.remove = foo_remove,
};
