// Pins the DRM ioctl context registered through a driver's own macro around
// DRM_IOCTL_DEF_DRV that pastes the handler's name: the registration note sits on the
// driver macro's line. Unguarded fires, guarded is silent.
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

#define DRM_FOO_DEV_QUERY	0x00
#define DRM_FOO_VM_CREATE	0x01
#define DRM_IOCTL_FOO_DEV_QUERY	DRM_IOWR(DRM_COMMAND_BASE + DRM_FOO_DEV_QUERY, u64)
#define DRM_IOCTL_FOO_VM_CREATE	DRM_IOWR(DRM_COMMAND_BASE + DRM_FOO_VM_CREATE, u64)

#define FOO_IOCTL(n, func, flags) \
	DRM_IOCTL_DEF_DRV(FOO_##n, foo_ioctl_##func, flags)

static int foo_ioctl_dev_query(struct drm_device *dev, void *data, struct drm_file *file)
{
	u64 *value = data;

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_dev_query', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_dev_query' accesses MMIO with 'readl' here}}
	*value = readl(to_foo(dev)->regs + 0x0);
	return 0;
}

static int foo_ioctl_vm_create(struct drm_device *dev, void *data, struct drm_file *file)
{
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	writel(1, to_foo(dev)->regs + 0x2000);
	drm_dev_exit(idx);
	return 0;
}

static const struct drm_ioctl_desc foo_drm_driver_ioctls[] = {
	FOO_IOCTL(DEV_QUERY, dev_query, DRM_RENDER_ALLOW), // expected-note{{'foo_ioctl_dev_query' is a DRM ioctl handler, registered here}}
	FOO_IOCTL(VM_CREATE, vm_create, DRM_RENDER_ALLOW),
};

const struct drm_driver foo_drm_driver = {
	.name = "foo",
	.ioctls = foo_drm_driver_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_drm_driver_ioctls),
};
