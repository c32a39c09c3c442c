// Pins the sysfs-driven tables: devfreq_dev_profile (governor work, sysfs, PM QoS), thermal
// zone and cooling device ops (poll work, sysfs) and hwmon_ops (sysfs, hwmon thermal zones)
// are after-unbind until the unbind path unregisters them: unguarded register access fires,
// guarded is silent. hwmon .is_visible runs only while the attributes are created: bound.
// (A devm hwmon chip registered after the mapping is bound: hwmon-devres.c.)
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/device.h>
#include <linux/devfreq.h>
#include <linux/thermal.h>
#include <linux/hwmon.h>
#include <drm/drm_drv.h>

#define FOO_BUSY	0x00
#define FOO_TEMP	0x04
#define FOO_FAN		0x08
#define FOO_POWER	0x0c

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

static int foo_devfreq_get_dev_status(struct device *dev, struct devfreq_dev_status *stat)
{
	struct foo_device *fdev = dev_get_drvdata(dev);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_devfreq_get_dev_status', which can run after unbind}}
	// expected-note@+1{{'foo_devfreq_get_dev_status' accesses MMIO with 'readl' here}}
	stat->busy_time = readl(fdev->regs + FOO_BUSY);
	return 0;
}

static int foo_devfreq_target(struct device *dev, unsigned long *freq, u32 flags)
{
	return 0;
}

static struct devfreq_dev_profile foo_devfreq_profile = {
	.polling_ms = 50,
	.target = foo_devfreq_target,
	.get_dev_status = foo_devfreq_get_dev_status, // expected-note{{'foo_devfreq_get_dev_status' is a devfreq callback, registered here}}
};

static int foo_get_temp(struct thermal_zone_device *tz, int *temp)
{
	struct foo_device *fdev = thermal_zone_device_priv(tz);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_get_temp', which can run after unbind}}
	// expected-note@+1{{'foo_get_temp' accesses MMIO with 'readl' here}}
	*temp = readl(fdev->regs + FOO_TEMP);
	return 0;
}

static const struct thermal_zone_device_ops foo_tz_ops = {
	.get_temp = foo_get_temp, // expected-note{{'foo_get_temp' is a thermal zone callback, registered here}}
};

static int foo_set_cur_state(struct thermal_cooling_device *cdev, unsigned long state)
{
	struct foo_device *fdev = *(struct foo_device **)cdev;
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx))
		return -ENODEV;
	writel(state, fdev->regs + FOO_FAN);
	drm_dev_exit(idx);
	return 0;
}

static int foo_get_max_state(struct thermal_cooling_device *cdev, unsigned long *state)
{
	struct foo_device *fdev = *(struct foo_device **)cdev;

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_get_max_state', which can run after unbind}}
	// expected-note@+1{{'foo_get_max_state' accesses MMIO with 'readl' here}}
	*state = readl(fdev->regs + FOO_FAN);
	return 0;
}

static const struct thermal_cooling_device_ops foo_cooling_ops = {
	.get_max_state = foo_get_max_state, // expected-note{{'foo_get_max_state' is a thermal cooling device callback, registered here}}
	.set_cur_state = foo_set_cur_state,
};

static umode_t foo_hwmon_is_visible(const void *drvdata, enum hwmon_sensor_types type,
				    u32 attr, int channel)
{
	const struct foo_device *fdev = drvdata;

	return readl(fdev->regs + FOO_POWER) ? 0444 : 0;
}

static int foo_hwmon_read(struct device *dev, enum hwmon_sensor_types type, u32 attr,
			  int channel, long *val)
{
	struct foo_device *fdev = dev_get_drvdata(dev);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_hwmon_read', which can run after unbind}}
	// expected-note@+1{{'foo_hwmon_read' accesses MMIO with 'readl' here}}
	*val = readl(fdev->regs + FOO_POWER);
	return 0;
}

static const struct hwmon_ops foo_hwmon_ops = {
	.is_visible = foo_hwmon_is_visible,
	.read = foo_hwmon_read, // expected-note{{'foo_hwmon_read' is a hwmon callback, registered here}}
};

static const struct hwmon_chip_info foo_chip_info = {
	.ops = &foo_hwmon_ops,
};

int foo_sensors_init(struct device *dev, struct foo_device *fdev)
{
	devm_devfreq_add_device(dev, &foo_devfreq_profile, "simple_ondemand", NULL);
	devm_thermal_of_zone_register(dev, 0, fdev, &foo_tz_ops);
	thermal_cooling_device_register("foo-fan", fdev, &foo_cooling_ops);
	hwmon_device_register_with_info(dev, "foo", fdev, &foo_chip_info, NULL);
	return 0;
}
