// Pins do { } while (0) wrapper macros: reported at the macro's use, "through" it; the guarded
// use is silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_CTRL	0x10

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	u32 ctrl_shadow;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

#define gpu_update_ctrl(fdev, mask, val) \
	do { \
		(fdev)->ctrl_shadow = ((fdev)->ctrl_shadow & ~(mask)) | (val); \
		writel((fdev)->ctrl_shadow, (fdev)->regs + FOO_CTRL); \
	} while (0)

#define DRM_IOCTL_FOO_SET	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_SET_SAFE	DRM_IO(DRM_COMMAND_BASE + 0x01)

static int foo_ioctl_set(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_set', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_set' accesses MMIO with 'writel' through 'gpu_update_ctrl' here}}
	gpu_update_ctrl(fdev, 0x3, 0x1);
	return 0;
}

static int foo_ioctl_set_safe(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	gpu_update_ctrl(fdev, 0x3, 0x1);
	drm_dev_exit(idx);
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_SET, foo_ioctl_set, 0), // expected-note{{'foo_ioctl_set' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_SET_SAFE, foo_ioctl_set_safe, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
