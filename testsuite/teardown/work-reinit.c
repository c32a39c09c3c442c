// Pins one member serving two works in turn: a commit work re-initialises its work_struct as
// its cleanup work and queues that (i915's intel_atomic_commit_tail). The queue call after
// INIT_WORK(..., foo_cleanup_work) queues the cleanup, not the commit work: the commit work is
// queued only on the driver's workqueue, which remove destroys, so it is bound (silent). The
// cleanup work touches no register.
//   -DSELF  the commit work queues itself again (no re-initialisation before the call): that
//           queue is on system_wq, which nothing stops, and the commit work fires.
//   -DBOTH  it re-initialises the member to either work, on two paths, before the call: the
//           call may queue the commit work, which fires.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// RUN: %bs -Xclang -verify=self -DSELF %s
// RUN: %bs -Xclang -verify=both -DBOTH %s
// expected-no-diagnostics

#include <linux/io.h>
#include <linux/slab.h>
#include <linux/workqueue.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct workqueue_struct *wq;	/* destroyed by remove */
};

struct foo_state {
	struct work_struct work;	/* the commit work, then its cleanup */
	struct foo_device *fdev;
	bool again;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

static void foo_cleanup_work(struct work_struct *work)
{
	kfree(container_of(work, struct foo_state, work));
}

static void foo_commit_work(struct work_struct *work)
{
	struct foo_state *st = container_of(work, struct foo_state, work);

	writel(1, st->fdev->regs); // self-warning{{MMIO access without an unbind guard in 'foo_commit_work', which can run after unbind}} self-note{{'foo_commit_work' accesses MMIO with 'writel' here}} both-warning{{MMIO access without an unbind guard in 'foo_commit_work', which can run after unbind}} both-note{{'foo_commit_work' accesses MMIO with 'writel' here}}
#if defined(BOTH)
	if (st->again)
		INIT_WORK(&st->work, foo_commit_work); // both-note{{'foo_commit_work' is a work item, registered here}} both-note{{nothing on the unbind path stops it for good}}
	else
		INIT_WORK(&st->work, foo_cleanup_work);
#elif !defined(SELF)
	INIT_WORK(&st->work, foo_cleanup_work);
#endif
	queue_work(system_wq, &st->work); // self-note{{'foo_commit_work' is queued here}} both-note{{'foo_commit_work' is queued here}}
}

static int foo_ioctl_commit(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	struct foo_state *st = kzalloc(sizeof(*st), GFP_KERNEL);

	if (!st)
		return -ENOMEM;
	st->fdev = fdev;
	INIT_WORK(&st->work, foo_commit_work); // self-note{{'foo_commit_work' is a work item, registered here}} self-note{{nothing on the unbind path stops it for good}}
	queue_work(fdev->wq, &st->work);
	return 0;
}

#define DRM_IOCTL_FOO_COMMIT	DRM_IO(DRM_COMMAND_BASE + 0x00)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_COMMIT, foo_ioctl_commit, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};

static void foo_remove(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	drm_dev_unplug(&fdev->drm);
	destroy_workqueue(fdev->wq);
}

struct platform_driver foo_driver = {
	.remove = foo_remove,
};
