// Pins the tables an HDMI driver hands to the sound and CEC subsystems: hdmi_codec_ops (the
// hdmi-codec device calls them until it is unregistered) and cec_adap_ops (CEC ioctls and the
// CEC kthread, until cec_unregister_adapter(); .adap_free at the last close) are
// after-unbind: an unguarded HDMI audio start or CEC transmit fires, guarded is silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <sound/hdmi-codec.h>
#include <media/cec.h>

#define FOO_AUD_CTRL	0x00
#define FOO_CEC_TX	0x10
#define FOO_CEC_EN	0x14

struct foo_hdmi {
	struct drm_device *drm;
	void __iomem *regs;
	struct cec_adapter *cec;
};

static int foo_hdmi_audio_startup(struct device *dev, void *data)
{
	struct foo_hdmi *hdmi = data;

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_hdmi_audio_startup', which can run after unbind}}
	// expected-note@+1{{'foo_hdmi_audio_startup' accesses MMIO with 'writel' here}}
	writel(1, hdmi->regs + FOO_AUD_CTRL);
	return 0;
}

static void foo_hdmi_audio_shutdown(struct device *dev, void *data)
{
	struct foo_hdmi *hdmi = data;
	int idx;

	if (!drm_dev_enter(hdmi->drm, &idx))
		return;
	writel(0, hdmi->regs + FOO_AUD_CTRL);
	drm_dev_exit(idx);
}

static const struct hdmi_codec_ops foo_hdmi_codec_ops = {
	.audio_startup = foo_hdmi_audio_startup, // expected-note{{'foo_hdmi_audio_startup' is an audio callback of the HDMI codec, registered here}}
	.audio_shutdown = foo_hdmi_audio_shutdown,
};

static int foo_cec_transmit(struct cec_adapter *adap, u8 attempts, u32 signal_free_time,
			    struct cec_msg *msg)
{
	struct foo_hdmi *hdmi = cec_get_drvdata(adap);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_cec_transmit', which can run after unbind}}
	// expected-note@+1{{'foo_cec_transmit' accesses MMIO with 'writel' here}}
	writel(attempts, hdmi->regs + FOO_CEC_TX);
	return 0;
}

static int foo_cec_enable(struct cec_adapter *adap, bool enable)
{
	struct foo_hdmi *hdmi = cec_get_drvdata(adap);
	int idx;

	if (!drm_dev_enter(hdmi->drm, &idx))
		return -ENODEV;
	writel(enable, hdmi->regs + FOO_CEC_EN);
	drm_dev_exit(idx);
	return 0;
}

static void foo_cec_free(struct cec_adapter *adap)
{
	struct foo_hdmi *hdmi = cec_get_drvdata(adap);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_cec_free', which can run after unbind}}
	// expected-note@+1{{'foo_cec_free' accesses MMIO with 'writel' here}}
	writel(0, hdmi->regs + FOO_CEC_EN);
}

static const struct cec_adap_ops foo_cec_ops = {
	.adap_enable = foo_cec_enable,
	.adap_transmit = foo_cec_transmit, // expected-note{{'foo_cec_transmit' is a CEC adapter callback, registered here}}
	.adap_free = foo_cec_free, // expected-note{{'foo_cec_free' is a CEC adapter free callback, registered here}}
};

struct hdmi_codec_pdata foo_codec_pdata = {
	.ops = &foo_hdmi_codec_ops,
	.i2s = 1,
	.max_i2s_channels = 8,
};

int foo_hdmi_cec_init(struct foo_hdmi *hdmi, struct device *dev)
{
	hdmi->cec = cec_allocate_adapter(&foo_cec_ops, hdmi, "foo", 0, 1);
	return cec_register_adapter(hdmi->cec, dev);
}
