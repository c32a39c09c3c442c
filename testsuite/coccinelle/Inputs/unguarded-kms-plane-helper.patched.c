// Input of testsuite/coccinelle/unguarded-kms-plane-helper.test: drm_plane_helper_funcs.
#include "unguarded-kms.h"

/* fires, patched: the plane update writes the scanout address */
static void __foo_plane_atomic_update(struct drm_plane *plane, struct drm_atomic_state *state)
{
	struct foo_device *fdev = to_foo(plane->dev);

	foo_write(fdev, 0x200, 0x1000);
	foo_write(fdev, 0x204, 1);
}

static void foo_plane_atomic_update(struct drm_plane *plane,
				    struct drm_atomic_state *state)
{
	int idx;

	if (!drm_dev_enter(plane->dev, &idx))
		return;
	__foo_plane_atomic_update(plane, state);
	drm_dev_exit(idx);
}

/* fires, patched: an int callback, with a direct iowrite32 after an early return */
static int __foo_plane_prepare_fb(struct drm_plane *plane, struct drm_plane_state *new_state)
{
	struct foo_device *fdev = to_foo(plane->dev);

	if (!new_state->fb)
		return 0;
	iowrite32(0, fdev->regs + 0x208);
	return 0;
}

static int foo_plane_prepare_fb(struct drm_plane *plane,
				struct drm_plane_state *new_state)
{
	int ret;
	int idx;

	if (!drm_dev_enter(plane->dev, &idx))
		return -ENODEV;
	ret = __foo_plane_prepare_fb(plane, new_state);
	drm_dev_exit(idx);
	return ret;
}

/* fires, not patched: an access in the branch where drm_dev_enter failed */
static void foo_plane_atomic_disable(struct drm_plane *plane, struct drm_atomic_state *state)
{
	struct foo_device *fdev = to_foo(plane->dev);
	int idx;

	if (!drm_dev_enter(plane->dev, &idx)) {
		foo_write(fdev, 0x20c, 0);
		return;
	}
	foo_write(fdev, 0x20c, 0);
	drm_dev_exit(idx);
}

/* silent: guarded in the positive form, nothing after the block */
static void foo_plane_atomic_async_update(struct drm_plane *plane,
					  struct drm_atomic_state *state)
{
	struct foo_device *fdev = to_foo(plane->dev);
	int idx;

	if (drm_dev_enter(plane->dev, &idx)) {
		foo_write(fdev, 0x210, 1);
		drm_dev_exit(idx);
	}
}

/* silent: no hardware access */
static int foo_plane_atomic_check(struct drm_plane *plane, struct drm_atomic_state *state)
{
	return state ? 0 : -EINVAL;
}

/* silent: not in any entry table */
static void foo_plane_not_registered(struct drm_plane *plane)
{
	foo_write(to_foo(plane->dev), 0x214, 0);
}

static const struct drm_plane_helper_funcs foo_plane_helper_funcs = {
	.prepare_fb = foo_plane_prepare_fb,
	.atomic_check = foo_plane_atomic_check,
	.atomic_update = foo_plane_atomic_update,
	.atomic_disable = foo_plane_atomic_disable,
	.atomic_async_update = foo_plane_atomic_async_update,
};
