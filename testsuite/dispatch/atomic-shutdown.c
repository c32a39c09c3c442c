// Pins the DRM core's dispatch (checker/data/dispatch.json) in guard-in-unbind-path:
// drm_atomic_helper_shutdown() runs the disable-side KMS callbacks synchronously, so called
// after drm_dev_unplug() in remove it reaches a guarded CRTC atomic_disable whose
// drm_dev_enter() always fails there: the CRTC is never turned off on unbind. The chain shows
// the core hop. Called before the unplug (-DBEFORE), the same guard is silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// RUN: %clang_plugin -Xclang -verify=before -DBEFORE %s
// RUN: %bs -Xclang -verify=before -DBEFORE %s
// before-no-diagnostics

#include <linux/io.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>
#include <drm/drm_crtc.h>
#include <drm/drm_atomic_helper.h>
#include <drm/drm_modeset_helper_vtables.h>

#define FOO_CTRL	0x00

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct drm_crtc crtc;
};

#define crtc_to_foo(c) container_of(c, struct foo_device, crtc)

static void foo_crtc_atomic_disable(struct drm_crtc *crtc, struct drm_atomic_state *state)
{
	struct foo_device *fdev = crtc_to_foo(crtc);
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx)) // expected-note{{'foo_crtc_atomic_disable' calls 'drm_dev_enter' here}}
		return;
	writel(0, fdev->regs + FOO_CTRL);
	drm_dev_exit(idx);
}

static const struct drm_crtc_helper_funcs foo_crtc_helper_funcs = {
	.atomic_disable = foo_crtc_atomic_disable,
};

static void foo_remove(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

#ifdef BEFORE
	drm_atomic_helper_shutdown(&fdev->drm);
	drm_dev_unplug(&fdev->drm);
#else
	drm_dev_unplug(&fdev->drm); // expected-note{{'foo_remove' unplugs the device here}}
	// expected-warning@+2{{unbind guard taken on the unbind path after 'drm_dev_unplug': it always fails there, so the hardware programming it protects never runs on unbind}}
	// expected-note@+1{{'foo_remove' calls 'drm_atomic_helper_shutdown' here, which calls 'foo_crtc_atomic_disable' through 'drm_crtc_helper_funcs.atomic_disable'}}
	drm_atomic_helper_shutdown(&fdev->drm);
#endif
}

struct platform_driver foo_driver = {
	.remove = foo_remove,
};
