/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_VIRTIO_H
#define BS_LINUX_VIRTIO_H

#include <linux/device.h>
#include <linux/module.h>

struct virtio_device_id {
	u32 device;
	u32 vendor;
};

struct virtio_device {
	struct device dev;
	void *priv;
};

struct virtio_driver {
	struct device_driver driver;
	const struct virtio_device_id *id_table;
	int (*validate)(struct virtio_device *dev);
	int (*probe)(struct virtio_device *dev);
	void (*scan)(struct virtio_device *dev);
	void (*remove)(struct virtio_device *dev);
	void (*config_changed)(struct virtio_device *dev);
	int (*freeze)(struct virtio_device *dev);
	int (*restore)(struct virtio_device *dev);
};

extern int __register_virtio_driver(struct virtio_driver *drv, struct module *owner);

#endif
