/* SPDX-License-Identifier: MIT */
#ifndef BS_SOUND_HDMI_CODEC_H
#define BS_SOUND_HDMI_CODEC_H

#include <linux/types.h>

struct device;
struct hdmi_codec_daifmt;
struct hdmi_codec_params;
struct snd_soc_component;

typedef void (*hdmi_codec_plugged_cb)(struct device *dev, bool plugged);

/* Handed to the hdmi-codec device as platform data: the codec calls back into the driver. */
struct hdmi_codec_ops {
	int (*audio_startup)(struct device *dev, void *data);
	int (*hw_params)(struct device *dev, void *data, struct hdmi_codec_daifmt *fmt,
			 struct hdmi_codec_params *hparms);
	int (*prepare)(struct device *dev, void *data, struct hdmi_codec_daifmt *fmt,
		       struct hdmi_codec_params *hparms);
	void (*audio_shutdown)(struct device *dev, void *data);
	int (*mute_stream)(struct device *dev, void *data, bool enable, int direction);
	int (*get_eld)(struct device *dev, void *data, u8 *buf, size_t len);
	int (*hook_plugged_cb)(struct device *dev, void *data, hdmi_codec_plugged_cb fn,
			       struct device *codec_dev);
};

struct hdmi_codec_pdata {
	const struct hdmi_codec_ops *ops;
	unsigned int i2s : 1;
	int max_i2s_channels;
	void *data;
};

#define HDMI_CODEC_DRV_NAME "hdmi-audio-codec"

#endif
