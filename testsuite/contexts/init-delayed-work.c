// Pins delayed work registered with INIT_DELAYED_WORK (INIT_WORK on ->work plus a timer init
// of the kernel's own timer function): a work item. Unguarded fires with the note on the
// INIT_DELAYED_WORK line, guarded is silent; the kernel's delayed_work_timer_fn is no finding.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/workqueue.h>
#include <drm/drm_drv.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct delayed_work watchdog;
	struct delayed_work devfreq;
};

static void foo_watchdog_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(to_delayed_work(work), struct foo_device, watchdog);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_watchdog_work', which can run after unbind}}
	// expected-note@+1{{'foo_watchdog_work' accesses MMIO with 'readl' here}}
	if (readl(fdev->regs + 0x14) & 0x80)
		schedule_delayed_work(&fdev->watchdog, 100);
}

static void foo_devfreq_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(to_delayed_work(work), struct foo_device, devfreq);
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx))
		return;
	writel(3, fdev->regs + 0x90);
	drm_dev_exit(idx);
}

void foo_init_watchdog(struct foo_device *fdev)
{
	INIT_DELAYED_WORK(&fdev->watchdog, foo_watchdog_work); // expected-note{{'foo_watchdog_work' is a work item, registered here}} expected-note{{nothing on the unbind path stops it for good}} expected-note@25{{'foo_watchdog_work' is queued here}}
	INIT_DELAYED_WORK(&fdev->devfreq, foo_devfreq_work);
	schedule_delayed_work(&fdev->watchdog, 100);
}
