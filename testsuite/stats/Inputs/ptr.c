// A small driver for the --stats tests: one call through a local that only driver functions
// are stored into (resolved), one through an array element (unresolved), one through a field
// of an ops table the driver never fills (outside). The tests pair it with
// shapes/limit-guard-states.c, a function the flow analysis gives up on.

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_CTRL		0x000

struct foo_device;

struct foo_phy_ops {
	void (*power_on)(struct foo_device *fdev);
};

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
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

#define DRM_IOCTL_FOO_POKE	DRM_IO(DRM_COMMAND_BASE + 0x00)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_POKE, foo_ioctl_poke, 0),
};
