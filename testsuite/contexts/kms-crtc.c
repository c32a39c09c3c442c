// Pins the KMS CRTC tables: drm_crtc_helper_funcs and drm_crtc_funcs callbacks are
// after-unbind (core KMS ioctls, nonblocking commit tails and the fbdev damage worker reach
// them after drm_dev_unplug()): an unguarded register write in a CRTC flush or a vblank enable
// fires, the guarded ones are silent. Exceptions by field: .reset (only drm_mode_config_reset()
// calls it), .late_register/.early_unregister (drm_dev_register()/drm_dev_unregister()) and the
// CRC debugfs hooks that debugfs removal drains are bound; .set_crc_source is not (the CRC
// file's release runs after removal).
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_crtc.h>
#include <drm/drm_modeset_helper_vtables.h>

#define FOO_CTRL	0x00
#define FOO_IRQ_EN	0x04
#define FOO_FLUSH	0x08
#define FOO_CRC		0x0c

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct drm_crtc crtc;
};

#define crtc_to_foo(c) container_of(c, struct foo_device, crtc)

static void foo_crtc_atomic_flush(struct drm_crtc *crtc, struct drm_atomic_state *state)
{
	struct foo_device *fdev = crtc_to_foo(crtc);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_crtc_atomic_flush', which can run after unbind}}
	// expected-note@+1{{'foo_crtc_atomic_flush' accesses MMIO with 'writel' here}}
	writel(1, fdev->regs + FOO_FLUSH);
}

static void foo_crtc_atomic_enable(struct drm_crtc *crtc, struct drm_atomic_state *state)
{
	struct foo_device *fdev = crtc_to_foo(crtc);
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx))
		return;
	writel(1, fdev->regs + FOO_CTRL);
	drm_dev_exit(idx);
}

static void foo_crtc_atomic_disable(struct drm_crtc *crtc, struct drm_atomic_state *state)
{
	struct foo_device *fdev = crtc_to_foo(crtc);
	int idx;

	if (drm_dev_enter(&fdev->drm, &idx)) {
		writel(0, fdev->regs + FOO_CTRL);
		drm_dev_exit(idx);
	}
}

static const struct drm_crtc_helper_funcs foo_crtc_helper_funcs = {
	.atomic_flush = foo_crtc_atomic_flush, // expected-note{{'foo_crtc_atomic_flush' is a KMS CRTC helper callback, registered here}}
	.atomic_enable = foo_crtc_atomic_enable,
	.atomic_disable = foo_crtc_atomic_disable,
};

static int foo_crtc_enable_vblank(struct drm_crtc *crtc)
{
	struct foo_device *fdev = crtc_to_foo(crtc);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_crtc_enable_vblank', which can run after unbind}}
	// expected-note@+1{{'foo_crtc_enable_vblank' accesses MMIO with 'writel' here}}
	writel(1, fdev->regs + FOO_IRQ_EN);
	return 0;
}

static void foo_crtc_disable_vblank(struct drm_crtc *crtc)
{
	struct foo_device *fdev = crtc_to_foo(crtc);
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx))
		return;
	writel(0, fdev->regs + FOO_IRQ_EN);
	drm_dev_exit(idx);
}

static void foo_crtc_reset(struct drm_crtc *crtc)
{
	writel(0, crtc_to_foo(crtc)->regs + FOO_CTRL);
}

static int foo_crtc_late_register(struct drm_crtc *crtc)
{
	return readl(crtc_to_foo(crtc)->regs + FOO_CTRL) ? 0 : -ENODEV;
}

static void foo_crtc_early_unregister(struct drm_crtc *crtc)
{
	writel(0, crtc_to_foo(crtc)->regs + FOO_IRQ_EN);
}

static int foo_crtc_verify_crc_source(struct drm_crtc *crtc, const char *source,
				      size_t *values_cnt)
{
	*values_cnt = readl(crtc_to_foo(crtc)->regs + FOO_CRC);
	return 0;
}

static int foo_crtc_set_crc_source(struct drm_crtc *crtc, const char *source)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_crtc_set_crc_source', which can run after unbind}}
	// expected-note@+1{{'foo_crtc_set_crc_source' accesses MMIO with 'writel' here}}
	writel(source ? 1 : 0, crtc_to_foo(crtc)->regs + FOO_CRC);
	return 0;
}

static const struct drm_crtc_funcs foo_crtc_funcs = {
	.reset = foo_crtc_reset,
	.late_register = foo_crtc_late_register,
	.early_unregister = foo_crtc_early_unregister,
	.verify_crc_source = foo_crtc_verify_crc_source,
	.set_crc_source = foo_crtc_set_crc_source, // expected-note{{'foo_crtc_set_crc_source' is a CRTC CRC debugfs callback, registered here}}
	.enable_vblank = foo_crtc_enable_vblank, // expected-note{{'foo_crtc_enable_vblank' is a KMS CRTC callback, registered here}}
	.disable_vblank = foo_crtc_disable_vblank,
};

int foo_crtc_init(struct foo_device *fdev)
{
	int ret;

	ret = drm_crtc_init_with_planes(&fdev->drm, &fdev->crtc, NULL, NULL, &foo_crtc_funcs,
					NULL);
	if (ret)
		return ret;
	drm_crtc_helper_add(&fdev->crtc, &foo_crtc_helper_funcs);
	return 0;
}
