// Pins the teardown model for timers and hrtimers: timer_shutdown_sync() on the unbind path
// makes a timer bound; del_timer_sync()/hrtimer_cancel() count only when nothing after unbind
// re-arms the timer outside a guard; an hrtimer nothing stops stays after-unbind.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/timer.h>
#include <linux/hrtimer.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct timer_list hang_timer;		/* timer_shutdown_sync() */
	struct timer_list poll_timer;		/* del_timer_sync(), re-armed by an ioctl */
	struct hrtimer vblank;			/* hrtimer_cancel(), armed only under a guard */
	struct hrtimer leaked;			/* nothing stops it */
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

static void foo_hang(struct timer_list *t)
{
	struct foo_device *fdev = from_timer(fdev, t, hang_timer);

	writel(1, fdev->regs);
}

static void foo_poll(struct timer_list *t)
{
	struct foo_device *fdev = from_timer(fdev, t, poll_timer);

	writel(2, fdev->regs); // expected-warning{{MMIO access without an unbind guard in 'foo_poll', which can run after unbind}} expected-note{{'foo_poll' accesses MMIO with 'writel' here}}
}

static enum hrtimer_restart foo_vblank(struct hrtimer *t)
{
	struct foo_device *fdev = container_of(t, struct foo_device, vblank);

	writel(3, fdev->regs);
	return HRTIMER_NORESTART;
}

static enum hrtimer_restart foo_leaked(struct hrtimer *t)
{
	struct foo_device *fdev = container_of(t, struct foo_device, leaked);

	writel(4, fdev->regs); // expected-warning{{MMIO access without an unbind guard in 'foo_leaked', which can run after unbind}} expected-note{{'foo_leaked' accesses MMIO with 'writel' here}}
	return HRTIMER_NORESTART;
}

static int foo_ioctl_arm(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx;

	mod_timer(&fdev->poll_timer, 10); // expected-note{{'foo_poll' is queued here}} expected-note{{'foo_ioctl_arm' queues it again here, and can run after unbind}}
	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	hrtimer_start(&fdev->vblank, 0, HRTIMER_MODE_REL);
	drm_dev_exit(idx);
	return 0;
}

#define DRM_IOCTL_FOO_ARM	DRM_IO(DRM_COMMAND_BASE + 0x00)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_ARM, foo_ioctl_arm, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};

static int foo_probe(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	timer_setup(&fdev->hang_timer, foo_hang, 0);
	timer_setup(&fdev->poll_timer, foo_poll, 0); // expected-note{{'foo_poll' is a timer callback, registered here}}
	fdev->vblank.function = foo_vblank;
	fdev->leaked.function = foo_leaked; // expected-note{{'foo_leaked' is a hrtimer callback, registered here}} expected-note{{nothing on the unbind path stops it for good}}
	return 0;
}

static void foo_remove(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	drm_dev_unplug(&fdev->drm);
	timer_shutdown_sync(&fdev->hang_timer);
	del_timer_sync(&fdev->poll_timer); // expected-note{{'del_timer_sync' on the unbind path stops it only until it is queued again}}
	hrtimer_cancel(&fdev->vblank);
}

struct platform_driver foo_driver = {
	.probe = foo_probe,
	.remove = foo_remove,
};
