// Pins calls through a driver-private const ops table: 'fdev->ops->flush(fdev)' reaches every
// function stored in '.flush' of 'struct foo_hw_ops', so the unguarded ioctl is reported at the
// indirect call with a chain into the implementation; the guarded ioctl is silent. The table
// itself is no registration with the kernel: its functions are not entry points.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_FLUSH	0x30

struct foo_device;

struct foo_hw_ops {
	void (*flush)(struct foo_device *fdev);
	void (*dump)(struct foo_device *fdev);
};

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	const struct foo_hw_ops *ops;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

static void foo_v1_flush(struct foo_device *fdev)
{
	writel(1, fdev->regs + FOO_FLUSH); // expected-note{{'foo_v1_flush' accesses MMIO with 'writel' here}}
}

static void foo_v1_dump(struct foo_device *fdev)
{
}

static const struct foo_hw_ops foo_v1_ops = {
	.flush = foo_v1_flush,
	.dump = foo_v1_dump,
};

void foo_hw_init(struct foo_device *fdev)
{
	fdev->ops = &foo_v1_ops;
}

#define DRM_IOCTL_FOO_FLUSH		DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_FLUSH_SAFE	DRM_IO(DRM_COMMAND_BASE + 0x01)
#define DRM_IOCTL_FOO_DUMP		DRM_IO(DRM_COMMAND_BASE + 0x02)

static int foo_ioctl_flush(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_flush', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_flush' calls 'foo_v1_flush' here}}
	fdev->ops->flush(fdev);
	return 0;
}

static int foo_ioctl_flush_safe(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	fdev->ops->flush(fdev);
	drm_dev_exit(idx);
	return 0;
}

/* '.dump' implementations do not touch registers: calling them unguarded is fine. */
static int foo_ioctl_dump(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);

	fdev->ops->dump(fdev);
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_FLUSH, foo_ioctl_flush, 0), // expected-note{{'foo_ioctl_flush' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_FLUSH_SAFE, foo_ioctl_flush_safe, 0),
	DRM_IOCTL_DEF_DRV(FOO_DUMP, foo_ioctl_dump, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
