// Pins what happens at the flow analysis' limit of 256 distinct guard states at one program
// point. Copying eight changed registers to each of two companion DRM devices, each copy under
// its companion's own guard, leaves each companion's guard in one of 17 states (never taken, or
// released or failed at any of its eight copies): 289 together, none of which can be merged
// without losing what a verdict needs. The function is reported as not analysed, naming the
// limit and where it was reached, and the command exits with 2; never a guess. The same copies
// to one companion (17 states) are analysed: the write after drm_dev_exit() fires.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: sh -c '%bs -Xclang -verify %s; echo exit=$?' 2>&1 | FileCheck %s
// CHECK: boundscope: error: 1 function(s) in {{.*}}limit-guard-states.c could not be analysed
// CHECK: exit=2

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_CTRL		0x000
#define FOO_MIRROR_REG(n)	(0x400 + (n) * 4)

struct foo_device {
	struct drm_device drm;
	struct drm_device *aux[2];	/* companions, each unplugged on its own */
	void __iomem *regs;
	void __iomem *aux_regs[2];
	u32 shadow[8];
	u32 dirty[2];
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

/* Copy shadow register n to companion a if it changed there, while the companion is there. */
#define foo_mirror(fdev, a, n, aux_idx)						\
	do {									\
		if (((fdev)->dirty[a] & BIT(n)) &&				\
		    drm_dev_enter((fdev)->aux[a], &(aux_idx))) {		\
			writel((fdev)->shadow[n], (fdev)->aux_regs[a] + FOO_MIRROR_REG(n)); \
			drm_dev_exit(aux_idx);					\
		}								\
	} while (0)

#define foo_mirror_all(fdev, a, aux_idx)					\
	do {									\
		foo_mirror(fdev, a, 0, aux_idx);				\
		foo_mirror(fdev, a, 1, aux_idx);				\
		foo_mirror(fdev, a, 2, aux_idx);				\
		foo_mirror(fdev, a, 3, aux_idx);				\
		foo_mirror(fdev, a, 4, aux_idx);				\
		foo_mirror(fdev, a, 5, aux_idx);				\
		foo_mirror(fdev, a, 6, aux_idx);				\
		foo_mirror(fdev, a, 7, aux_idx);				\
	} while (0)

// expected-warning@+1{{boundscope could not analyse 'foo_ioctl_sync_both': more than 256 distinct guard states reach line 64, the flow analysis' limit per program point}}
static int foo_ioctl_sync_both(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx, aux0_idx, aux1_idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	foo_mirror_all(fdev, 0, aux0_idx);
	foo_mirror_all(fdev, 1, aux1_idx);
	fdev->dirty[0] = fdev->dirty[1] = 0;
	writel(1, fdev->regs + FOO_CTRL);
	drm_dev_exit(idx);
	return 0;
}

static int foo_ioctl_sync_first(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx, aux0_idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	foo_mirror_all(fdev, 0, aux0_idx);
	fdev->dirty[0] = 0;
	drm_dev_exit(idx); // expected-note{{the unbind guard was released here}}
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_sync_first', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_sync_first' accesses MMIO with 'writel' here}}
	writel(1, fdev->regs + FOO_CTRL);
	return 0;
}

#define DRM_IOCTL_FOO_SYNC_BOTH		DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_SYNC_FIRST	DRM_IO(DRM_COMMAND_BASE + 0x01)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_SYNC_BOTH, foo_ioctl_sync_both, 0),
	DRM_IOCTL_DEF_DRV(FOO_SYNC_FIRST, foo_ioctl_sync_first, 0), // expected-note{{'foo_ioctl_sync_first' is a DRM ioctl handler, registered here}}
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
