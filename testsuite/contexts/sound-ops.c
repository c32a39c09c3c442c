// Pins the ALSA/ASoC tables: snd_soc_dai_ops, snd_soc_component_driver and snd_pcm_ops
// callbacks run from PCM and control files until the card is disconnected (unregistering the
// component or freeing the card waits for every open file), so they are after-unbind:
// unguarded register access fires, guarded is silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <sound/soc.h>
#include <sound/pcm.h>

#define FOO_I2S_CTRL	0x00
#define FOO_I2S_PTR	0x04

struct foo_audio {
	struct drm_device *drm;
	void __iomem *regs;
};

static int foo_dai_trigger(struct snd_pcm_substream *substream, int cmd,
			   struct snd_soc_dai *dai)
{
	struct foo_audio *aud = snd_soc_dai_get_drvdata(dai);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_dai_trigger', which can run after unbind}}
	// expected-note@+1{{'foo_dai_trigger' accesses MMIO with 'writel' here}}
	writel(cmd == SNDRV_PCM_TRIGGER_START, aud->regs + FOO_I2S_CTRL);
	return 0;
}

static void foo_dai_shutdown(struct snd_pcm_substream *substream, struct snd_soc_dai *dai)
{
	struct foo_audio *aud = snd_soc_dai_get_drvdata(dai);
	int idx;

	if (!drm_dev_enter(aud->drm, &idx))
		return;
	writel(0, aud->regs + FOO_I2S_CTRL);
	drm_dev_exit(idx);
}

static const struct snd_soc_dai_ops foo_dai_ops = {
	.trigger = foo_dai_trigger, // expected-note{{'foo_dai_trigger' is an ASoC DAI callback, registered here}}
	.shutdown = foo_dai_shutdown,
};

static snd_pcm_uframes_t foo_component_pointer(struct snd_soc_component *component,
					       struct snd_pcm_substream *substream)
{
	struct foo_audio *aud = snd_soc_component_get_drvdata(component);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_component_pointer', which can run after unbind}}
	// expected-note@+1{{'foo_component_pointer' accesses MMIO with 'readl' here}}
	return readl(aud->regs + FOO_I2S_PTR);
}

static const struct snd_soc_component_driver foo_component = {
	.name = "foo-i2s",
	.pointer = foo_component_pointer, // expected-note{{'foo_component_pointer' is an ASoC component callback, registered here}}
};

static snd_pcm_uframes_t foo_pcm_pointer(struct snd_pcm_substream *substream)
{
	struct foo_audio *aud = substream->private_data;

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_pcm_pointer', which can run after unbind}}
	// expected-note@+1{{'foo_pcm_pointer' accesses MMIO with 'readl' here}}
	return readl(aud->regs + FOO_I2S_PTR);
}

static int foo_pcm_prepare(struct snd_pcm_substream *substream)
{
	struct foo_audio *aud = substream->private_data;
	int idx;

	if (!drm_dev_enter(aud->drm, &idx))
		return -ENODEV;
	writel(0, aud->regs + FOO_I2S_PTR);
	drm_dev_exit(idx);
	return 0;
}

const struct snd_pcm_ops foo_pcm_ops = {
	.prepare = foo_pcm_prepare,
	.pointer = foo_pcm_pointer, // expected-note{{'foo_pcm_pointer' is an ALSA PCM callback, registered here}} expected-note{{nothing on the unbind path frees its sound card and waits for its files}}
};

static struct snd_soc_dai_driver foo_dai = {
	.name = "foo-i2s",
	.ops = &foo_dai_ops,
};

int foo_audio_init(struct device *dev)
{
	return devm_snd_soc_register_component(dev, &foo_component, &foo_dai, 1);
}
