/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_DEVICE_H
#define BS_LINUX_DEVICE_H

#include <linux/kernel.h>
#include <linux/pm.h>

struct module;

struct device_driver {
	const char *name;
	struct module *owner;
	const struct dev_pm_ops *pm;
};

struct device {
	struct device *parent;
	const char *init_name;
	struct device_driver *driver;
	void *driver_data;
};

static inline void *dev_get_drvdata(const struct device *dev)
{
	return dev->driver_data;
}

static inline void dev_set_drvdata(struct device *dev, void *data)
{
	dev->driver_data = data;
}

extern int devm_add_action_or_reset(struct device *dev, void (*action)(void *), void *data);
extern int dev_err(const struct device *dev, const char *fmt, ...) __printf(2, 3);

#endif
