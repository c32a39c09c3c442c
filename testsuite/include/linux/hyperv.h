/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_HYPERV_H
#define BS_LINUX_HYPERV_H

#include <linux/device.h>
#include <linux/module.h>

struct hv_vmbus_device_id {
	u8 guid[16];
	unsigned long driver_data;
};

struct hv_device {
	struct device device;
};

struct hv_driver {
	const char *name;
	const struct hv_vmbus_device_id *id_table;
	struct device_driver driver;
	int (*probe)(struct hv_device *dev, const struct hv_vmbus_device_id *id);
	void (*remove)(struct hv_device *dev);
	void (*shutdown)(struct hv_device *dev);
	int (*suspend)(struct hv_device *dev);
	int (*resume)(struct hv_device *dev);
};

static inline void *hv_get_drvdata(struct hv_device *dev)
{
	return dev_get_drvdata(&dev->device);
}

extern int __vmbus_driver_register(struct hv_driver *hv_driver, struct module *owner,
				   const char *mod_name);

#endif
