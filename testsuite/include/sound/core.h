/* SPDX-License-Identifier: MIT */
#ifndef BS_SOUND_CORE_H
#define BS_SOUND_CORE_H

#include <linux/types.h>

struct device;
struct module;

struct snd_card {
	void *private_data;
};

extern int snd_card_new(struct device *parent, int idx, const char *xid, struct module *module,
			int extra_size, struct snd_card **card_ret);
extern int snd_card_register(struct snd_card *card);
/* Disconnects the card and waits until every file of it is released. */
extern void snd_card_free(struct snd_card *card);
extern void snd_card_disconnect_sync(struct snd_card *card);
/* Disconnects the card; the free happens at the last release, after it returns. */
extern void snd_card_free_when_closed(struct snd_card *card);

#endif
