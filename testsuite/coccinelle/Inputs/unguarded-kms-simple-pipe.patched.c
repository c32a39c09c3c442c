// Input of testsuite/coccinelle/unguarded-kms-simple-pipe.test: drm_simple_display_pipe_funcs.
#include "unguarded-kms.h"

/* fires, patched: the update writes the framebuffer through a memcpy_toio */
static void __foo_pipe_update(struct drm_simple_display_pipe *pipe,
			    struct drm_plane_state *old_state)
{
	struct foo_device *fdev = to_foo(pipe->crtc.dev);

	memcpy_toio(fdev->regs + 0x1000, old_state, 64);
}

static void foo_pipe_update(struct drm_simple_display_pipe *pipe,
			    struct drm_plane_state *old_state)
{
	int idx;

	if (!drm_dev_enter(pipe->crtc.dev, &idx))
		return;
	__foo_pipe_update(pipe, old_state);
	drm_dev_exit(idx);
}

/* fires, patched: an int callback */
static int __foo_pipe_enable_vblank(struct drm_simple_display_pipe *pipe)
{
	foo_write(to_foo(pipe->crtc.dev), 0x400, 1);
	return 0;
}

static int foo_pipe_enable_vblank(struct drm_simple_display_pipe *pipe)
{
	int ret;
	int idx;

	if (!drm_dev_enter(pipe->crtc.dev, &idx))
		return -ENODEV;
	ret = __foo_pipe_enable_vblank(pipe);
	drm_dev_exit(idx);
	return ret;
}

/* fires, not patched: the access is after the guard was released */
static void foo_pipe_enable(struct drm_simple_display_pipe *pipe,
			    struct drm_crtc_state *crtc_state,
			    struct drm_plane_state *plane_state)
{
	struct foo_device *fdev = to_foo(pipe->crtc.dev);
	int idx;

	if (!drm_dev_enter(pipe->crtc.dev, &idx))
		return;
	foo_write(fdev, 0x404, 1);
	drm_dev_exit(idx);
	foo_write(fdev, 0x408, 1);
}

/* silent: guarded on every path */
static void foo_pipe_disable(struct drm_simple_display_pipe *pipe)
{
	struct foo_device *fdev = to_foo(pipe->crtc.dev);
	int idx;

	if (!drm_dev_enter(pipe->crtc.dev, &idx))
		return;
	foo_write(fdev, 0x404, 0);
	drm_dev_exit(idx);
}

/* silent: no hardware access */
static void foo_pipe_disable_vblank(struct drm_simple_display_pipe *pipe)
{
	pipe->crtc.state = NULL;
}

/* silent: not in any entry table */
static void foo_pipe_hw_init(struct foo_device *fdev)
{
	foo_write(fdev, 0x40c, 0);
}

static const struct drm_simple_display_pipe_funcs foo_pipe_funcs = {
	.enable = foo_pipe_enable,
	.disable = foo_pipe_disable,
	.update = foo_pipe_update,
	.enable_vblank = foo_pipe_enable_vblank,
	.disable_vblank = foo_pipe_disable_vblank,
};
