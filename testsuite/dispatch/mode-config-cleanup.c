// Pins the DRM core's dispatch in the teardown model: a work item a CRTC's .destroy hook
// disables is stopped on the unbind path when remove runs drm_mode_config_cleanup(), which
// calls every CRTC's .destroy (dispatch.json): silent. Without that call (-DNO_CLEANUP)
// nothing on the unbind path stops it, and its unguarded register write fires.
// RUN: %clang_plugin -Xclang -verify=clean %s
// RUN: %bs -Xclang -verify=clean %s
// RUN: %clang_plugin -Xclang -verify -DNO_CLEANUP %s
// RUN: %bs -Xclang -verify -DNO_CLEANUP %s
// clean-no-diagnostics

#include <linux/io.h>
#include <linux/workqueue.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>
#include <drm/drm_crtc.h>
#include <drm/drm_mode_config.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct drm_crtc crtc;
	struct work_struct psr_work;
};

#define crtc_to_foo(c) container_of(c, struct foo_device, crtc)

static void foo_psr_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(work, struct foo_device, psr_work);

	writel(1, fdev->regs); // expected-warning{{MMIO access without an unbind guard in 'foo_psr_work', which can run after unbind}} expected-note{{'foo_psr_work' accesses MMIO with 'writel' here}}
}

static void foo_crtc_destroy(struct drm_crtc *crtc)
{
	struct foo_device *fdev = crtc_to_foo(crtc);

	disable_work_sync(&fdev->psr_work);
}

static const struct drm_crtc_funcs foo_crtc_funcs = {
	.destroy = foo_crtc_destroy,
};

static int foo_probe(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	INIT_WORK(&fdev->psr_work, foo_psr_work); // expected-note{{'foo_psr_work' is a work item, registered here}} expected-note{{nothing on the unbind path stops it for good}}
	schedule_work(&fdev->psr_work); // expected-note{{'foo_psr_work' is queued here}}
	return 0;
}

static void foo_remove(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	drm_dev_unplug(&fdev->drm);
#ifndef NO_CLEANUP
	drm_mode_config_cleanup(&fdev->drm);
#endif
}

struct platform_driver foo_driver = {
	.probe = foo_probe,
	.remove = foo_remove,
};
