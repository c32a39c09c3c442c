// Pins the encoder helper .detect: no entry at all. The core never calls it
// (drm_modeset_helper_vtables.h documents it as used by no helper); a driver's own connector
// detect does, and the access is reported there, through the call.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_encoder.h>
#include <drm/drm_connector.h>
#include <drm/drm_modeset_helper_vtables.h>

#define FOO_DAC_LOAD	0x40
#define FOO_TV_LOAD	0x44

struct foo_output {
	void __iomem *regs;
	struct drm_encoder encoder;
	struct drm_connector connector;
};

#define encoder_to_output(e) container_of(e, struct foo_output, encoder)
#define connector_to_output(c) container_of(c, struct foo_output, connector)

static enum drm_connector_status foo_dac_detect(struct drm_encoder *encoder,
						struct drm_connector *connector)
{
	// expected-note@+1{{'foo_dac_detect' accesses MMIO with 'readl' here}}
	return readl(encoder_to_output(encoder)->regs + FOO_DAC_LOAD) ?
		       connector_status_connected : connector_status_disconnected;
}

/* stored in the table, called by nothing: silent */
static enum drm_connector_status foo_tv_detect(struct drm_encoder *encoder,
					       struct drm_connector *connector)
{
	return readl(encoder_to_output(encoder)->regs + FOO_TV_LOAD) ?
		       connector_status_connected : connector_status_disconnected;
}

static const struct drm_encoder_helper_funcs foo_dac_helper_funcs = {
	.detect = foo_dac_detect,
};

static const struct drm_encoder_helper_funcs foo_tv_helper_funcs = {
	.detect = foo_tv_detect,
};

static enum drm_connector_status foo_connector_detect(struct drm_connector *connector, bool force)
{
	struct foo_output *out = connector_to_output(connector);

	if (!force)
		return connector_status_unknown;
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_connector_detect', which can run after unbind}}
	// expected-note@+1{{'foo_connector_detect' calls 'foo_dac_detect' here}}
	return foo_dac_helper_funcs.detect(&out->encoder, connector);
}

static const struct drm_connector_funcs foo_connector_funcs = {
	.detect = foo_connector_detect, // expected-note{{'foo_connector_detect' is a KMS connector callback, registered here}}
};

const struct drm_encoder_helper_funcs *foo_helpers(int tv)
{
	return tv ? &foo_tv_helper_funcs : &foo_dac_helper_funcs;
}

const struct drm_connector_funcs *foo_connector(void)
{
	return &foo_connector_funcs;
}
