// Pins -Werror with the -fplugin= form: the finding becomes an error and the compile fails.
// RUN: not %clang_fplugin -Werror %s -o %t.o 2>&1 | FileCheck %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

#define DRM_IOCTL_FOO_RESET	DRM_IO(DRM_COMMAND_BASE + 0x00)

static int foo_ioctl_reset(struct drm_device *dev, void *data, struct drm_file *file)
{
	// CHECK: werror.c:[[@LINE+1]]:{{[0-9]+}}: error: MMIO access without an unbind guard in 'foo_ioctl_reset', which can run after unbind
	writel(1, to_foo(dev)->regs + 0x10);
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_RESET, foo_ioctl_reset, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
