/* SPDX-License-Identifier: MIT */
#ifndef BS_SOUND_PCM_H
#define BS_SOUND_PCM_H

#include <linux/types.h>

struct snd_card;
struct snd_pcm;
struct snd_pcm_hw_params;
struct snd_pcm_substream;

typedef unsigned long snd_pcm_uframes_t;

struct snd_pcm_ops {
	int (*open)(struct snd_pcm_substream *substream);
	int (*close)(struct snd_pcm_substream *substream);
	int (*hw_params)(struct snd_pcm_substream *substream, struct snd_pcm_hw_params *params);
	int (*hw_free)(struct snd_pcm_substream *substream);
	int (*prepare)(struct snd_pcm_substream *substream);
	int (*trigger)(struct snd_pcm_substream *substream, int cmd);
	snd_pcm_uframes_t (*pointer)(struct snd_pcm_substream *substream);
};

struct snd_pcm_substream {
	void *private_data;
	int stream;
};

#define SNDRV_PCM_STREAM_PLAYBACK	0
#define SNDRV_PCM_STREAM_CAPTURE	1

extern int snd_pcm_new(struct snd_card *card, const char *id, int device, int playback_count,
		       int capture_count, struct snd_pcm **rpcm);
extern void snd_pcm_set_ops(struct snd_pcm *pcm, int direction, const struct snd_pcm_ops *ops);

#define SNDRV_PCM_TRIGGER_STOP	0
#define SNDRV_PCM_TRIGGER_START	1

#endif
