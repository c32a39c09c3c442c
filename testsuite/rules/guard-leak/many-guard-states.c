// Pins guard-leak on an error return in a function that holds its device's guard while it
// copies sixteen registers to a companion DRM device, each copy only when the register changed
// and under the companion's own guard: the companion's guard can be in 33 states when the
// error return is reached (never taken, or released or failed at any of the sixteen copies).
// The leak is reported at the return, with the note at the enter that took the held guard
// (the flow analysis used to forget every guard's history past 32 states, and then dropped a
// leak whose enter it no longer knew). The balanced version is silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_STATUS		0x004
#define   FOO_STATUS_ERROR	BIT(0)
#define FOO_MIRROR_BASE		0x400
#define FOO_MIRROR_REG(n)	(FOO_MIRROR_BASE + (n) * 4)

struct foo_device {
	struct drm_device drm;
	struct drm_device *aux;		/* the companion, unplugged on its own */
	void __iomem *regs;
	void __iomem *aux_regs;
	u32 shadow[16];
	u32 dirty;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

/* Copy shadow register n to the companion if it changed, while the companion is there. */
#define foo_mirror(fdev, n, aux_idx)						\
	do {									\
		if (((fdev)->dirty & BIT(n)) && drm_dev_enter((fdev)->aux, &(aux_idx))) { \
			writel((fdev)->shadow[n], (fdev)->aux_regs + FOO_MIRROR_REG(n)); \
			drm_dev_exit(aux_idx);					\
		}								\
	} while (0)

#define foo_mirror_all(fdev, aux_idx)						\
	do {									\
		foo_mirror(fdev, 0, aux_idx);					\
		foo_mirror(fdev, 1, aux_idx);					\
		foo_mirror(fdev, 2, aux_idx);					\
		foo_mirror(fdev, 3, aux_idx);					\
		foo_mirror(fdev, 4, aux_idx);					\
		foo_mirror(fdev, 5, aux_idx);					\
		foo_mirror(fdev, 6, aux_idx);					\
		foo_mirror(fdev, 7, aux_idx);					\
		foo_mirror(fdev, 8, aux_idx);					\
		foo_mirror(fdev, 9, aux_idx);					\
		foo_mirror(fdev, 10, aux_idx);					\
		foo_mirror(fdev, 11, aux_idx);					\
		foo_mirror(fdev, 12, aux_idx);					\
		foo_mirror(fdev, 13, aux_idx);					\
		foo_mirror(fdev, 14, aux_idx);					\
		foo_mirror(fdev, 15, aux_idx);					\
	} while (0)

static int foo_ioctl_sync(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx, aux_idx;

	if (!drm_dev_enter(dev, &idx)) // expected-note{{unbind guard taken here}}
		return -ENODEV;
	foo_mirror_all(fdev, aux_idx);
	if (readl(fdev->regs + FOO_STATUS) & FOO_STATUS_ERROR)
		return -EIO; // expected-warning{{'foo_ioctl_sync' can return here with the unbind guard from 'drm_dev_enter' still held}}
	fdev->dirty = 0;
	drm_dev_exit(idx);
	return 0;
}

static int foo_ioctl_sync_balanced(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx, aux_idx, ret = 0;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	foo_mirror_all(fdev, aux_idx);
	if (readl(fdev->regs + FOO_STATUS) & FOO_STATUS_ERROR)
		ret = -EIO;
	else
		fdev->dirty = 0;
	drm_dev_exit(idx);
	return ret;
}

#define DRM_IOCTL_FOO_SYNC		DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_SYNC_BALANCED	DRM_IO(DRM_COMMAND_BASE + 0x01)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_SYNC, foo_ioctl_sync, 0),
	DRM_IOCTL_DEF_DRV(FOO_SYNC_BALANCED, foo_ioctl_sync_balanced, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
