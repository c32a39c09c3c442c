// Pins the encoder and connector tables: helper callbacks (an encoder enable, a connector
// get_modes) and core hooks (connector .detect, encoder .destroy, which drmm release can run
// after unbind) are after-unbind: unguarded fires, guarded is silent. .reset, .late_register,
// .early_unregister and .debugfs_init are bound (registration, unregistration and
// drm_mode_config_reset() call them).
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_encoder.h>
#include <drm/drm_connector.h>
#include <drm/drm_modeset_helper_vtables.h>

#define FOO_HDMI_CTRL	0x40
#define FOO_HDMI_HPD	0x44
#define FOO_HDMI_PHY	0x48

struct foo_hdmi {
	struct drm_device *drm;
	void __iomem *regs;
	struct drm_encoder encoder;
	struct drm_connector connector;
};

#define encoder_to_hdmi(e) container_of(e, struct foo_hdmi, encoder)
#define connector_to_hdmi(c) container_of(c, struct foo_hdmi, connector)

static void foo_hdmi_encoder_enable(struct drm_encoder *encoder)
{
	struct foo_hdmi *hdmi = encoder_to_hdmi(encoder);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_hdmi_encoder_enable', which can run after unbind}}
	// expected-note@+1{{'foo_hdmi_encoder_enable' accesses MMIO with 'writel' here}}
	writel(1, hdmi->regs + FOO_HDMI_CTRL);
}

static void foo_hdmi_encoder_disable(struct drm_encoder *encoder)
{
	struct foo_hdmi *hdmi = encoder_to_hdmi(encoder);
	int idx;

	if (!drm_dev_enter(hdmi->drm, &idx))
		return;
	writel(0, hdmi->regs + FOO_HDMI_CTRL);
	drm_dev_exit(idx);
}

static const struct drm_encoder_helper_funcs foo_hdmi_encoder_helper_funcs = {
	.enable = foo_hdmi_encoder_enable, // expected-note{{'foo_hdmi_encoder_enable' is a KMS encoder helper callback, registered here}}
	.disable = foo_hdmi_encoder_disable,
};

static void foo_hdmi_encoder_destroy(struct drm_encoder *encoder)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_hdmi_encoder_destroy', which can run after unbind}}
	// expected-note@+1{{'foo_hdmi_encoder_destroy' accesses MMIO with 'writel' here}}
	writel(0, encoder_to_hdmi(encoder)->regs + FOO_HDMI_PHY);
	drm_encoder_cleanup(encoder);
}

static void foo_hdmi_encoder_reset(struct drm_encoder *encoder)
{
	writel(0, encoder_to_hdmi(encoder)->regs + FOO_HDMI_PHY);
}

static int foo_hdmi_encoder_late_register(struct drm_encoder *encoder)
{
	writel(1, encoder_to_hdmi(encoder)->regs + FOO_HDMI_PHY);
	return 0;
}

static const struct drm_encoder_funcs foo_hdmi_encoder_funcs = {
	.destroy = foo_hdmi_encoder_destroy, // expected-note{{'foo_hdmi_encoder_destroy' is a KMS encoder callback, registered here}}
	.reset = foo_hdmi_encoder_reset,
	.late_register = foo_hdmi_encoder_late_register,
};

static enum drm_connector_status foo_hdmi_detect(struct drm_connector *connector, bool force)
{
	struct foo_hdmi *hdmi = connector_to_hdmi(connector);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_hdmi_detect', which can run after unbind}}
	// expected-note@+1{{'foo_hdmi_detect' accesses MMIO with 'readl' here}}
	return readl(hdmi->regs + FOO_HDMI_HPD) ? connector_status_connected :
						  connector_status_disconnected;
}

static void foo_hdmi_connector_reset(struct drm_connector *connector)
{
	writel(0, connector_to_hdmi(connector)->regs + FOO_HDMI_HPD);
}

static void foo_hdmi_connector_early_unregister(struct drm_connector *connector)
{
	writel(0, connector_to_hdmi(connector)->regs + FOO_HDMI_HPD);
}

static const struct drm_connector_funcs foo_hdmi_connector_funcs = {
	.detect = foo_hdmi_detect, // expected-note{{'foo_hdmi_detect' is a KMS connector callback, registered here}}
	.reset = foo_hdmi_connector_reset,
	.early_unregister = foo_hdmi_connector_early_unregister,
	.fill_modes = drm_helper_probe_single_connector_modes,
};

static int foo_hdmi_get_modes(struct drm_connector *connector)
{
	struct foo_hdmi *hdmi = connector_to_hdmi(connector);
	int idx, n = 0;

	if (drm_dev_enter(hdmi->drm, &idx)) {
		n = readl(hdmi->regs + FOO_HDMI_PHY);
		drm_dev_exit(idx);
	}
	return n;
}

static const struct drm_connector_helper_funcs foo_hdmi_connector_helper_funcs = {
	.get_modes = foo_hdmi_get_modes,
};

int foo_hdmi_init(struct foo_hdmi *hdmi)
{
	int ret;

	ret = drm_encoder_init(hdmi->drm, &hdmi->encoder, &foo_hdmi_encoder_funcs,
			       DRM_MODE_ENCODER_TMDS, NULL);
	if (ret)
		return ret;
	drm_encoder_helper_add(&hdmi->encoder, &foo_hdmi_encoder_helper_funcs);
	ret = drm_connector_init(hdmi->drm, &hdmi->connector, &foo_hdmi_connector_funcs,
				 DRM_MODE_CONNECTOR_HDMIA);
	if (ret)
		return ret;
	drm_connector_helper_add(&hdmi->connector, &foo_hdmi_connector_helper_funcs);
	return 0;
}
