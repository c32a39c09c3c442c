// Pins who no-unplug judges (issue 14): only code that owns a drm_device (allocates,
// registers, unregisters or unplugs one, or fills in a struct drm_driver:
// teardown.json owner_calls/owner_structs), and at the unbind root that tears the device down,
// not the first root in the file. Here the component's unbind comes first and never touches
// the drm_device; the platform remove unregisters it without unplugging: the diagnostic sits
// at the remove. With -DCOMPONENT_ONLY the file is a component sub-driver that owns no
// drm_device: no no-unplug, its after-unbind MMIO is reported site by site. With
// -DDRIVER_STRUCT as well, the file fills in a struct drm_driver, so it owns the device and
// the one unbind root it has gets the diagnostic.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// RUN: %bs -DCOMPONENT_ONLY -Xclang -verify=component %s
// RUN: %bs -DCOMPONENT_ONLY -DDRIVER_STRUCT -Xclang -verify=drvstruct %s

#include <linux/io.h>
#include <linux/component.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>
#include <drm/drm_crtc.h>
#include <drm/drm_modeset_helper_vtables.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

static void foo_comp_unbind(struct device *comp, struct device *master, void *data) // drvstruct-warning{{the unbind path starting at 'foo_comp_unbind' never calls 'drm_dev_unplug': 1 entry point that can run after unbind reaches MMIO, and every unbind guard still succeeds}}
{
	struct foo_device *fdev = dev_get_drvdata(comp);

	writel(0, fdev->regs);
}

static const struct component_ops foo_comp_ops = {
	.unbind = foo_comp_unbind,
};

static void foo_crtc_atomic_enable(struct drm_crtc *crtc, struct drm_atomic_state *state)
{
	struct foo_device *fdev = container_of(crtc->dev, struct foo_device, drm);

	writel(1, fdev->regs); // expected-note{{'foo_crtc_atomic_enable', a KMS CRTC helper callback, reaches MMIO here}} drvstruct-note{{'foo_crtc_atomic_enable', a KMS CRTC helper callback, reaches MMIO here}} component-warning{{MMIO access without an unbind guard in 'foo_crtc_atomic_enable'}} component-note{{'foo_crtc_atomic_enable' accesses MMIO with 'writel' here}}
}

static const struct drm_crtc_helper_funcs foo_crtc_helper_funcs = {
	.atomic_enable = foo_crtc_atomic_enable, // component-note{{'foo_crtc_atomic_enable' is a KMS CRTC helper callback, registered here}}
};

#ifdef DRIVER_STRUCT
static void foo_release(struct drm_device *drm)
{
}

static const struct drm_driver foo_drm_driver = {
	.release = foo_release,
};
#endif

#ifndef COMPONENT_ONLY
static void foo_remove(struct platform_device *pdev) // expected-warning{{the unbind path starting at 'foo_remove' never calls 'drm_dev_unplug': 1 entry point that can run after unbind reaches MMIO, and every unbind guard still succeeds}}
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	component_del(&pdev->dev, &foo_comp_ops);
	drm_dev_unregister(&fdev->drm);
}

struct platform_driver foo_driver = {
	.remove = foo_remove,
};
#endif
