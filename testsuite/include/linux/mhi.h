/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_MHI_H
#define BS_LINUX_MHI_H

#include <linux/device.h>
#include <linux/module.h>

struct mhi_device_id {
	char chan[32];
	unsigned long driver_data;
};

struct mhi_device {
	struct device dev;
};

struct mhi_result {
	void *buf_addr;
	size_t bytes_xferd;
	int transaction_status;
};

enum mhi_callback {
	MHI_CB_IDLE,
	MHI_CB_PENDING_DATA,
	MHI_CB_SYS_ERROR,
};

struct mhi_driver {
	const struct mhi_device_id *id_table;
	int (*probe)(struct mhi_device *mhi_dev, const struct mhi_device_id *id);
	void (*remove)(struct mhi_device *mhi_dev);
	void (*ul_xfer_cb)(struct mhi_device *mhi_dev, struct mhi_result *result);
	void (*dl_xfer_cb)(struct mhi_device *mhi_dev, struct mhi_result *result);
	void (*status_cb)(struct mhi_device *mhi_dev, enum mhi_callback mhi_cb);
	struct device_driver driver;
};

extern int __mhi_driver_register(struct mhi_driver *mhi_drv, struct module *owner);

#endif
