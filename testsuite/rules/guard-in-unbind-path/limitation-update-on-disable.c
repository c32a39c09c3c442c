// Limitation (docs/rules/guard-in-unbind-path.md, "Limitations"): a disabling commit
// (drm_atomic_helper_shutdown) is not followed into plane atomic_update, which the core calls
// with a NULL framebuffer for a plane without atomic_disable (checker/data/dispatch.json,
// docs/contexts.md "The DRM core's dispatch"). A plane turned off under a guard in its
// atomic_update, reached from a shutdown after the unplug, is not reported. Expected to fail
// until the limitation is lifted; then update the page and drop XFAIL.
// XFAIL: *
// RUN: %bs -Xclang -verify -Xclang -verify-ignore-unexpected=note %s

#include <linux/io.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>
#include <drm/drm_atomic_helper.h>
#include <drm/drm_plane.h>
#include <drm/drm_modeset_helper_vtables.h>

#define FOO_PLANE_CTRL	0x20

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct drm_plane plane;
};

#define plane_to_foo(p) container_of(p, struct foo_device, plane)

static void foo_plane_atomic_update(struct drm_plane *plane, struct drm_atomic_state *state)
{
	struct drm_plane_state *new_state = plane->state;
	struct foo_device *fdev = plane_to_foo(plane);
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx)) // expected-warning{{unbind guard taken on the unbind path after 'drm_dev_unplug'}}
		return;
	writel(new_state->fb ? 1 : 0, fdev->regs + FOO_PLANE_CTRL);
	drm_dev_exit(idx);
}

static const struct drm_plane_helper_funcs foo_plane_helper_funcs = {
	.atomic_update = foo_plane_atomic_update,
};

static void foo_remove(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	drm_dev_unplug(&fdev->drm);
	drm_atomic_helper_shutdown(&fdev->drm);
}

struct platform_driver foo_driver = {
	.remove = foo_remove,
};
