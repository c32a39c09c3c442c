/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_I2C_H
#define BS_LINUX_I2C_H

#include <linux/device.h>
#include <linux/module.h>

struct i2c_adapter;
struct i2c_board_info;
struct i2c_client;
union i2c_smbus_data;

struct i2c_msg {
	u16 addr;
	u16 flags;
	u16 len;
	u8 *buf;
};

struct i2c_algorithm {
	int (*master_xfer)(struct i2c_adapter *adap, struct i2c_msg *msgs, int num);
	int (*smbus_xfer)(struct i2c_adapter *adap, u16 addr, unsigned short flags,
			  char read_write, u8 command, int size, union i2c_smbus_data *data);
	u32 (*functionality)(struct i2c_adapter *adap);
};

struct i2c_adapter {
	const struct i2c_algorithm *algo;
	void *algo_data;
	struct device dev;
	char name[48];
};

struct i2c_client {
	unsigned short addr;
	struct i2c_adapter *adapter;
	struct device dev;
};

struct i2c_device_id {
	char name[20];
	unsigned long driver_data;
};

enum i2c_alert_protocol {
	I2C_PROTOCOL_SMBUS_ALERT,
	I2C_PROTOCOL_SMBUS_HOST_NOTIFY,
};

struct i2c_driver {
	int (*probe)(struct i2c_client *client);
	void (*remove)(struct i2c_client *client);
	void (*shutdown)(struct i2c_client *client);
	void (*alert)(struct i2c_client *client, enum i2c_alert_protocol protocol,
		      unsigned int data);
	int (*command)(struct i2c_client *client, unsigned int cmd, void *arg);
	struct device_driver driver;
	const struct i2c_device_id *id_table;
};

static inline void *i2c_get_adapdata(const struct i2c_adapter *adap)
{
	return dev_get_drvdata(&adap->dev);
}

static inline void i2c_set_adapdata(struct i2c_adapter *adap, void *data)
{
	dev_set_drvdata(&adap->dev, data);
}

static inline void *i2c_get_clientdata(const struct i2c_client *client)
{
	return dev_get_drvdata(&client->dev);
}

extern int i2c_add_adapter(struct i2c_adapter *adap);
extern void i2c_del_adapter(struct i2c_adapter *adap);
extern int devm_i2c_add_adapter(struct device *dev, struct i2c_adapter *adapter);
extern int i2c_register_driver(struct module *owner, struct i2c_driver *driver);

#define I2C_FUNC_I2C	0x00000001

#endif
