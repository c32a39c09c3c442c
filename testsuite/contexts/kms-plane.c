// Pins the KMS plane tables: a plane update (drm_plane_helper_funcs) or a legacy plane hook
// (drm_plane_funcs) is after-unbind: unguarded fires, guarded is silent. The DRM panic hooks
// (.get_scanout_buffer, .panic_flush) are bound: drm_dev_unregister() unregisters the panic
// dumper and waits for a dump in flight. drm_plane_funcs .reset is bound (only
// drm_mode_config_reset() calls it).
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_plane.h>
#include <drm/drm_modeset_helper_vtables.h>

#define FOO_PLANE_ADDR	0x20
#define FOO_PLANE_EN	0x24
#define FOO_PLANE_POS	0x28

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct drm_plane plane;
};

#define plane_to_foo(p) container_of(p, struct foo_device, plane)

static void foo_plane_atomic_update(struct drm_plane *plane, struct drm_atomic_state *state)
{
	struct foo_device *fdev = plane_to_foo(plane);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_plane_atomic_update', which can run after unbind}}
	// expected-note@+1{{'foo_plane_atomic_update' accesses MMIO with 'writel' here}}
	writel(plane->state->src_x, fdev->regs + FOO_PLANE_ADDR);
}

static void foo_plane_atomic_disable(struct drm_plane *plane, struct drm_atomic_state *state)
{
	struct foo_device *fdev = plane_to_foo(plane);
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx))
		return;
	writel(0, fdev->regs + FOO_PLANE_EN);
	drm_dev_exit(idx);
}

static void foo_plane_atomic_async_update(struct drm_plane *plane,
					  struct drm_atomic_state *state)
{
	struct foo_device *fdev = plane_to_foo(plane);
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx))
		return;
	writel(plane->state->crtc_x, fdev->regs + FOO_PLANE_POS);
	drm_dev_exit(idx);
}

static int foo_plane_get_scanout_buffer(struct drm_plane *plane, struct drm_scanout_buffer *sb)
{
	return readl(plane_to_foo(plane)->regs + FOO_PLANE_EN) ? 0 : -ENODEV;
}

static void foo_plane_panic_flush(struct drm_plane *plane)
{
	writel(1, plane_to_foo(plane)->regs + FOO_PLANE_EN);
}

static const struct drm_plane_helper_funcs foo_plane_helper_funcs = {
	.atomic_update = foo_plane_atomic_update, // expected-note{{'foo_plane_atomic_update' is a KMS plane helper callback, registered here}}
	.atomic_disable = foo_plane_atomic_disable,
	.atomic_async_update = foo_plane_atomic_async_update,
	.get_scanout_buffer = foo_plane_get_scanout_buffer,
	.panic_flush = foo_plane_panic_flush,
};

static int foo_plane_disable_plane(struct drm_plane *plane, struct drm_modeset_acquire_ctx *ctx)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_plane_disable_plane', which can run after unbind}}
	// expected-note@+1{{'foo_plane_disable_plane' accesses MMIO with 'writel' here}}
	writel(0, plane_to_foo(plane)->regs + FOO_PLANE_EN);
	return 0;
}

static void foo_plane_reset(struct drm_plane *plane)
{
	writel(0, plane_to_foo(plane)->regs + FOO_PLANE_EN);
}

static const struct drm_plane_funcs foo_plane_funcs = {
	.disable_plane = foo_plane_disable_plane, // expected-note{{'foo_plane_disable_plane' is a KMS plane callback, registered here}}
	.reset = foo_plane_reset,
};

static const u32 foo_formats[] = { 0x34325258 };

int foo_plane_init(struct foo_device *fdev)
{
	int ret;

	ret = drm_universal_plane_init(&fdev->drm, &fdev->plane, 1, &foo_plane_funcs,
				       foo_formats, ARRAY_SIZE(foo_formats), NULL,
				       DRM_PLANE_TYPE_PRIMARY, NULL);
	if (ret)
		return ret;
	drm_plane_helper_add(&fdev->plane, &foo_plane_helper_funcs);
	return 0;
}
