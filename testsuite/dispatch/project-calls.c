// Pins a dispatch entry written with "calls" (checker/data/dispatch.json composes its lists the
// same way): a project declares that its own helper library function foo_lib_teardown(), not in
// the analysed code, calls drm_atomic_helper_shutdown(); remove calls it after drm_dev_unplug(),
// so the guarded CRTC atomic_disable that the shutdown runs is reached with the guard always
// failing: fires, and the note names the hop. Without the configuration the library function
// is opaque: silent.
// RUN: %clang_plugin -Xclang -plugin-arg-boundscope -Xclang config=%S/Inputs/foo-dispatch.json -Xclang -verify %s
// RUN: %bs --config=%S/Inputs/foo-dispatch.json -Xclang -verify %s
// RUN: %bs -Xclang -verify=without %s
// without-no-diagnostics

#include <linux/io.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>
#include <drm/drm_crtc.h>
#include <drm/drm_modeset_helper_vtables.h>

#define FOO_CTRL	0x00

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct drm_crtc crtc;
};

#define crtc_to_foo(c) container_of(c, struct foo_device, crtc)

void foo_lib_teardown(struct drm_device *drm);

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

	drm_dev_unplug(&fdev->drm); // expected-note{{'foo_remove' unplugs the device here}}
	// expected-warning@+2{{unbind guard taken on the unbind path after 'drm_dev_unplug'}}
	// expected-note@+1{{'foo_remove' calls 'foo_lib_teardown' here, which calls 'foo_crtc_atomic_disable' through 'drm_crtc_helper_funcs.atomic_disable'}}
	foo_lib_teardown(&fdev->drm);
}

struct platform_driver foo_driver = {
	.remove = foo_remove,
};
