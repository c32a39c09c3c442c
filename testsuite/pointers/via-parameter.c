// Pins calls through a function-pointer parameter: the functions whose address callers pass
// are what the call reaches, and the chain names the pointer hop.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

static void foo_poke(struct foo_device *fdev)
{
	writel(1, fdev->regs + 0x10); // expected-note 2 {{'foo_poke' accesses MMIO with 'writel' here}}
}

static void foo_nop(struct foo_device *fdev)
{
}

/* A helper that runs an operation on the hardware. */
static void foo_with_hw(struct foo_device *fdev, void (*op)(struct foo_device *))
{
	op(fdev); // expected-note 2 {{'foo_with_hw' calls 'foo_poke' through 'op' here}}
}

static int foo_ioctl_poke(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_poke', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_poke' calls 'foo_with_hw' here}}
	foo_with_hw(to_foo(dev), foo_poke);
	return 0;
}

/* The same helper, with nothing but a no-op passed: silent. */
static int foo_ioctl_nop(struct drm_device *dev, void *data, struct drm_file *file)
{
	foo_with_hw(to_foo(dev), foo_nop);
	return 0;
}

/* Guarded: silent. */
static int foo_ioctl_guarded(struct drm_device *dev, void *data, struct drm_file *file)
{
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	foo_with_hw(to_foo(dev), foo_poke);
	drm_dev_exit(idx);
	return 0;
}

/* Passed on through a second helper's parameter. */
static void foo_twice(struct foo_device *fdev, void (*fn)(struct foo_device *))
{
	foo_with_hw(fdev, fn); // expected-note{{'foo_twice' calls 'foo_with_hw' here}}
}

static int foo_ioctl_twice(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_twice', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_twice' calls 'foo_twice' here}}
	foo_twice(to_foo(dev), foo_poke);
	return 0;
}

#define DRM_IOCTL_FOO_POKE	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_NOP	DRM_IO(DRM_COMMAND_BASE + 0x01)
#define DRM_IOCTL_FOO_GUARDED	DRM_IO(DRM_COMMAND_BASE + 0x02)
#define DRM_IOCTL_FOO_TWICE	DRM_IO(DRM_COMMAND_BASE + 0x03)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_POKE, foo_ioctl_poke, 0), // expected-note{{'foo_ioctl_poke' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_NOP, foo_ioctl_nop, 0),
	DRM_IOCTL_DEF_DRV(FOO_GUARDED, foo_ioctl_guarded, 0),
	DRM_IOCTL_DEF_DRV(FOO_TWICE, foo_ioctl_twice, 0), // expected-note{{'foo_ioctl_twice' is a DRM ioctl handler, registered here}}
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
