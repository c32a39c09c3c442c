/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_DEVFREQ_H
#define BS_LINUX_DEVFREQ_H

#include <linux/types.h>

struct device;
struct devfreq;

struct devfreq_dev_status {
	unsigned long total_time;
	unsigned long busy_time;
	unsigned long current_frequency;
};

struct devfreq_dev_profile {
	unsigned long initial_freq;
	unsigned int polling_ms;
	int (*target)(struct device *dev, unsigned long *freq, u32 flags);
	int (*get_dev_status)(struct device *dev, struct devfreq_dev_status *stat);
	int (*get_cur_freq)(struct device *dev, unsigned long *freq);
	void (*exit)(struct device *dev);
};

extern struct devfreq *devm_devfreq_add_device(struct device *dev,
					       struct devfreq_dev_profile *profile,
					       const char *governor_name, void *data);
extern int devfreq_remove_device(struct devfreq *devfreq);

#endif
