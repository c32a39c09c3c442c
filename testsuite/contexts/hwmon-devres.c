// Pins the devres order of a hwmon chip: devm_hwmon_device_register_with_info() hands over a
// chip whose .ops table holds the callbacks; devres unregisters the hwmon device (draining its
// sysfs) in reverse order after .remove, so a chip registered after the devm register mapping
// is gone before the mapping: its callbacks are bound, and the unguarded read is silent (xe's
// hwmon, registered long after its mapping). With -DMAP_AFTER the registers are mapped only
// after the chip was registered, so devres unmaps them first: fires, with the mapping as a
// note. With -DPLAIN the chip is registered with hwmon_device_register_with_info(), which
// nothing on the unbind path unregisters: fires.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// RUN: %bs -DMAP_AFTER -Xclang -verify=after %s
// RUN: %bs -DPLAIN -Xclang -verify=plain %s
// expected-no-diagnostics

#include <linux/io.h>
#include <linux/err.h>
#include <linux/device.h>
#include <linux/hwmon.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>

#define FOO_TEMP	0x10

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

static int foo_hwmon_read(struct device *dev, enum hwmon_sensor_types type, u32 attr,
			  int channel, long *val)
{
	struct foo_device *fdev = dev_get_drvdata(dev);

	// after-warning@+4{{MMIO access without an unbind guard in 'foo_hwmon_read', which can run after unbind}}
	// after-note@+3{{'foo_hwmon_read' accesses MMIO with 'readl' here}}
	// plain-warning@+2{{MMIO access without an unbind guard in 'foo_hwmon_read', which can run after unbind}}
	// plain-note@+1{{'foo_hwmon_read' accesses MMIO with 'readl' here}}
	*val = readl(fdev->regs + FOO_TEMP);
	return 0;
}

static const struct hwmon_ops foo_hwmon_ops = {
	.read = foo_hwmon_read, // after-note{{'foo_hwmon_read' is a hwmon callback, registered here}} plain-note{{'foo_hwmon_read' is a hwmon callback, registered here}}
};

static const struct hwmon_chip_info foo_chip_info = {
	.ops = &foo_hwmon_ops,
};

static int foo_probe(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);
	struct device *hwmon;

#ifdef PLAIN
	fdev->regs = devm_platform_ioremap_resource(pdev, 0);
	if (IS_ERR(fdev->regs))
		return PTR_ERR(fdev->regs);
	hwmon = hwmon_device_register_with_info(&pdev->dev, "foo", fdev, &foo_chip_info, NULL);
#elif defined(MAP_AFTER)
	hwmon = devm_hwmon_device_register_with_info(&pdev->dev, "foo", fdev, &foo_chip_info,
						     NULL);
	fdev->regs = devm_platform_ioremap_resource(pdev, 0); // after-note{{the registers are mapped here, after the table of callbacks was registered, so devres unmaps them first}}
	if (IS_ERR(fdev->regs))
		return PTR_ERR(fdev->regs);
#else
	fdev->regs = devm_platform_ioremap_resource(pdev, 0);
	if (IS_ERR(fdev->regs))
		return PTR_ERR(fdev->regs);
	hwmon = devm_hwmon_device_register_with_info(&pdev->dev, "foo", fdev, &foo_chip_info,
						     NULL);
#endif
	return IS_ERR(hwmon) ? PTR_ERR(hwmon) : 0;
}

static void foo_remove(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	drm_dev_unplug(&fdev->drm);
}

struct platform_driver foo_driver = {
	.probe = foo_probe,
	.remove = foo_remove,
};
