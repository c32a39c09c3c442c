// Pins the DDC/backlight tables a display driver registers: i2c_algorithm and
// i2c_algo_bit_data callbacks (i2c-dev, other clients and EDID reads call them until
// i2c_del_adapter()) and backlight_ops (sysfs, until the backlight device is unregistered)
// are after-unbind: unguarded register access fires, guarded is silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/i2c.h>
#include <linux/i2c-algo-bit.h>
#include <linux/backlight.h>
#include <drm/drm_drv.h>

#define FOO_DDC_CMD	0x00
#define FOO_DDC_GPIO	0x04
#define FOO_BL_PWM	0x08

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct i2c_adapter ddc;
	struct i2c_adapter bitbang;
	struct i2c_algo_bit_data bit;
};

static int foo_ddc_xfer(struct i2c_adapter *adap, struct i2c_msg *msgs, int num)
{
	struct foo_device *fdev = i2c_get_adapdata(adap);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ddc_xfer', which can run after unbind}}
	// expected-note@+1{{'foo_ddc_xfer' accesses MMIO with 'writel' here}}
	writel(msgs[0].addr, fdev->regs + FOO_DDC_CMD);
	return num;
}

static u32 foo_ddc_func(struct i2c_adapter *adap)
{
	return I2C_FUNC_I2C;
}

static const struct i2c_algorithm foo_ddc_algo = {
	.master_xfer = foo_ddc_xfer, // expected-note{{'foo_ddc_xfer' is an I2C adapter callback, registered here}}
	.functionality = foo_ddc_func,
};

static void foo_setsda(void *data, int state)
{
	struct foo_device *fdev = data;

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_setsda', which can run after unbind}}
	// expected-note@+1{{'foo_setsda' accesses MMIO with 'writel' here}}
	writel(state, fdev->regs + FOO_DDC_GPIO);
}

static int foo_getsda(void *data)
{
	struct foo_device *fdev = data;
	int idx, v = 1;

	if (drm_dev_enter(&fdev->drm, &idx)) {
		v = readl(fdev->regs + FOO_DDC_GPIO) & 1;
		drm_dev_exit(idx);
	}
	return v;
}

static int foo_bl_update_status(struct backlight_device *bd)
{
	struct foo_device *fdev = bl_get_data(bd);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_bl_update_status', which can run after unbind}}
	// expected-note@+1{{'foo_bl_update_status' accesses MMIO with 'writel' here}}
	writel(bd->props.brightness, fdev->regs + FOO_BL_PWM);
	return 0;
}

static int foo_bl_get_brightness(struct backlight_device *bd)
{
	struct foo_device *fdev = bl_get_data(bd);
	int idx, v = 0;

	if (drm_dev_enter(&fdev->drm, &idx)) {
		v = readl(fdev->regs + FOO_BL_PWM);
		drm_dev_exit(idx);
	}
	return v;
}

static const struct backlight_ops foo_bl_ops = {
	.update_status = foo_bl_update_status, // expected-note{{'foo_bl_update_status' is a backlight callback, registered here}}
	.get_brightness = foo_bl_get_brightness,
};

int foo_ddc_init(struct device *dev, struct foo_device *fdev)
{
	struct backlight_properties props = { .max_brightness = 255 };
	int ret;

	fdev->ddc.algo = &foo_ddc_algo;
	i2c_set_adapdata(&fdev->ddc, fdev);
	ret = i2c_add_adapter(&fdev->ddc);
	if (ret)
		return ret;
	fdev->bit.data = fdev;
	fdev->bit.setsda = foo_setsda; // expected-note{{'foo_setsda' is an I2C bit-banging callback, registered here}}
	fdev->bit.getsda = foo_getsda;
	fdev->bitbang.algo_data = &fdev->bit;
	ret = i2c_bit_add_bus(&fdev->bitbang);
	if (ret)
		return ret;
	devm_backlight_device_register(dev, "foo", dev, fdev, &foo_bl_ops, &props);
	return 0;
}
