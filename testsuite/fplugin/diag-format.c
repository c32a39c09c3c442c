// Pins the printed form of every rule in the three front ends: clang's
// 'file:line:col: warning: <text> [boundscope-<rule>]' followed by its notes, one tag per rule.
// RUN: %clang_fplugin %s -o %t.o 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: %clang_plugin %s 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: %bs %s 2>&1 | FileCheck %s --implicit-check-not=error:

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

#define DRM_IOCTL_FOO_A	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_B	DRM_IO(DRM_COMMAND_BASE + 0x01)
#define DRM_IOCTL_FOO_C	DRM_IO(DRM_COMMAND_BASE + 0x02)
#define DRM_IOCTL_FOO_D	DRM_IO(DRM_COMMAND_BASE + 0x03)

static int foo_ioctl_a(struct drm_device *dev, void *data, struct drm_file *file)
{
	// CHECK-DAG: diag-format.c:[[@LINE+2]]:{{[0-9]+}}: warning: MMIO access without an unbind guard in 'foo_ioctl_a', which can run after unbind [boundscope-unguarded-access]
	// CHECK-DAG: diag-format.c:[[@LINE+1]]:{{[0-9]+}}: note: 'foo_ioctl_a' accesses MMIO with 'writel' here
	writel(1, to_foo(dev)->regs + 0x10);
	return 0;
}

static int foo_ioctl_b(struct drm_device *dev, void *data, struct drm_file *file)
{
	int idx;

	// CHECK-DAG: diag-format.c:[[@LINE+1]]:{{[0-9]+}}: note: unbind guard taken here
	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	writel(1, to_foo(dev)->regs + 0x10);
	// CHECK-DAG: diag-format.c:[[@LINE+1]]:{{[0-9]+}}: warning: 'foo_ioctl_b' can return here with the unbind guard from 'drm_dev_enter' still held [boundscope-guard-leak]
	return 0;
}

static int foo_ioctl_c(struct drm_device *dev, void *data, struct drm_file *file)
{
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	writel(1, to_foo(dev)->regs + 0x10);
	// CHECK-DAG: diag-format.c:[[@LINE+1]]:{{[0-9]+}}: note: the guard was already released here
	drm_dev_exit(idx);
	// CHECK-DAG: diag-format.c:[[@LINE+1]]:{{[0-9]+}}: warning: 'drm_dev_exit' called without a held unbind guard on some path [boundscope-guard-unbalanced]
	drm_dev_exit(idx);
	return 0;
}

static int foo_ioctl_d(struct drm_device *dev, void *data, struct drm_file *file)
{
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	// CHECK-DAG: diag-format.c:[[@LINE+2]]:{{[0-9]+}}: warning: 'drm_dev_unplug' reached while an unbind guard is held; it waits for the guard and deadlocks [boundscope-unplug-in-guard]
	// CHECK-DAG: diag-format.c:[[@LINE+1]]:{{[0-9]+}}: note: 'foo_ioctl_d' calls 'drm_dev_unplug' here
	drm_dev_unplug(dev);
	drm_dev_exit(idx);
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	// CHECK-DAG: diag-format.c:[[@LINE+1]]:{{[0-9]+}}: note: 'foo_ioctl_a' is a DRM ioctl handler, registered here
	DRM_IOCTL_DEF_DRV(FOO_A, foo_ioctl_a, 0),
	DRM_IOCTL_DEF_DRV(FOO_B, foo_ioctl_b, 0),
	DRM_IOCTL_DEF_DRV(FOO_C, foo_ioctl_c, 0),
	DRM_IOCTL_DEF_DRV(FOO_D, foo_ioctl_d, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
