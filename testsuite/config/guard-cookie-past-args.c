// Pins a guard configuration whose cookie argument a call does not have: the configuration
// says foo_hw_enter() takes its cookie from argument 2, but it has two arguments. The caller
// cannot be judged, so it is reported as not analysed (exit 2), never analysed with a
// made-up cookie.
// RUN: %clang_plugin -Xclang -plugin-arg-boundscope -Xclang config=%S/Inputs/guard-cookie-past-args.json -Xclang -verify %s
// RUN: sh -c '%bs --config=%S/Inputs/guard-cookie-past-args.json -Xclang -verify %s; echo exit=$?' 2>&1 | FileCheck %s
// CHECK: boundscope: error: 1 function(s) in {{.*}}guard-cookie-past-args.c could not be analysed
// CHECK: exit=2

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

int foo_hw_enter(struct foo_device *fdev, int *idx);
void foo_hw_exit(int idx);

static int foo_ioctl(struct drm_device *dev, void *data, struct drm_file *file) // expected-warning-re{{boundscope could not analyse 'foo_ioctl': the configuration takes the cookie of 'foo_hw_enter' from argument 2, but the call at line {{[0-9]+}} has 2 arguments}}
{
	struct foo_device *fdev = to_foo(dev);
	int idx;

	if (foo_hw_enter(fdev, &idx))
		return -ENODEV;
	writel(1, fdev->regs);
	foo_hw_exit(idx);
	return 0;
}

#define DRM_IOCTL_FOO	DRM_IO(DRM_COMMAND_BASE + 0x00)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO, foo_ioctl, 0),
};
