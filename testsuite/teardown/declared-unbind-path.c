// Pins project annotations for what code cannot show: a function declared part of the unbind
// path (an unplug sequence a work item runs serialised with remove) neither demands bound
// scope from the work item that calls it, and a driver predicate declared a guard
// ("enter" with no "exit") covers the branch where it tested true. Without the configuration
// both are findings.
// RUN: %clang_plugin -Xclang -plugin-arg-boundscope -Xclang config=%S/Inputs/unbind-path.json -Xclang -plugin-arg-boundscope -Xclang config=%S/Inputs/predicate.json -Xclang -verify=with %s
// RUN: %bs --config=%S/Inputs/unbind-path.json --config=%S/Inputs/predicate.json -Xclang -verify=with %s
// RUN: %bs -Xclang -verify=without %s
// with-no-diagnostics

#include <linux/io.h>
#include <linux/workqueue.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct work_struct reset_work;
	bool present;
};

static bool foo_hw_present(struct foo_device *fdev)
{
	return fdev->present;
}

/* Called from remove and, on a fatal error, from the reset work; remove waits for it. */
static void foo_unplug_and_stop(struct foo_device *fdev)
{
	drm_dev_unplug(&fdev->drm);
	writel(0, fdev->regs);
}

static void foo_reset_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(work, struct foo_device, reset_work);
	int idx;

	if (foo_hw_present(fdev))
		writel(1, fdev->regs); // without-warning{{MMIO access without an unbind guard in 'foo_reset_work'}} without-note{{'foo_reset_work' accesses MMIO with 'writel' here}}
	if (drm_dev_enter(&fdev->drm, &idx)) {
		writel(2, fdev->regs);
		drm_dev_exit(idx);
		return;
	}
	foo_unplug_and_stop(fdev); // without-warning{{MMIO access without an unbind guard in 'foo_reset_work'}} without-note{{'foo_reset_work' calls 'foo_unplug_and_stop' here}}
}

static int foo_probe(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	INIT_WORK(&fdev->reset_work, foo_reset_work); // without-note 2 {{'foo_reset_work' is a work item, registered here}} without-note 2 {{nothing on the unbind path stops it for good}}
	return 0;
}

static void foo_remove(struct platform_device *pdev)
{
	foo_unplug_and_stop(platform_get_drvdata(pdev));
}

struct platform_driver foo_driver = {
	.probe = foo_probe,
	.remove = foo_remove,
};
// without-note@32{{'foo_unplug_and_stop' accesses MMIO with 'writel' here}}
