// Pins the enter's result stored in a bool local and tested only after a run of independent
// flag tests: each test doubles the paths, but the guard's result stays known on every one of
// them, so the early return and the exit are balanced (silent; the flow analysis used to merge
// the paths past 32 by forgetting every condition, the stored result among them, and reported
// a guard leak and an unbalanced exit). The same function writing before the test fires.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_CMD			0x40
#define   FOO_CMD_FLUSH		BIT(0)
#define   FOO_CMD_WAIT		BIT(1)
#define   FOO_CMD_IRQ		BIT(2)
#define   FOO_CMD_PROFILE	BIT(3)
#define   FOO_CMD_SECURE	BIT(4)
#define   FOO_CMD_PRIO_HIGH	BIT(5)
#define   FOO_CMD_RESET		BIT(6)

struct foo_submit {
	bool flush, wait, irq, profile, secure, high_prio, reset;
};

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

/* Seven independent tests, expanded in the function: 128 paths. */
#define foo_cmd_flags(args, flags)					\
	do {								\
		if ((args)->flush)					\
			(flags) |= FOO_CMD_FLUSH;			\
		if ((args)->wait)					\
			(flags) |= FOO_CMD_WAIT;			\
		if ((args)->irq)					\
			(flags) |= FOO_CMD_IRQ;				\
		if ((args)->profile)					\
			(flags) |= FOO_CMD_PROFILE;			\
		if ((args)->secure)					\
			(flags) |= FOO_CMD_SECURE;			\
		if ((args)->high_prio)					\
			(flags) |= FOO_CMD_PRIO_HIGH;			\
		if ((args)->reset)					\
			(flags) |= FOO_CMD_RESET;			\
	} while (0)

static int foo_ioctl_submit(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	struct foo_submit *args = data;
	u32 flags = 0;
	int idx;
	bool hw = drm_dev_enter(dev, &idx);

	/* Build the command before looking at whether the device is still there. */
	foo_cmd_flags(args, flags);
	if (!hw)
		return -ENODEV;
	writel(flags, fdev->regs + FOO_CMD);
	drm_dev_exit(idx);
	return 0;
}

static int foo_ioctl_submit_early(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	struct foo_submit *args = data;
	u32 flags = 0;
	int idx;
	bool hw = drm_dev_enter(dev, &idx);

	foo_cmd_flags(args, flags);
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_submit_early', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_submit_early' accesses MMIO with 'writel' here}}
	writel(flags, fdev->regs + FOO_CMD);
	if (!hw)
		return -ENODEV;
	drm_dev_exit(idx);
	return 0;
}

#define DRM_IOCTL_FOO_SUBMIT		DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_SUBMIT_EARLY	DRM_IO(DRM_COMMAND_BASE + 0x01)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_SUBMIT, foo_ioctl_submit, 0),
	DRM_IOCTL_DEF_DRV(FOO_SUBMIT_EARLY, foo_ioctl_submit_early, 0), // expected-note{{'foo_ioctl_submit_early' is a DRM ioctl handler, registered here}}
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
