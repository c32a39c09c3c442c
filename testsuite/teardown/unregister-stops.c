// Pins the stops by unregistering: a non-devm hwmon chip whose remove calls
// hwmon_device_unregister(), a backlight device unregistered with backlight_device_unregister()
// (which clears its ops under the lock every caller of them holds), and a driver whose remove
// calls drm_mode_config_cleanup() itself (it destroys every CRTC, plane and encoder there, so
// the drmm release later finds none), and an I2C adapter deleted with i2c_del_adapter() (which
// waits until every reference to it is gone). Their callbacks are bound. With -DKEEP remove does none
// of it and every one fires (with the notes such findings always had, so that their
// fingerprints stay what they were).
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// RUN: %bs -DKEEP -Xclang -verify=keep %s
// expected-no-diagnostics

#include <linux/io.h>
#include <linux/device.h>
#include <linux/hwmon.h>
#include <linux/backlight.h>
#include <linux/i2c.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>
#include <drm/drm_crtc.h>
#include <drm/drm_mode_config.h>

#define FOO_TEMP	0x04
#define FOO_PWM		0x08
#define FOO_CRTC_OFF	0x0c
#define FOO_DDC		0x10

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct device *hwmon;
	struct backlight_device *bl;
	struct drm_crtc crtc;
	struct i2c_adapter ddc;
};

static int foo_hwmon_read(struct device *dev, enum hwmon_sensor_types type, u32 attr,
			  int channel, long *val)
{
	struct foo_device *fdev = dev_get_drvdata(dev);

	*val = readl(fdev->regs + FOO_TEMP); // keep-warning{{MMIO access without an unbind guard in 'foo_hwmon_read', which can run after unbind}} keep-note{{'foo_hwmon_read' accesses MMIO with 'readl' here}}
	return 0;
}

static const struct hwmon_ops foo_hwmon_ops = {
	.read = foo_hwmon_read, // keep-note{{'foo_hwmon_read' is a hwmon callback, registered here}}
};

static const struct hwmon_chip_info foo_chip = {
	.ops = &foo_hwmon_ops,
};

static int foo_bl_update(struct backlight_device *bd)
{
	struct foo_device *fdev = bl_get_data(bd);

	writel(bd->props.brightness, fdev->regs + FOO_PWM); // keep-warning{{MMIO access without an unbind guard in 'foo_bl_update', which can run after unbind}} keep-note{{'foo_bl_update' accesses MMIO with 'writel' here}}
	return 0;
}

static const struct backlight_ops foo_bl_ops = {
	.update_status = foo_bl_update, // keep-note{{'foo_bl_update' is a backlight callback, registered here}}
};

static void foo_crtc_destroy(struct drm_crtc *crtc)
{
	struct foo_device *fdev = container_of(crtc, struct foo_device, crtc);

	writel(0, fdev->regs + FOO_CRTC_OFF); // keep-warning{{MMIO access without an unbind guard in 'foo_crtc_destroy', which can run after unbind}} keep-note{{'foo_crtc_destroy' accesses MMIO with 'writel' here}}
	drm_crtc_cleanup(crtc);
}

static const struct drm_crtc_funcs foo_crtc_funcs = {
	.destroy = foo_crtc_destroy, // keep-note{{'foo_crtc_destroy' is a KMS CRTC callback, registered here}}
};

static int foo_ddc_xfer(struct i2c_adapter *adap, struct i2c_msg *msgs, int num)
{
	struct foo_device *fdev = container_of(adap, struct foo_device, ddc);

	writel(num, fdev->regs + FOO_DDC); // keep-warning{{MMIO access without an unbind guard in 'foo_ddc_xfer', which can run after unbind}} keep-note{{'foo_ddc_xfer' accesses MMIO with 'writel' here}}
	return num;
}

static const struct i2c_algorithm foo_ddc_algo = {
	.master_xfer = foo_ddc_xfer, // keep-note{{'foo_ddc_xfer' is an I2C adapter callback, registered here}}
};

static int foo_probe(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	fdev->regs = devm_platform_ioremap_resource(pdev, 0);
	fdev->hwmon = hwmon_device_register_with_info(&pdev->dev, "foo", fdev, &foo_chip, NULL);
	fdev->bl = backlight_device_register("foo", &pdev->dev, fdev, &foo_bl_ops, NULL);
	fdev->ddc.algo = &foo_ddc_algo;
	i2c_add_adapter(&fdev->ddc);
	return drm_crtc_init_with_planes(&fdev->drm, &fdev->crtc, NULL, NULL, &foo_crtc_funcs,
					 NULL);
}

static void foo_remove(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	drm_dev_unplug(&fdev->drm);
#ifndef KEEP
	hwmon_device_unregister(fdev->hwmon);
	backlight_device_unregister(fdev->bl);
	drm_mode_config_cleanup(&fdev->drm);
	i2c_del_adapter(&fdev->ddc);
#endif
}

struct platform_driver foo_driver = {
	.probe = foo_probe,
	.remove = foo_remove,
};
