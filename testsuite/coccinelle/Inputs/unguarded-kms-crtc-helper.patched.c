// Input of testsuite/coccinelle/unguarded-kms-crtc-helper.test: drm_crtc_helper_funcs.
#include "unguarded-kms.h"

/* fires, patched: a void callback writing a register directly */
static void __foo_crtc_atomic_flush(struct drm_crtc *crtc, struct drm_atomic_state *state)
{
	struct foo_device *fdev = to_foo(crtc->dev);

	writel(1, fdev->regs + 0x100);
}

static void foo_crtc_atomic_flush(struct drm_crtc *crtc,
				  struct drm_atomic_state *state)
{
	int idx;

	if (!drm_dev_enter(crtc->dev, &idx))
		return;
	__foo_crtc_atomic_flush(crtc, state);
	drm_dev_exit(idx);
}

/* fires, patched: an int callback, through the header's wrapper macro */
static int __foo_crtc_atomic_check(struct drm_crtc *crtc, struct drm_atomic_state *state)
{
	struct foo_device *fdev = to_foo(crtc->dev);

	if (!state)
		return -EINVAL;
	foo_write(fdev, 0x104, 0);
	return 0;
}

static int foo_crtc_atomic_check(struct drm_crtc *crtc,
				 struct drm_atomic_state *state)
{
	int ret;
	int idx;

	if (!drm_dev_enter(crtc->dev, &idx))
		return -ENODEV;
	ret = __foo_crtc_atomic_check(crtc, state);
	drm_dev_exit(idx);
	return ret;
}

/* fires, patched: not static (another file of the driver may call it) */
static void __foo_crtc_mode_set_nofb(struct drm_crtc *crtc)
{
	foo_write(to_foo(crtc->dev), 0x108, 1);
}

void foo_crtc_mode_set_nofb(struct drm_crtc *crtc)
{
	int idx;

	if (!drm_dev_enter(crtc->dev, &idx))
		return;
	__foo_crtc_mode_set_nofb(crtc);
	drm_dev_exit(idx);
}

/* fires, not patched: returns neither void nor int */
static enum drm_mode_status foo_crtc_mode_valid(struct drm_crtc *crtc,
						 const struct drm_display_mode *mode)
{
	return foo_read(to_foo(crtc->dev), 0x10c) ? MODE_OK : MODE_BAD;
}

/* fires, not patched: takes a guard already, and reads after releasing it */
static void foo_crtc_atomic_disable(struct drm_crtc *crtc, struct drm_atomic_state *state)
{
	struct foo_device *fdev = to_foo(crtc->dev);
	int idx;

	if (drm_dev_enter(crtc->dev, &idx)) {
		foo_write(fdev, 0x110, 0);
		drm_dev_exit(idx);
	}
	foo_read(fdev, 0x114);
}

/* silent: guarded on every path */
static void foo_crtc_atomic_enable(struct drm_crtc *crtc, struct drm_atomic_state *state)
{
	struct foo_device *fdev = to_foo(crtc->dev);
	int idx;

	if (!drm_dev_enter(crtc->dev, &idx))
		return;
	foo_write(fdev, 0x118, 1);
	drm_dev_exit(idx);
}

/* silent: no hardware access */
static void foo_crtc_atomic_begin(struct drm_crtc *crtc, struct drm_atomic_state *state)
{
	crtc->state->event = NULL;
}

/* silent: not in any entry table (called from probe) */
static void foo_crtc_hw_init(struct foo_device *fdev)
{
	writel(0, fdev->regs + 0x11c);
}

static const struct drm_crtc_helper_funcs foo_crtc_helper_funcs = {
	.atomic_check = foo_crtc_atomic_check,
	.atomic_begin = foo_crtc_atomic_begin,
	.atomic_flush = foo_crtc_atomic_flush,
	.atomic_enable = foo_crtc_atomic_enable,
	.atomic_disable = foo_crtc_atomic_disable,
	.mode_set_nofb = foo_crtc_mode_set_nofb,
	.mode_valid = foo_crtc_mode_valid,
};
