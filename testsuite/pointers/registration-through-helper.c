// Pins a registration made by a driver helper for the function it is given: the timer the
// helper sets up runs the function its caller passed, so that function is a timer callback.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/timer.h>
#include <drm/drm_drv.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct timer_list watchdog;
};

static void foo_arm(struct foo_device *fdev, void (*fn)(struct timer_list *))
{
	timer_setup(&fdev->watchdog, fn, 0); // expected-note{{'foo_watchdog' is a timer callback, registered here}} expected-note{{nothing on the unbind path stops it for good}}
	mod_timer(&fdev->watchdog, jiffies + 100); // expected-note{{'foo_watchdog' is queued here}}
}

static void foo_watchdog(struct timer_list *t)
{
	struct foo_device *fdev = from_timer(fdev, t, watchdog);

	readl(fdev->regs + 0x40); // expected-warning{{MMIO access without an unbind guard in 'foo_watchdog', which can run after unbind}} expected-note{{'foo_watchdog' accesses MMIO with 'readl' here}}
}

static int foo_load(struct drm_device *dev, unsigned long flags)
{
	foo_arm(container_of(dev, struct foo_device, drm), foo_watchdog);
	return 0;
}

const struct drm_driver foo_drm_driver = {
	.load = foo_load,
};
