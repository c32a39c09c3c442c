// Pins __always_inline accessor functions: an ordinary link in the chain (inlining is not
// analysis); the guarded use is silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_DOORBELL	0x80

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

static __always_inline void foo_ring_doorbell(struct foo_device *fdev, u32 slot)
{
	writel(1, fdev->regs + FOO_DOORBELL + slot * 4); // expected-note{{'foo_ring_doorbell' accesses MMIO with 'writel' here}}
}

#define DRM_IOCTL_FOO_SUBMIT		DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_SUBMIT_SAFE	DRM_IO(DRM_COMMAND_BASE + 0x01)

static int foo_ioctl_submit(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_submit', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_submit' calls 'foo_ring_doorbell' here}}
	foo_ring_doorbell(to_foo(dev), 0);
	return 0;
}

static int foo_ioctl_submit_safe(struct drm_device *dev, void *data, struct drm_file *file)
{
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	foo_ring_doorbell(to_foo(dev), 1);
	drm_dev_exit(idx);
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_SUBMIT, foo_ioctl_submit, 0), // expected-note{{'foo_ioctl_submit' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_SUBMIT_SAFE, foo_ioctl_submit_safe, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
