// Pins a loop whose condition is a call (list_for_each_entry() and friends): the call's result
// is new each time the loop tests it, so a flag set in the body reaches the code after the
// loop. The write after the loop, reached only when some event was fatal, fires (the flow
// analysis used to keep the first test's result for every later one, left the loop only on
// the paths that never ran the body, and missed it); the same write under the guard is silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_CTRL		0x10
#define   FOO_CTRL_RESET	BIT(0)

struct foo_event {
	bool fatal;
};

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

bool foo_next_event(struct foo_device *fdev, struct foo_event *ev);

static int foo_ioctl_drain(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	struct foo_event ev;
	bool fatal = false;

	while (foo_next_event(fdev, &ev)) {
		if (ev.fatal)
			fatal = true;
	}
	if (fatal)
		// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_drain', which can run after unbind}}
		// expected-note@+1{{'foo_ioctl_drain' accesses MMIO with 'writel' here}}
		writel(FOO_CTRL_RESET, fdev->regs + FOO_CTRL);
	return 0;
}

static int foo_ioctl_drain_guarded(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	struct foo_event ev;
	bool fatal = false;
	int idx;

	while (foo_next_event(fdev, &ev)) {
		if (ev.fatal)
			fatal = true;
	}
	if (fatal && drm_dev_enter(dev, &idx)) {
		writel(FOO_CTRL_RESET, fdev->regs + FOO_CTRL);
		drm_dev_exit(idx);
	}
	return 0;
}

#define DRM_IOCTL_FOO_DRAIN		DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_DRAIN_GUARDED	DRM_IO(DRM_COMMAND_BASE + 0x01)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_DRAIN, foo_ioctl_drain, 0), // expected-note{{'foo_ioctl_drain' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_DRAIN_GUARDED, foo_ioctl_drain_guarded, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
