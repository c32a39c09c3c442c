// Pins regmap fields derived from an MMIO regmap: devm_regmap_field_bulk_alloc() fills an
// array member of regmap_field pointers (the table's out_arg), and regmap_field_write() /
// regmap_field_read() on an element of it are accesses. The same fields derived from an I2C
// regmap are not.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/i2c.h>
#include <linux/platform_device.h>
#include <linux/regmap.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

enum { WIN_ENABLE, WIN_FORMAT, WIN_NFIELDS };

static const struct reg_field win_fields[WIN_NFIELDS] = {
	[WIN_ENABLE] = REG_FIELD(0x00, 0, 0),
	[WIN_FORMAT] = REG_FIELD(0x00, 1, 4),
};

struct foo_win {
	struct regmap_field *reg[WIN_NFIELDS];
};

struct bar_win {
	struct regmap_field *reg[WIN_NFIELDS];
};

struct foo_device {
	struct drm_device drm;
	struct regmap *map;
	struct foo_win win;
	struct bar_win chip_win;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

static const struct regmap_config foo_regmap_config = { .reg_bits = 32, .val_bits = 32 };

static int foo_probe(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);
	void __iomem *base = devm_platform_ioremap_resource(pdev, 0);

	if (IS_ERR(base))
		return PTR_ERR(base);
	fdev->map = devm_regmap_init_mmio(&pdev->dev, base, &foo_regmap_config);
	if (IS_ERR(fdev->map))
		return PTR_ERR(fdev->map);
	return devm_regmap_field_bulk_alloc(&pdev->dev, fdev->map, fdev->win.reg, win_fields,
					    WIN_NFIELDS);
}

static int foo_chip_probe(struct i2c_client *client)
{
	struct foo_device *fdev = i2c_get_clientdata(client);
	struct regmap *map = devm_regmap_init_i2c(client, &foo_regmap_config);

	if (IS_ERR(map))
		return PTR_ERR(map);
	return devm_regmap_field_bulk_alloc(&client->dev, map, fdev->chip_win.reg, win_fields,
					    WIN_NFIELDS);
}

static void foo_win_enable(struct foo_win *win, bool on)
{
	regmap_field_write(win->reg[WIN_ENABLE], on); // expected-note{{'foo_win_enable' accesses MMIO with 'regmap_field_write' here}}
}

#define DRM_IOCTL_FOO_SHOW	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_FORMAT	DRM_IO(DRM_COMMAND_BASE + 0x01)
#define DRM_IOCTL_FOO_CHIP	DRM_IO(DRM_COMMAND_BASE + 0x02)

static int foo_ioctl_show(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_show', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_show' calls 'foo_win_enable' here}}
	foo_win_enable(&to_foo(dev)->win, true);
	return 0;
}

static int foo_ioctl_format(struct drm_device *dev, void *data, struct drm_file *file)
{
	unsigned int *fmt = data;

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_format', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_format' accesses MMIO with 'regmap_field_read' here}}
	return regmap_field_read(to_foo(dev)->win.reg[WIN_FORMAT], fmt);
}

static int foo_ioctl_chip(struct drm_device *dev, void *data, struct drm_file *file)
{
	return regmap_field_write(to_foo(dev)->chip_win.reg[WIN_ENABLE], 1);
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_SHOW, foo_ioctl_show, DRM_RENDER_ALLOW), // expected-note{{'foo_ioctl_show' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_FORMAT, foo_ioctl_format, DRM_RENDER_ALLOW), // expected-note{{'foo_ioctl_format' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_CHIP, foo_ioctl_chip, DRM_RENDER_ALLOW),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};

static struct platform_driver foo_driver = {
	.probe = foo_probe,
	.driver = { .name = "foo" },
};

static struct i2c_driver foo_chip_driver = {
	.probe = foo_chip_probe,
	.driver = { .name = "foo-chip" },
};
