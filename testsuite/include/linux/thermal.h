/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_THERMAL_H
#define BS_LINUX_THERMAL_H

#include <linux/types.h>

struct device;
struct thermal_cooling_device;
struct thermal_zone_device;

enum thermal_device_mode {
	THERMAL_DEVICE_DISABLED = 0,
	THERMAL_DEVICE_ENABLED,
};

struct thermal_zone_device_ops {
	int (*get_temp)(struct thermal_zone_device *tz, int *temp);
	int (*set_trips)(struct thermal_zone_device *tz, int low, int high);
	int (*change_mode)(struct thermal_zone_device *tz, enum thermal_device_mode mode);
};

struct thermal_cooling_device_ops {
	int (*get_max_state)(struct thermal_cooling_device *cdev, unsigned long *state);
	int (*get_cur_state)(struct thermal_cooling_device *cdev, unsigned long *state);
	int (*set_cur_state)(struct thermal_cooling_device *cdev, unsigned long state);
};

extern void *thermal_zone_device_priv(struct thermal_zone_device *tz);
extern struct thermal_zone_device *
devm_thermal_of_zone_register(struct device *dev, int id, void *data,
			      const struct thermal_zone_device_ops *ops);
extern struct thermal_cooling_device *
thermal_cooling_device_register(const char *type, void *devdata,
				const struct thermal_cooling_device_ops *ops);
extern void thermal_cooling_device_unregister(struct thermal_cooling_device *cdev);

#endif
