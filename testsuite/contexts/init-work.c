// Pins work items registered with INIT_WORK (an assignment to ->func after preprocessing):
// after-unbind when nothing on the unbind path stops them for good (this driver has no remove).
// The registration note sits on the INIT_WORK line. Unguarded fires, guarded is silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/platform_device.h>
#include <linux/workqueue.h>
#include <drm/drm_drv.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct work_struct reset_work;
	struct work_struct idle_work;
};

static void foo_reset_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(work, struct foo_device, reset_work);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_reset_work', which can run after unbind}}
	// expected-note@+1{{'foo_reset_work' accesses MMIO with 'writel' here}}
	writel(1, fdev->regs + 0x10);
}

static void foo_idle_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(work, struct foo_device, idle_work);
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx))
		return;
	writel(0, fdev->regs + 0x18);
	drm_dev_exit(idx);
}

int foo_init_work(struct foo_device *fdev)
{
	INIT_WORK(&fdev->reset_work, foo_reset_work); // expected-note{{'foo_reset_work' is a work item, registered here}} expected-note{{nothing on the unbind path stops it for good}}
	INIT_WORK(&fdev->idle_work, foo_idle_work);
	return 0;
}
