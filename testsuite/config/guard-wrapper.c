// Pins guard wrappers declared in a project configuration: foo_hw_enter() returns 0 on
// success (success: false) and hides drm_dev_enter(). With the configuration its callers are
// guarded and its own body is a primitive (no guard-leak inside it); without it, the
// wrapper leaks and its callers' accesses are unguarded.
// RUN: %clang_plugin -Xclang -plugin-arg-boundscope -Xclang config=%S/Inputs/guard-wrapper.json -Xclang -verify=with %s
// RUN: %bs --config=%S/Inputs/guard-wrapper.json -Xclang -verify=with %s
// RUN: %bs -Xclang -verify=without %s
// with-no-diagnostics

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

static int foo_hw_enter(struct foo_device *fdev, int *idx)
{
	// without-warning@+1{{'foo_hw_enter' can return here with the unbind guard from 'drm_dev_enter' still held}}
	return drm_dev_enter(&fdev->drm, idx) ? 0 : -ENODEV; // without-note{{unbind guard taken here}}
}

static void foo_hw_exit(int idx)
{
	drm_dev_exit(idx); // without-warning{{'drm_dev_exit' called without a held unbind guard on some path}}
}

static int foo_ioctl_kick(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx, ret;

	ret = foo_hw_enter(fdev, &idx);
	if (ret)
		return ret;
	writel(1, fdev->regs + 0x10); // without-warning{{MMIO access without an unbind guard in 'foo_ioctl_kick'}} without-note{{'foo_ioctl_kick' accesses MMIO with 'writel' here}}
	foo_hw_exit(idx);
	return 0;
}

#define DRM_IOCTL_FOO_KICK	DRM_IO(DRM_COMMAND_BASE + 0x00)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_KICK, foo_ioctl_kick, 0), // without-note{{'foo_ioctl_kick' is a DRM ioctl handler, registered here}}
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
