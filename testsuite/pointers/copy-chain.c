// Pins calls through a local that got its function through a long chain of copies, and
// through copies that go round in a cycle: every function stored anywhere along the chain is
// reached, however long it is (no depth limit that could drop one silently).
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

typedef void (*foo_op)(struct foo_device *);

static void foo_poke(struct foo_device *fdev)
{
	writel(1, fdev->regs + 0x10); // expected-note 2 {{'foo_poke' accesses MMIO with 'writel' here}}
}

static void foo_count(struct foo_device *fdev)
{
	fdev->fast++;
}

static int foo_ioctl_chain(struct drm_device *dev, void *data, struct drm_file *file)
{
	foo_op a = foo_poke, b, c, d, e, g, h, i;

	b = a;
	c = b;
	d = c;
	e = d;
	g = e;
	h = g;
	i = h;
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_chain', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_chain' calls 'foo_poke' through 'i' here}}
	i(to_foo(dev));
	return 0;
}

static int foo_ioctl_cycle(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	foo_op a = foo_count, b = foo_count;

	while (fdev->fast--) {
		a = b;
		b = a;
		if (fdev->fast == 3)
			b = foo_poke;
	}
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_cycle', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_cycle' calls 'foo_poke' through 'a' here}}
	a(fdev);
	return 0;
}

#define DRM_IOCTL_FOO_CHAIN	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_CYCLE	DRM_IO(DRM_COMMAND_BASE + 0x01)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_CHAIN, foo_ioctl_chain, 0), // expected-note{{'foo_ioctl_chain' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_CYCLE, foo_ioctl_cycle, 0), // expected-note{{'foo_ioctl_cycle' is a DRM ioctl handler, registered here}}
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
