// Pins read_poll_timeout() with a driver accessor as its op, used directly and behind a
// driver's gpu_read_poll_timeout() macro: the poll's op call is a call to the driver accessor
// at the poll's line; the guarded poll is silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/iopoll.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_STATUS	0x14
#define FOO_STATUS_IDLE	0x1

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

static inline u32 gpu_read(struct foo_device *fdev, u32 reg)
{
	return readl(fdev->regs + reg); // expected-note 2 {{'gpu_read' accesses MMIO with 'readl' here}}
}

#define gpu_read_poll_timeout(fdev, reg, val, cond, delay_us, timeout_us) \
	read_poll_timeout(gpu_read, val, cond, delay_us, timeout_us, false, fdev, reg)

#define DRM_IOCTL_FOO_WAIT		DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_WAIT_MACRO	DRM_IO(DRM_COMMAND_BASE + 0x01)
#define DRM_IOCTL_FOO_WAIT_SAFE		DRM_IO(DRM_COMMAND_BASE + 0x02)

static int foo_ioctl_wait(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	u32 val;

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_wait', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_wait' calls 'gpu_read' here}}
	return read_poll_timeout(gpu_read, val, val & FOO_STATUS_IDLE, 10, 1000, false, fdev, FOO_STATUS);
}

static int foo_ioctl_wait_macro(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	u32 val;

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_wait_macro', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_wait_macro' calls 'gpu_read' here}}
	return gpu_read_poll_timeout(fdev, FOO_STATUS, val, val & FOO_STATUS_IDLE, 10, 1000);
}

static int foo_ioctl_wait_safe(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	u32 val;
	int idx, ret;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	ret = gpu_read_poll_timeout(fdev, FOO_STATUS, val, val & FOO_STATUS_IDLE, 10, 1000);
	drm_dev_exit(idx);
	return ret;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_WAIT, foo_ioctl_wait, 0), // expected-note{{'foo_ioctl_wait' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_WAIT_MACRO, foo_ioctl_wait_macro, 0), // expected-note{{'foo_ioctl_wait_macro' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_WAIT_SAFE, foo_ioctl_wait_safe, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
