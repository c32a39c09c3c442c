/* SPDX-License-Identifier: MIT */
#ifndef BS_SOUND_SOC_H
#define BS_SOUND_SOC_H

#include <linux/types.h>
#include <sound/pcm.h>

struct device;
struct snd_soc_component;
struct snd_soc_dai;

struct snd_soc_dai_ops {
	int (*startup)(struct snd_pcm_substream *substream, struct snd_soc_dai *dai);
	void (*shutdown)(struct snd_pcm_substream *substream, struct snd_soc_dai *dai);
	int (*hw_params)(struct snd_pcm_substream *substream, struct snd_pcm_hw_params *params,
			 struct snd_soc_dai *dai);
	int (*prepare)(struct snd_pcm_substream *substream, struct snd_soc_dai *dai);
	int (*trigger)(struct snd_pcm_substream *substream, int cmd, struct snd_soc_dai *dai);
	int (*mute_stream)(struct snd_soc_dai *dai, int mute, int stream);
};

struct snd_soc_dai_driver {
	const char *name;
	const struct snd_soc_dai_ops *ops;
};

struct snd_soc_component_driver {
	const char *name;
	int (*probe)(struct snd_soc_component *component);
	void (*remove)(struct snd_soc_component *component);
	unsigned int (*read)(struct snd_soc_component *component, unsigned int reg);
	int (*write)(struct snd_soc_component *component, unsigned int reg, unsigned int val);
	int (*trigger)(struct snd_soc_component *component,
		       struct snd_pcm_substream *substream, int cmd);
	snd_pcm_uframes_t (*pointer)(struct snd_soc_component *component,
				     struct snd_pcm_substream *substream);
};

struct snd_soc_dai {
	struct device *dev;
	void *priv;
};

struct snd_soc_component {
	struct device *dev;
};

static inline void *snd_soc_dai_get_drvdata(struct snd_soc_dai *dai)
{
	return dai->priv;
}

extern void *snd_soc_component_get_drvdata(struct snd_soc_component *c);
extern int devm_snd_soc_register_component(struct device *dev,
					   const struct snd_soc_component_driver *drv,
					   struct snd_soc_dai_driver *dai_drv, int num_dai);
extern void snd_soc_unregister_component(struct device *dev);

#endif
