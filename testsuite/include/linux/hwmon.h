/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_HWMON_H
#define BS_LINUX_HWMON_H

#include <linux/types.h>

struct attribute_group;
struct device;
struct hwmon_channel_info;

typedef unsigned short umode_t;

enum hwmon_sensor_types {
	hwmon_chip,
	hwmon_temp,
	hwmon_in,
	hwmon_power,
};

struct hwmon_ops {
	umode_t (*is_visible)(const void *drvdata, enum hwmon_sensor_types type, u32 attr,
			      int channel);
	int (*read)(struct device *dev, enum hwmon_sensor_types type, u32 attr, int channel,
		    long *val);
	int (*write)(struct device *dev, enum hwmon_sensor_types type, u32 attr, int channel,
		     long val);
};

struct hwmon_chip_info {
	const struct hwmon_ops *ops;
	const struct hwmon_channel_info *const *info;
};

extern struct device *
hwmon_device_register_with_info(struct device *dev, const char *name, void *drvdata,
				const struct hwmon_chip_info *info,
				const struct attribute_group **extra_groups);
extern void hwmon_device_unregister(struct device *dev);
extern struct device *
devm_hwmon_device_register_with_info(struct device *dev, const char *name, void *drvdata,
				     const struct hwmon_chip_info *info,
				     const struct attribute_group **extra_groups);

#endif
