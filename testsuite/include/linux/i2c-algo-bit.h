/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_I2C_ALGO_BIT_H
#define BS_LINUX_I2C_ALGO_BIT_H

#include <linux/i2c.h>

/* The line callbacks i2c-algo-bit's own transfer drives (DDC over GPIO registers). */
struct i2c_algo_bit_data {
	void *data;
	void (*setsda)(void *data, int state);
	void (*setscl)(void *data, int state);
	int (*getsda)(void *data);
	int (*getscl)(void *data);
	int (*pre_xfer)(struct i2c_adapter *adap);
	void (*post_xfer)(struct i2c_adapter *adap);
	int udelay;
	int timeout;
};

extern int i2c_bit_add_bus(struct i2c_adapter *adap);

#endif
