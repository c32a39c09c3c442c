// A small driver for the --stats tests: one call through a local that only driver functions
// are stored into (resolved), one through an array element (unresolved), one through a field
// of an ops table the driver never fills (outside), and a function the flow analysis gives up
// on (more guard states at one point than its limit, the shape of shapes/limit-guard-states.c).

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_CTRL		0x000
#define FOO_MIRROR_REG(n)	(0x400 + (n) * 4)

struct foo_device;

struct foo_phy_ops {
	void (*power_on)(struct foo_device *fdev);
};

struct foo_device {
	struct drm_device drm;
	struct drm_device *aux[2];
	void __iomem *regs;
	void __iomem *aux_regs[2];
	u32 shadow[8];
	u32 dirty[2];
	const struct foo_phy_ops *phy;
	int fast;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

static void foo_poke(struct foo_device *fdev)
{
	writel(1, fdev->regs + FOO_CTRL);
}

static void foo_count(struct foo_device *fdev)
{
	fdev->fast++;
}

static void (*const foo_steps[2])(struct foo_device *) = { foo_count, foo_count };

static int foo_ioctl_poke(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	void (*fn)(struct foo_device *) = foo_count;
	int idx;

	if (fdev->fast)
		fn = foo_poke;
	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	fn(fdev);			/* resolved: foo_count, foo_poke */
	foo_steps[fdev->fast & 1](fdev);	/* unresolved: an array element */
	fdev->phy->power_on(fdev);	/* outside: no driver function is stored there */
	drm_dev_exit(idx);
	return 0;
}

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

/* 17 states per companion guard, 289 together: past the limit of 256 at one point. */
static int foo_ioctl_sync_both(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx, aux0_idx, aux1_idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	foo_mirror_all(fdev, 0, aux0_idx);
	foo_mirror_all(fdev, 1, aux1_idx);
	writel(1, fdev->regs + FOO_CTRL);
	drm_dev_exit(idx);
	return 0;
}

#define DRM_IOCTL_FOO_POKE	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_SYNC	DRM_IO(DRM_COMMAND_BASE + 0x01)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_POKE, foo_ioctl_poke, 0),
	DRM_IOCTL_DEF_DRV(FOO_SYNC, foo_ioctl_sync_both, 0),
};
