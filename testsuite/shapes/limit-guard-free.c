// Pins the flow analysis on a function that takes no guard but whose traced values exceed the
// limit of 256 worlds at one program point (nine flags, each tested and copied again after the
// register write, so no two worlds can be merged). Nothing in it can change its guard state, so
// it is analysed without tracing branches: every access its CFG reaches is unguarded, and the
// write fires; --stats counts it. With -DGUARDED the same function holds a guard around the
// write: the worlds decide what the guard covers, so it stays not analysed (exit 2, the limit
// named), never a guess.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// RUN: %bs --stats %s 2>/dev/null | FileCheck %s --check-prefix=STATS
// RUN: sh -c '%bs -DGUARDED %s; echo exit=$?' 2>&1 | FileCheck %s --check-prefix=GUARDED
// STATS: analysed without tracing branches (no guard in them, over the limit): 1
// GUARDED: warning: boundscope could not analyse 'foo_ioctl_plan': more than 256 distinct guard states reach line {{[0-9]+}}, the flow analysis' limit per program point
// GUARDED: exit=2

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	u32 mask;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

extern bool foo_want(struct foo_device *fdev, int n);
extern void foo_note(struct foo_device *fdev, int n);

/* Flag n: tested now, copied and tested again after the write. */
#define FOO_TEST(n)	bool w##n = foo_want(fdev, n); if (w##n) fdev->mask |= 1u << n;
#define FOO_USE(n)	bool c##n = w##n; if (c##n) foo_note(fdev, n);

static int foo_ioctl_plan(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
#ifdef GUARDED
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
#endif
	FOO_TEST(0) FOO_TEST(1) FOO_TEST(2) FOO_TEST(3) FOO_TEST(4)
	FOO_TEST(5) FOO_TEST(6) FOO_TEST(7) FOO_TEST(8)
#ifndef GUARDED
	writel(fdev->mask, fdev->regs); // expected-warning{{MMIO access without an unbind guard in 'foo_ioctl_plan', which can run after unbind}} expected-note{{'foo_ioctl_plan' accesses MMIO with 'writel' here}}
#else
	writel(fdev->mask, fdev->regs);
#endif
	FOO_USE(0) FOO_USE(1) FOO_USE(2) FOO_USE(3) FOO_USE(4)
	FOO_USE(5) FOO_USE(6) FOO_USE(7) FOO_USE(8)
#ifdef GUARDED
	drm_dev_exit(idx);
#endif
	return 0;
}

#define DRM_IOCTL_FOO_PLAN	DRM_IO(DRM_COMMAND_BASE + 0x00)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_PLAN, foo_ioctl_plan, 0), // expected-note{{'foo_ioctl_plan' is a DRM ioctl handler, registered here}}
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
