// Pins the header-inline survey (--list-header-inlines, the data behind header-inlines.json):
// every function defined outside the driver whose body the analysis reads is listed with why;
// inert helpers, accessors themselves and the driver's own functions are not. The survey
// parses every body and prints no findings.
// RUN: rm -rf %t && mkdir -p %t/drv && cp %s %t/drv/drv.c
// RUN: %bs -isystem %S/Inputs --list-header-inlines %t/drv/drv.c > %t/out 2> %t/err
// RUN: FileCheck %s < %t/out
// RUN: FileCheck --check-prefix=NEG %s < %t/out
// RUN: not grep warning %t/err
// RUN: %clang_plugin -isystem %S/Inputs -Xclang -plugin-arg-boundscope -Xclang list-header-inlines \
// RUN:   %t/drv/drv.c | FileCheck %s
//
// CHECK-DAG: {{^}}header-inline	iosys_map_memset	{{.*}}iosys-map.h:15	calls memset_io{{$}}
// CHECK-DAG: {{^}}header-inline	bs_test_unlisted_poke	{{.*}}	calls writel{{$}}
// CHECK-DAG: {{^}}header-inline	bs_test_go	{{.*}}	calls through bs_test_ops.go{{$}}
// CHECK-DAG: {{^}}header-inline	bs_test_take	{{.*}}	takes a function pointer{{$}}
// CHECK-DAG: {{^}}header-inline	bs_test_enter	{{.*}}	calls drm_dev_enter{{$}}
// CHECK-DAG: {{^}}header-inline	bs_test_outer	{{.*}}	calls iosys_map_memset{{$}}
// NEG-NOT: bs_test_inert
// NEG-NOT: {{	(writel|readl|drm_dev_enter|drm_dev_exit|foo_ioctl_clear)	}}

#include <linux/iosys-map.h>
#include <drm/drm_ioctl.h>

struct foo_device {
	struct drm_device drm;
	struct iosys_map map;
};

static int foo_ioctl_clear(struct drm_device *dev, void *data, struct drm_file *file)
{
	iosys_map_memset(&container_of(dev, struct foo_device, drm)->map, 0, 0, 4);
	return 0;
}

#define DRM_IOCTL_FOO_CLEAR	DRM_IO(DRM_COMMAND_BASE + 0)
static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_CLEAR, foo_ioctl_clear, DRM_RENDER_ALLOW),
};
const struct drm_driver foo_drm_driver = { .ioctls = foo_ioctls, .num_ioctls = 1 };
