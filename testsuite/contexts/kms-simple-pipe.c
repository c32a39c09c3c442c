// Pins drm_simple_display_pipe_funcs: the simple-KMS helpers call them from commits, so an
// unguarded pipe update fires and a guarded enable is silent; .reset_crtc/.reset_plane run only
// from drm_mode_config_reset() and are bound.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_simple_kms_helper.h>

#define FOO_SCANOUT	0x00
#define FOO_ENABLE	0x04

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct drm_simple_display_pipe pipe;
	struct drm_connector connector;
};

#define pipe_to_foo(p) container_of(p, struct foo_device, pipe)

static void foo_pipe_update(struct drm_simple_display_pipe *pipe,
			    struct drm_plane_state *old_state)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_pipe_update', which can run after unbind}}
	// expected-note@+1{{'foo_pipe_update' accesses MMIO with 'writel' here}}
	writel(pipe->plane.state->src_x, pipe_to_foo(pipe)->regs + FOO_SCANOUT);
}

static void foo_pipe_enable(struct drm_simple_display_pipe *pipe,
			    struct drm_crtc_state *crtc_state,
			    struct drm_plane_state *plane_state)
{
	struct foo_device *fdev = pipe_to_foo(pipe);
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx))
		return;
	writel(1, fdev->regs + FOO_ENABLE);
	drm_dev_exit(idx);
}

static void foo_pipe_reset_crtc(struct drm_simple_display_pipe *pipe)
{
	writel(0, pipe_to_foo(pipe)->regs + FOO_ENABLE);
}

static const struct drm_simple_display_pipe_funcs foo_pipe_funcs = {
	.update = foo_pipe_update, // expected-note{{'foo_pipe_update' is a simple display pipe callback, registered here}}
	.enable = foo_pipe_enable,
	.reset_crtc = foo_pipe_reset_crtc,
};

static const u32 foo_formats[] = { 0x34325258 };

int foo_pipe_init(struct foo_device *fdev)
{
	return drm_simple_display_pipe_init(&fdev->drm, &fdev->pipe, &foo_pipe_funcs, foo_formats,
					    ARRAY_SIZE(foo_formats), NULL, &fdev->connector);
}
