// Pins per-variant const tables of driver functions (vc4's HDMI variants: one const struct
// per SoC generation, each naming its PHY functions): a function stored only in such a table
// is not an entry point of its own, and a call through the table's field reaches every
// variant's function in the caller's context. Under the encoder enable's guard: silent.
// Outside it (the disable, which takes no guard): one finding per call site, through the
// field, with the chain to the variant's register write.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_encoder.h>
#include <drm/drm_modeset_helper_vtables.h>

#define FOO_PHY_CTL	0x10

struct foo_hdmi;

struct foo_hdmi_variant {
	void (*phy_init)(struct foo_hdmi *hdmi);
	void (*phy_disable)(struct foo_hdmi *hdmi);
};

struct foo_hdmi {
	struct drm_device *drm;
	void __iomem *regs;
	struct drm_encoder encoder;
	const struct foo_hdmi_variant *variant;
};

#define encoder_to_hdmi(e) container_of(e, struct foo_hdmi, encoder)

static void foo_gen4_phy_init(struct foo_hdmi *hdmi)
{
	writel(4, hdmi->regs + FOO_PHY_CTL);
}

static void foo_gen4_phy_disable(struct foo_hdmi *hdmi)
{
	writel(0, hdmi->regs + FOO_PHY_CTL); // expected-note{{'foo_gen4_phy_disable' accesses MMIO with 'writel' here}}
}

static void foo_gen5_phy_init(struct foo_hdmi *hdmi)
{
	writel(5, hdmi->regs + FOO_PHY_CTL);
}

static void foo_gen5_phy_disable(struct foo_hdmi *hdmi)
{
	writel(0, hdmi->regs + FOO_PHY_CTL);
}

const struct foo_hdmi_variant foo_gen4_variant = {
	.phy_init = foo_gen4_phy_init,
	.phy_disable = foo_gen4_phy_disable,
};

const struct foo_hdmi_variant foo_gen5_variant = {
	.phy_init = foo_gen5_phy_init,
	.phy_disable = foo_gen5_phy_disable,
};

static void foo_hdmi_enable(struct drm_encoder *encoder)
{
	struct foo_hdmi *hdmi = encoder_to_hdmi(encoder);
	int idx;

	if (!drm_dev_enter(hdmi->drm, &idx))
		return;
	hdmi->variant->phy_init(hdmi);
	drm_dev_exit(idx);
}

static void foo_hdmi_disable(struct drm_encoder *encoder)
{
	struct foo_hdmi *hdmi = encoder_to_hdmi(encoder);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_hdmi_disable', which can run after unbind}}
	// expected-note@+1{{'foo_hdmi_disable' calls 'foo_gen4_phy_disable' here}}
	hdmi->variant->phy_disable(hdmi);
}

static const struct drm_encoder_helper_funcs foo_hdmi_helper_funcs = {
	.enable = foo_hdmi_enable,
	.disable = foo_hdmi_disable, // expected-note{{'foo_hdmi_disable' is a KMS encoder helper callback, registered here}}
};
