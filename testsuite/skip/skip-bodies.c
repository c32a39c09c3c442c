// Pins body skipping in check-only parses: kernel-header bodies are not parsed unless the
// header-inline table names them (iosys_map_memset is in the shipped table, the unlisted
// helper is not); the driver's own files, its own headers included, are always parsed;
// --no-skip-bodies, a project table entry and a real compile (-fplugin with -c) parse them all.
// The file is copied into a directory of its own, so that Inputs/linux is a kernel header
// directory and Inputs/drv/foo_regs.h is the driver's own header.
// RUN: rm -rf %t && mkdir -p %t/drv && cp %s %t/drv/drv.c && cp %S/Inputs/drv/foo_regs.h %t/drv/
// RUN: %bs -isystem %S/Inputs %t/drv/drv.c 2>&1 | FileCheck --check-prefixes=BOTH,SKIP %s
// RUN: %clang_plugin -isystem %S/Inputs %t/drv/drv.c 2>&1 | FileCheck --check-prefixes=BOTH,SKIP %s
// RUN: %clang -fsyntax-only -nostdinc -isystem %kinc -isystem %S/Inputs -fplugin=%plugin %t/drv/drv.c 2>&1 \
// RUN:   | FileCheck --check-prefixes=BOTH,SKIP %s
// RUN: %bs -isystem %S/Inputs --no-skip-bodies %t/drv/drv.c 2>&1 | FileCheck --check-prefixes=BOTH,ALL %s
// RUN: %bs -isystem %S/Inputs --config=%S/Inputs/keep.json %t/drv/drv.c 2>&1 \
// RUN:   | FileCheck --check-prefixes=BOTH,ALL %s
// RUN: %clang_fplugin -isystem %S/Inputs %t/drv/drv.c -o %t/drv.o 2>&1 | FileCheck --check-prefixes=BOTH,ALL %s
// RUN: %clang_plugin -isystem %S/Inputs -Xclang -plugin-arg-boundscope -Xclang no-skip-bodies \
// RUN:   %t/drv/drv.c 2>&1 | FileCheck --check-prefixes=BOTH,ALL %s
//
// BOTH: drv.c:[[@LINE+27]]:2: warning: MMIO access without an unbind guard in 'foo_ioctl_clear'
// BOTH: note: 'iosys_map_memset' accesses MMIO with 'memset_io' here
// SKIP-NOT: foo_ioctl_poke'
// ALL: drv.c:[[@LINE+30]]:2: warning: MMIO access without an unbind guard in 'foo_ioctl_poke'
// ALL: note: 'bs_test_unlisted_poke' accesses MMIO with 'writel' here
// BOTH: drv.c:[[@LINE+34]]:2: warning: MMIO access without an unbind guard in 'foo_ioctl_ring'
// BOTH: foo_regs.h:7:2: note: 'foo_ring' accesses MMIO with 'writel' here

#include <linux/io.h>
#include <linux/iosys-map.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>
#include "foo_regs.h"

struct foo_device {
	struct drm_device drm;
	struct iosys_map map;
	void __iomem *doorbell;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)
#define DRM_IOCTL_FOO_CLEAR	DRM_IO(DRM_COMMAND_BASE + 0)
#define DRM_IOCTL_FOO_POKE	DRM_IO(DRM_COMMAND_BASE + 1)
#define DRM_IOCTL_FOO_RING	DRM_IO(DRM_COMMAND_BASE + 2)

static int foo_ioctl_clear(struct drm_device *dev, void *data, struct drm_file *file)
{
	iosys_map_memset(&to_foo(dev)->map, 0, 0, bs_test_inert(64, 16));
	return 0;
}

static int foo_ioctl_poke(struct drm_device *dev, void *data, struct drm_file *file)
{
	bs_test_unlisted_poke(&to_foo(dev)->map);
	return 0;
}

static int foo_ioctl_ring(struct drm_device *dev, void *data, struct drm_file *file)
{
	foo_ring(to_foo(dev)->doorbell);
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_CLEAR, foo_ioctl_clear, DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(FOO_POKE, foo_ioctl_poke, DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(FOO_RING, foo_ioctl_ring, DRM_RENDER_ALLOW),
};

const struct drm_driver foo_drm_driver = {
	.name = "foo",
	.driver_features = DRIVER_GEM | DRIVER_RENDER,
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
