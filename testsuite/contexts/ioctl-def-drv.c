// Pins the DRM ioctl context registered through DRM_IOCTL_DEF_DRV in a drm_ioctl_desc table:
// after-unbind. Unguarded fires (registration note on the table line), guarded is silent.
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

#define DRM_FOO_GET_PARAM	0x00
#define DRM_FOO_SUBMIT		0x01
#define DRM_IOCTL_FOO_GET_PARAM	DRM_IOWR(DRM_COMMAND_BASE + DRM_FOO_GET_PARAM, u64)
#define DRM_IOCTL_FOO_SUBMIT	DRM_IOW(DRM_COMMAND_BASE + DRM_FOO_SUBMIT, u64)

static int foo_ioctl_get_param(struct drm_device *dev, void *data, struct drm_file *file)
{
	u64 *value = data;

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_get_param', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_get_param' accesses MMIO with 'readl' here}}
	*value = readl(to_foo(dev)->regs + 0x0);
	return 0;
}

static int foo_ioctl_submit(struct drm_device *dev, void *data, struct drm_file *file)
{
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	writel(*(u64 *)data, to_foo(dev)->regs + 0x80);
	drm_dev_exit(idx);
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_GET_PARAM, foo_ioctl_get_param, DRM_RENDER_ALLOW), // expected-note{{'foo_ioctl_get_param' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_SUBMIT, foo_ioctl_submit, DRM_RENDER_ALLOW),
};

const struct drm_driver foo_drm_driver = {
	.name = "foo",
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
