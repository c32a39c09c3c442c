// Pins the -fplugin= form: the plugin runs after the real compile, reports its finding as a
// warning, and the object file is still produced; the compile succeeds.
// RUN: rm -f %t.o
// RUN: %clang_fplugin %s -o %t.o 2>&1 | FileCheck %s
// RUN: test -f %t.o

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
	// CHECK: object-file.c:[[@LINE+1]]:{{[0-9]+}}: warning: MMIO access without an unbind guard in 'foo_ioctl_reset', which can run after unbind [boundscope-unguarded-access]
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
