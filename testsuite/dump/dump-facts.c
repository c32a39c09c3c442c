// Pins --dump-facts: registrations, each function's context and summary, its blocks with
// their branch conditions, and its events with the guard state the analysis computed.
// RUN: %bs --dump-facts %s 2>/dev/null | FileCheck %s
// RUN: %clang_plugin -Xclang -plugin-arg-boundscope -Xclang dump-facts %s 2>/dev/null | FileCheck %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	u32 *shared;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

static void foo_kick(struct foo_device *fdev)
{
	writel(1, fdev->regs + 4);
	(void)readl((void __force __iomem *)fdev->shared);
}

static int foo_ioctl(struct drm_device *dev, void *data, struct drm_file *file)
{
	bool ok;
	int idx;

	ok = drm_dev_enter(dev, &idx);
	if (!ok)
		return -ENODEV;
	foo_kick(to_foo(dev));
	drm_dev_exit(idx);
	return 0;
}

#define DRM_IOCTL_FOO	DRM_IO(DRM_COMMAND_BASE + 0x00)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO, foo_ioctl, 0),
};

// CHECK: registration foo_ioctl in field (struct drm_ioctl_desc).func for var:foo_ioctls at {{.*}}dump-facts.c:40:2
// CHECK-LABEL: function foo_kick at {{.*}}dump-facts.c:18:13 static driver
// CHECK-NEXT: context: none (not an entry point)
// CHECK-NEXT: summary: demands bound scope (depth 0), no unplug, guard balanced
// CHECK: access writel [iomem] {unguarded}
// CHECK: access readl [plain-memory] {unguarded}
// CHECK-LABEL: function foo_ioctl at {{.*}}dump-facts.c:24:12 static driver
// CHECK-NEXT: context: after-unbind (DRM ioctl handler, registered at {{.*}}dump-facts.c:40:2)
// CHECK-NEXT: summary: no demand, no unplug, guard balanced
// CHECK: branch-on: !ok#{{[0-9]+}}
// CHECK-NEXT: call drm_dev_enter(arg0=dev#{{[0-9]+}} arg1=idx#{{[0-9]+}}) -> call#{{[0-9]+}} {unguarded}
// CHECK-NEXT: store ok#{{[0-9]+}} = drm_dev_enter(dev#{{[0-9]+}})=call#{{[0-9]+}}
// CHECK: call foo_kick() -> call#{{[0-9]+}} {guarded}
// CHECK: call drm_dev_exit(arg0=idx#{{[0-9]+}}) -> call#{{[0-9]+}} {guarded}
