/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_AUXILIARY_BUS_H
#define BS_LINUX_AUXILIARY_BUS_H

#include <linux/device.h>
#include <linux/module.h>

struct auxiliary_device {
	struct device dev;
	const char *name;
	u32 id;
};

struct auxiliary_device_id {
	char name[40];
	unsigned long driver_data;
};

struct auxiliary_driver {
	int (*probe)(struct auxiliary_device *auxdev, const struct auxiliary_device_id *id);
	void (*remove)(struct auxiliary_device *auxdev);
	void (*shutdown)(struct auxiliary_device *auxdev);
	int (*suspend)(struct auxiliary_device *auxdev, int state);
	int (*resume)(struct auxiliary_device *auxdev);
	const char *name;
	struct device_driver driver;
	const struct auxiliary_device_id *id_table;
};

extern int __auxiliary_driver_register(struct auxiliary_driver *auxdrv, struct module *owner,
				       const char *modname);

#endif
