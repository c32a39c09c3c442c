/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_PLATFORM_DEVICE_H
#define BS_LINUX_PLATFORM_DEVICE_H

#include <linux/device.h>
#include <linux/io.h>
#include <linux/module.h>

struct platform_device {
	const char *name;
	int id;
	struct device dev;
};

struct platform_driver {
	int (*probe)(struct platform_device *pdev);
	/* As in 6.12: .remove returns void and .remove_new is its transitional alias. */
	union {
		void (*remove)(struct platform_device *pdev);
		void (*remove_new)(struct platform_device *pdev);
	};
	void (*shutdown)(struct platform_device *pdev);
	struct device_driver driver;
};

static inline void *platform_get_drvdata(const struct platform_device *pdev)
{
	return dev_get_drvdata(&pdev->dev);
}

static inline void platform_set_drvdata(struct platform_device *pdev, void *data)
{
	dev_set_drvdata(&pdev->dev, data);
}

extern int platform_get_irq(struct platform_device *pdev, unsigned int num);
extern int __platform_driver_register(struct platform_driver *drv, struct module *owner);
extern void platform_driver_unregister(struct platform_driver *drv);

#define platform_driver_register(drv) __platform_driver_register(drv, THIS_MODULE)

/* Generates the module init function that registers the driver. */
#define module_platform_driver(drv) \
static int __maybe_unused drv##_init(void) \
{ \
	return platform_driver_register(&(drv)); \
}

#endif
