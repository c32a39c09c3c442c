// Input of testsuite/coccinelle/unguarded-kms-encoder-helper.test: drm_encoder_helper_funcs.
#include "unguarded-kms.h"

/* fires, patched: the encoder is switched on with a direct write */
static void foo_encoder_enable(struct drm_encoder *encoder)
{
	struct foo_device *fdev = to_foo(encoder->dev);

	writel(1, fdev->regs + 0x300);
}

/* fires, patched: three parameters, all passed on */
static void foo_encoder_atomic_mode_set(struct drm_encoder *encoder,
					struct drm_crtc_state *crtc_state,
					struct drm_connector_state *conn_state)
{
	foo_write(to_foo(encoder->dev), 0x304, crtc_state->mode.clock);
}

/* fires, not patched: returns neither void nor int */
static enum drm_mode_status foo_encoder_mode_valid(struct drm_encoder *encoder,
						   const struct drm_display_mode *mode)
{
	return readl_relaxed(to_foo(encoder->dev)->regs + 0x308) ? MODE_OK : MODE_BAD;
}

/* silent: guarded on every path */
static void foo_encoder_disable(struct drm_encoder *encoder)
{
	int idx;

	if (!drm_dev_enter(encoder->dev, &idx))
		return;
	foo_write(to_foo(encoder->dev), 0x300, 0);
	drm_dev_exit(idx);
}

/* silent: no hardware access */
static int foo_encoder_atomic_check(struct drm_encoder *encoder,
				    struct drm_crtc_state *crtc_state,
				    struct drm_connector_state *conn_state)
{
	return crtc_state->mode.clock ? 0 : -EINVAL;
}

/* silent: not in any entry table */
static void foo_encoder_hw_reset(struct foo_device *fdev)
{
	writel(0, fdev->regs + 0x30c);
}

static const struct drm_encoder_helper_funcs foo_encoder_helper_funcs = {
	.enable = foo_encoder_enable,
	.disable = foo_encoder_disable,
	.atomic_check = foo_encoder_atomic_check,
	.atomic_mode_set = foo_encoder_atomic_mode_set,
	.mode_valid = foo_encoder_mode_valid,
};
