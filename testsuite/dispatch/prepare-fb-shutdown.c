// Pins which plane preparation hooks a disabling commit reaches (checker/data/dispatch.json):
// drm_atomic_helper_shutdown() after drm_dev_unplug() in remove runs the plane's
// atomic_disable, so its guard always fails there and the plane is never turned off: fires.
// The core calls prepare_fb and begin_fb_access on every plane there too, but with a NULL
// framebuffer, on which they return before any guard (amdgpu_vkms_prepare_fb's shape): not
// in the disabling commit's dispatch, so their guards are silent. With -DBEFORE the shutdown
// comes before the unplug, where the guard still succeeds: silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// RUN: %bs -Xclang -verify=clean -DBEFORE %s
// clean-no-diagnostics

#include <linux/io.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>
#include <drm/drm_plane.h>
#include <drm/drm_atomic_helper.h>
#include <drm/drm_modeset_helper_vtables.h>

#define FOO_SCANOUT	0x00
#define FOO_PLANE_CTRL	0x04

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct drm_plane plane;
};

#define plane_to_foo(p) container_of(p, struct foo_device, plane)

static int foo_plane_prepare_fb(struct drm_plane *plane, struct drm_plane_state *new_state)
{
	struct foo_device *fdev = plane_to_foo(plane);
	int idx;

	if (!new_state->fb)
		return 0;
	if (!drm_dev_enter(&fdev->drm, &idx))
		return -ENODEV;
	writel(1, fdev->regs + FOO_SCANOUT);
	drm_dev_exit(idx);
	return 0;
}

static int foo_plane_begin_fb_access(struct drm_plane *plane, struct drm_plane_state *new_state)
{
	struct foo_device *fdev = plane_to_foo(plane);
	int idx;

	if (!new_state->fb)
		return 0;
	if (!drm_dev_enter(&fdev->drm, &idx))
		return -ENODEV;
	readl(fdev->regs + FOO_SCANOUT);
	drm_dev_exit(idx);
	return 0;
}

static void foo_plane_atomic_disable(struct drm_plane *plane, struct drm_atomic_state *state)
{
	struct foo_device *fdev = plane_to_foo(plane);
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx)) // expected-note{{'foo_plane_atomic_disable' calls 'drm_dev_enter' here}}
		return;
	writel(0, fdev->regs + FOO_PLANE_CTRL);
	drm_dev_exit(idx);
}

static const struct drm_plane_helper_funcs foo_plane_helper_funcs = {
	.prepare_fb = foo_plane_prepare_fb,
	.begin_fb_access = foo_plane_begin_fb_access,
	.atomic_disable = foo_plane_atomic_disable,
};

static void foo_remove(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

#ifdef BEFORE
	drm_atomic_helper_shutdown(&fdev->drm);
	drm_dev_unplug(&fdev->drm);
#else
	drm_dev_unplug(&fdev->drm); // expected-note{{'foo_remove' unplugs the device here}}
	// expected-warning@+2{{unbind guard taken on the unbind path after 'drm_dev_unplug'}}
	// expected-note@+1{{'foo_remove' calls 'drm_atomic_helper_shutdown' here, which calls 'foo_plane_atomic_disable' through 'drm_plane_helper_funcs.atomic_disable'}}
	drm_atomic_helper_shutdown(&fdev->drm);
#endif
}

static struct platform_driver foo_driver = {
	.remove = foo_remove,
};
