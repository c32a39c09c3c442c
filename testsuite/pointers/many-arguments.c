// Pins calls with more than six arguments: every argument is recorded and followed, a
// function passed seventh or eighth included.
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
	writel(1, fdev->regs + 0x10); // expected-note{{'foo_poke' accesses MMIO with 'writel' here}}
}

static void foo_nop(struct foo_device *fdev)
{
}

static void foo_run(int a, int b, int c, int d, int e, int f, struct foo_device *fdev,
		    void (*before)(struct foo_device *), void (*after)(struct foo_device *))
{
	before(fdev);
	after(fdev); // expected-note{{'foo_run' calls 'foo_poke' through 'after' here}}
}

static int foo_ioctl_run(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_run', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_run' calls 'foo_run' here}}
	foo_run(1, 2, 3, 4, 5, 6, to_foo(dev), foo_nop, foo_poke);
	return 0;
}

/* The same call under a guard: silent. */
static int foo_ioctl_guarded(struct drm_device *dev, void *data, struct drm_file *file)
{
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	foo_run(1, 2, 3, 4, 5, 6, to_foo(dev), foo_poke, foo_poke);
	drm_dev_exit(idx);
	return 0;
}

#define DRM_IOCTL_FOO_RUN	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_GUARDED	DRM_IO(DRM_COMMAND_BASE + 0x01)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_RUN, foo_ioctl_run, 0), // expected-note{{'foo_ioctl_run' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_GUARDED, foo_ioctl_guarded, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
