/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_BACKLIGHT_H
#define BS_LINUX_BACKLIGHT_H

#include <linux/types.h>

struct backlight_device;
struct device;

struct backlight_ops {
	unsigned int options;
	int (*update_status)(struct backlight_device *bd);
	int (*get_brightness)(struct backlight_device *bd);
};

struct backlight_properties {
	int brightness;
	int max_brightness;
	int power;
};

struct backlight_device {
	struct backlight_properties props;
	const struct backlight_ops *ops;
	void *data;
};

static inline void *bl_get_data(struct backlight_device *bd)
{
	return bd->data;
}

extern struct backlight_device *
devm_backlight_device_register(struct device *dev, const char *name, struct device *parent,
			       void *devdata, const struct backlight_ops *ops,
			       const struct backlight_properties *props);
extern struct backlight_device *
backlight_device_register(const char *name, struct device *dev, void *devdata,
			  const struct backlight_ops *ops, const struct backlight_properties *props);
extern void backlight_device_unregister(struct backlight_device *bd);

#endif
