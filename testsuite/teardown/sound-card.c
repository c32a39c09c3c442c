// Pins the sound-card stop: the PCM callbacks of a card are bound when the unbind path frees
// the card with snd_card_free() or snd_card_disconnect_sync(), which wait until every file of
// the card is released; a PCM file's release runs the stream's close first, so an interrupt
// requested in the PCM open and freed in its close is stopped with them. Run with -DNO_FREE,
// remove frees nothing and every callback and the interrupt fire; with -DWHEN_CLOSED it frees
// the card with snd_card_free_when_closed(), which does not wait, and they fire too. With
// -DNO_CLOSE_FREE the close keeps the interrupt: the PCM callbacks are bound, the handler not.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// RUN: %bs -DNO_FREE -Xclang -verify=none %s
// RUN: %bs -DWHEN_CLOSED -Xclang -verify=none %s
// RUN: %bs -DNO_CLOSE_FREE -Xclang -verify=irq %s

#include <linux/io.h>
#include <linux/interrupt.h>
#include <linux/platform_device.h>
#include <sound/core.h>
#include <sound/pcm.h>
#include <linux/module.h>

struct foo_audio {
	struct snd_card *card;
	void __iomem *base;
	int irq;
};

static irqreturn_t foo_audio_irq(int irq, void *data)
{
	struct foo_audio *fa = data;

	writel(1, fa->base); // none-warning{{MMIO access without an unbind guard in 'foo_audio_irq'}} none-note{{'foo_audio_irq' accesses MMIO with 'writel' here}} irq-warning{{MMIO access without an unbind guard in 'foo_audio_irq'}} irq-note{{'foo_audio_irq' accesses MMIO with 'writel' here}}
	return IRQ_HANDLED;
}

static int foo_pcm_open(struct snd_pcm_substream *substream)
{
	struct foo_audio *fa = substream->private_data;
	int ret;

	ret = request_irq(fa->irq, foo_audio_irq, IRQF_SHARED, "foo-audio", fa); // none-note{{'foo_audio_irq' is an IRQ handler, registered here}} none-note{{nothing on the unbind path frees this interrupt}} irq-note{{'foo_audio_irq' is an IRQ handler, registered here}} irq-note{{nothing on the unbind path frees this interrupt}}
	if (ret)
		return ret;
	writel(2, fa->base); // none-warning{{MMIO access without an unbind guard in 'foo_pcm_open'}} none-note{{'foo_pcm_open' accesses MMIO with 'writel' here}}
	return 0;
}

static int foo_pcm_close(struct snd_pcm_substream *substream)
{
	struct foo_audio *fa = substream->private_data;

	writel(0, fa->base); // none-warning{{MMIO access without an unbind guard in 'foo_pcm_close'}} none-note{{'foo_pcm_close' accesses MMIO with 'writel' here}}
#ifndef NO_CLOSE_FREE
	free_irq(fa->irq, fa);
#endif
	return 0;
}

static int foo_pcm_trigger(struct snd_pcm_substream *substream, int cmd)
{
	struct foo_audio *fa = substream->private_data;

	writel(cmd, fa->base); // none-warning{{MMIO access without an unbind guard in 'foo_pcm_trigger'}} none-note{{'foo_pcm_trigger' accesses MMIO with 'writel' here}}
	return 0;
}

static const struct snd_pcm_ops foo_pcm_ops = {
	.open = foo_pcm_open, // none-note{{'foo_pcm_open' is an ALSA PCM callback, registered here}} none-note{{nothing on the unbind path frees its sound card and waits for its files}}
	.close = foo_pcm_close, // none-note{{'foo_pcm_close' is an ALSA PCM callback, registered here}} none-note{{nothing on the unbind path frees its sound card and waits for its files}}
	.trigger = foo_pcm_trigger, // none-note{{'foo_pcm_trigger' is an ALSA PCM callback, registered here}} none-note{{nothing on the unbind path frees its sound card and waits for its files}}
};

static int foo_audio_probe(struct platform_device *pdev)
{
	struct foo_audio *fa = platform_get_drvdata(pdev);
	struct snd_pcm *pcm;
	int ret;

	fa->base = devm_platform_ioremap_resource(pdev, 0);
	ret = snd_card_new(&pdev->dev, -1, NULL, THIS_MODULE, 0, &fa->card);
	if (ret)
		return ret;
	ret = snd_pcm_new(fa->card, "foo", 0, 1, 0, &pcm);
	if (ret)
		return ret;
	snd_pcm_set_ops(pcm, SNDRV_PCM_STREAM_PLAYBACK, &foo_pcm_ops);
	return snd_card_register(fa->card);
}

static void foo_audio_remove(struct platform_device *pdev)
{
	struct foo_audio *fa = platform_get_drvdata(pdev);

#if defined(WHEN_CLOSED)
	snd_card_free_when_closed(fa->card);
#elif !defined(NO_FREE)
	snd_card_free(fa->card);
#endif
}

struct platform_driver foo_audio_driver = {
	.probe = foo_audio_probe,
	.remove = foo_audio_remove,
};

// expected-no-diagnostics
