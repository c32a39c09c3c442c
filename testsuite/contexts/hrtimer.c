// Pins hrtimer callbacks registered by assigning '.function' at run time: after-unbind when not
// cancelled on the unbind path. Unguarded fires with the note on the assignment, guarded is
// silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/hrtimer.h>
#include <drm/drm_drv.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct hrtimer vblank_timer;
	struct hrtimer sample_timer;
};

static enum hrtimer_restart foo_vblank_timer_fn(struct hrtimer *t)
{
	struct foo_device *fdev = container_of(t, struct foo_device, vblank_timer);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_vblank_timer_fn', which can run after unbind}}
	// expected-note@+1{{'foo_vblank_timer_fn' accesses MMIO with 'writel' here}}
	writel(1, fdev->regs + 0x1000);
	hrtimer_forward_now(t, ms_to_ktime(16));
	return HRTIMER_RESTART;
}

static enum hrtimer_restart foo_sample_timer_fn(struct hrtimer *t)
{
	struct foo_device *fdev = container_of(t, struct foo_device, sample_timer);
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx))
		return HRTIMER_NORESTART;
	writel(1, fdev->regs + 0x1004);
	drm_dev_exit(idx);
	return HRTIMER_NORESTART;
}

void foo_init_hrtimers(struct foo_device *fdev)
{
	hrtimer_init(&fdev->vblank_timer, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
	fdev->vblank_timer.function = foo_vblank_timer_fn; // expected-note{{'foo_vblank_timer_fn' is a hrtimer callback, registered here}} expected-note{{nothing on the unbind path stops it for good}}
	hrtimer_init(&fdev->sample_timer, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
	fdev->sample_timer.function = foo_sample_timer_fn;
}
