// Pins statement-expression wrapper macros: reported at the macro's use, "through" it; the
// guarded use is silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_STATUS	0x14

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	u32 last_status;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

#define gpu_read_status(fdev) \
	({ \
		u32 __v = readl((fdev)->regs + FOO_STATUS); \
		(fdev)->last_status = __v; \
		__v; \
	})

#define DRM_IOCTL_FOO_STATUS		DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_STATUS_SAFE	DRM_IO(DRM_COMMAND_BASE + 0x01)

static int foo_ioctl_status(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	u32 *out = data;

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_status', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_status' accesses MMIO with 'readl' through 'gpu_read_status' here}}
	*out = gpu_read_status(fdev);
	return 0;
}

static int foo_ioctl_status_safe(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	u32 *out = data;
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	*out = gpu_read_status(fdev);
	drm_dev_exit(idx);
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_STATUS, foo_ioctl_status, 0), // expected-note{{'foo_ioctl_status' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_STATUS_SAFE, foo_ioctl_status_safe, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
