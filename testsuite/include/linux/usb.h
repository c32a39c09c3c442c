/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_USB_H
#define BS_LINUX_USB_H

#include <linux/device.h>
#include <linux/module.h>

struct usb_device_id {
	u16 match_flags;
	u16 idVendor;
	u16 idProduct;
};

struct usb_interface {
	struct device dev;
};

struct usb_driver {
	const char *name;
	int (*probe)(struct usb_interface *intf, const struct usb_device_id *id);
	void (*disconnect)(struct usb_interface *intf);
	int (*unlocked_ioctl)(struct usb_interface *intf, unsigned int code, void *buf);
	int (*suspend)(struct usb_interface *intf, int message);
	int (*resume)(struct usb_interface *intf);
	int (*reset_resume)(struct usb_interface *intf);
	int (*pre_reset)(struct usb_interface *intf);
	int (*post_reset)(struct usb_interface *intf);
	void (*shutdown)(struct usb_interface *intf);
	const struct usb_device_id *id_table;
};

static inline void *usb_get_intfdata(struct usb_interface *intf)
{
	return dev_get_drvdata(&intf->dev);
}

extern int usb_register_driver(struct usb_driver *drv, struct module *owner,
			       const char *mod_name);

#endif
