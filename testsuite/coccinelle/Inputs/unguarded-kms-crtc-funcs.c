// Input of testsuite/coccinelle/unguarded-kms-crtc-funcs.test: drm_crtc_funcs.
#include "unguarded-kms.h"

/* fires, patched: vblank enable, called from vblank waits and events */
static int foo_crtc_enable_vblank(struct drm_crtc *crtc)
{
	struct foo_device *fdev = to_foo(crtc->dev);

	foo_write(fdev, 0x500, 1);
	return 0;
}

/* fires, patched: vblank disable, from the vblank disable timer */
static void foo_crtc_disable_vblank(struct drm_crtc *crtc)
{
	writel(0, to_foo(crtc->dev)->regs + 0x500);
}

/* fires, not patched: returns neither void nor int */
static u32 foo_crtc_get_vblank_counter(struct drm_crtc *crtc)
{
	return foo_read(to_foo(crtc->dev), 0x504);
}

/* silent: guarded on every path */
static int foo_crtc_set_crc_source(struct drm_crtc *crtc, const char *source)
{
	int idx;

	if (!drm_dev_enter(crtc->dev, &idx))
		return -ENODEV;
	foo_write(to_foo(crtc->dev), 0x508, source != NULL);
	drm_dev_exit(idx);
	return 0;
}

/* silent: no hardware access */
static void foo_crtc_destroy(struct drm_crtc *crtc)
{
	drm_crtc_cleanup(crtc);
}

/* silent: not in any entry table */
static void foo_crtc_irq_ack(struct foo_device *fdev)
{
	foo_write(fdev, 0x50c, 1);
}

static const struct drm_crtc_funcs foo_crtc_funcs = {
	.reset = drm_atomic_helper_crtc_reset,
	.destroy = foo_crtc_destroy,
	.set_config = drm_atomic_helper_set_config,
	.page_flip = drm_atomic_helper_page_flip,
	.enable_vblank = foo_crtc_enable_vblank,
	.disable_vblank = foo_crtc_disable_vblank,
	.get_vblank_counter = foo_crtc_get_vblank_counter,
	.set_crc_source = foo_crtc_set_crc_source,
};
