// Pins access-after-exit: an access after drm_dev_exit() is unguarded; the finding carries an
// extra note at the drm_dev_exit() that closed the guard. Directly and through a helper.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_CTRL	0x10
#define FOO_IRQ_MASK	0x28

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

#define DRM_IOCTL_FOO_START	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_STOP	DRM_IO(DRM_COMMAND_BASE + 0x01)

static int foo_ioctl_start(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	writel(1, fdev->regs + FOO_CTRL);
	drm_dev_exit(idx); // expected-note{{the unbind guard was released here}}

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_start', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_start' accesses MMIO with 'writel' here}}
	writel(~0u, fdev->regs + FOO_IRQ_MASK);
	return 0;
}

static void foo_irq_unmask(struct foo_device *fdev)
{
	writel(~0u, fdev->regs + FOO_IRQ_MASK); // expected-note{{'foo_irq_unmask' accesses MMIO with 'writel' here}}
}

static int foo_ioctl_stop(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	writel(0, fdev->regs + FOO_CTRL);
	drm_dev_exit(idx); // expected-note{{the unbind guard was released here}}
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_stop', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_stop' calls 'foo_irq_unmask' here}}
	foo_irq_unmask(fdev);
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_START, foo_ioctl_start, 0), // expected-note{{'foo_ioctl_start' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_STOP, foo_ioctl_stop, 0), // expected-note{{'foo_ioctl_stop' is a DRM ioctl handler, registered here}}
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
