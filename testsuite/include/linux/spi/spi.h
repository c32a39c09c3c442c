/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_SPI_H
#define BS_LINUX_SPI_H

#include <linux/device.h>
#include <linux/module.h>

struct spi_device {
	struct device dev;
	u32 max_speed_hz;
};

struct spi_driver {
	int (*probe)(struct spi_device *spi);
	void (*remove)(struct spi_device *spi);
	void (*shutdown)(struct spi_device *spi);
	struct device_driver driver;
};

static inline void *spi_get_drvdata(const struct spi_device *spi)
{
	return dev_get_drvdata(&spi->dev);
}

extern int __spi_register_driver(struct module *owner, struct spi_driver *sdrv);

#endif
