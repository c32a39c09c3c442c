/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_HOST1X_H
#define BS_LINUX_HOST1X_H

#include <linux/device.h>
#include <linux/module.h>

struct host1x_client;

struct host1x_client_ops {
	int (*early_init)(struct host1x_client *client);
	int (*init)(struct host1x_client *client);
	int (*exit)(struct host1x_client *client);
	int (*late_exit)(struct host1x_client *client);
	int (*suspend)(struct host1x_client *client);
	int (*resume)(struct host1x_client *client);
};

struct host1x_client {
	struct device *dev;
	const struct host1x_client_ops *ops;
};

struct host1x_device {
	struct device dev;
};

struct host1x_driver {
	struct device_driver driver;
	int (*probe)(struct host1x_device *device);
	int (*remove)(struct host1x_device *device);
	void (*shutdown)(struct host1x_device *device);
};

extern int host1x_driver_register_full(struct host1x_driver *driver, struct module *owner);
extern int host1x_client_register(struct host1x_client *client);

#endif
