// Pins timers registered with timer_setup() (the callback is a call argument after
// preprocessing): after-unbind when not shut down for good on the unbind path. Unguarded fires
// with the note on the timer_setup line, guarded is silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/timer.h>
#include <drm/drm_drv.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct timer_list hang_timer;
	struct timer_list poll_timer;
};

static void foo_hang_timeout(struct timer_list *t)
{
	struct foo_device *fdev = from_timer(fdev, t, hang_timer);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_hang_timeout', which can run after unbind}}
	// expected-note@+1{{'foo_hang_timeout' accesses MMIO with 'writel' here}}
	writel(1, fdev->regs + 0x10);
}

static void foo_poll_timeout(struct timer_list *t)
{
	struct foo_device *fdev = from_timer(fdev, t, poll_timer);
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx))
		return;
	if (readl(fdev->regs + 0x14))
		mod_timer(&fdev->poll_timer, jiffies + 1);
	drm_dev_exit(idx);
}

void foo_init_timers(struct foo_device *fdev)
{
	timer_setup(&fdev->hang_timer, foo_hang_timeout, 0); // expected-note{{'foo_hang_timeout' is a timer callback, registered here}} expected-note{{nothing on the unbind path stops it for good}}
	timer_setup(&fdev->poll_timer, foo_poll_timeout, 0);
}
