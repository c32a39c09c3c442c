// Pins a guard in the caller covering its callees: helpers (several levels deep), a wrapper
// macro, and implementations reached through a driver-private ops table, all called with the
// guard held, are silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// expected-no-diagnostics

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_CTRL	0x10
#define FOO_FLUSH	0x30

struct foo_device;

struct foo_hw_ops {
	void (*flush)(struct foo_device *fdev);
};

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	const struct foo_hw_ops *ops;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)
#define gpu_write(fdev, reg, val) writel(val, (fdev)->regs + (reg))

static void foo_v2_flush(struct foo_device *fdev)
{
	gpu_write(fdev, FOO_FLUSH, 1);
}

static const struct foo_hw_ops foo_v2_ops = {
	.flush = foo_v2_flush,
};

void foo_hw_init(struct foo_device *fdev)
{
	fdev->ops = &foo_v2_ops;
}

static void foo_start(struct foo_device *fdev)
{
	gpu_write(fdev, FOO_CTRL, 1);
}

static void foo_restart(struct foo_device *fdev)
{
	fdev->ops->flush(fdev);
	foo_start(fdev);
}

#define DRM_IOCTL_FOO_RESTART	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_START	DRM_IO(DRM_COMMAND_BASE + 0x01)

static int foo_ioctl_restart(struct drm_device *dev, void *data, struct drm_file *file)
{
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	foo_restart(to_foo(dev));
	drm_dev_exit(idx);
	return 0;
}

static int foo_ioctl_start(struct drm_device *dev, void *data, struct drm_file *file)
{
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	foo_start(to_foo(dev));
	drm_dev_exit(idx);
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_RESTART, foo_ioctl_restart, 0),
	DRM_IOCTL_DEF_DRV(FOO_START, foo_ioctl_start, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
