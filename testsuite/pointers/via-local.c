// Pins calls through a local function pointer: it reaches the functions stored into it.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	int fast;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

static void foo_poke(struct foo_device *fdev)
{
	writel(1, fdev->regs + 0x10); // expected-note{{'foo_poke' accesses MMIO with 'writel' here}}
}

static void foo_count(struct foo_device *fdev)
{
	fdev->fast++;
}

static int foo_ioctl_poke(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	void (*fn)(struct foo_device *) = foo_count;

	if (fdev->fast)
		fn = foo_poke;
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_poke', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_poke' calls 'foo_poke' through 'fn' here}}
	fn(fdev);
	return 0;
}

/* Only a harmless function is ever stored: silent. */
static int foo_ioctl_count(struct drm_device *dev, void *data, struct drm_file *file)
{
	void (*fn)(struct foo_device *) = foo_count;

	fn(to_foo(dev));
	return 0;
}

#define DRM_IOCTL_FOO_POKE	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_COUNT	DRM_IO(DRM_COMMAND_BASE + 0x01)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_POKE, foo_ioctl_poke, 0), // expected-note{{'foo_ioctl_poke' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_COUNT, foo_ioctl_count, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
