// Pins the silent side of MMIO regmaps: only a regmap the table's creators made on an address
// that is not provably plain memory is an MMIO handle. The same ioctls as regmap-mmio.c stay
// silent on a regmap made for an I2C or SPI device, one fetched with dev_get_regmap(), one made
// by devm_regmap_init_mmio() over a kzalloc() buffer, and through a helper taking the regmap
// that no call hands an MMIO regmap.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// RUN: %bs -DCONFIG_LOCKDEP -Xclang -verify %s
// expected-no-diagnostics

#include <linux/i2c.h>
#include <linux/regmap.h>
#include <linux/slab.h>
#include <linux/spi/spi.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define BAR_CTRL	0x10
#define BAR_STATUS	0x14

struct bar_device {
	struct drm_device drm;
	struct regmap *regmap;
	struct regmap *spi_map;
	struct regmap *shadow;
};

#define to_bar(dev) container_of(dev, struct bar_device, drm)

static const struct regmap_config bar_regmap_config = {
	.reg_bits = 8,
	.val_bits = 8,
};

static int bar_probe(struct i2c_client *client)
{
	struct bar_device *bdev;
	struct regmap *map;
	void *buf;

	bdev = devm_kzalloc(&client->dev, sizeof(*bdev), GFP_KERNEL);
	if (!bdev)
		return -ENOMEM;
	bdev->regmap = devm_regmap_init_i2c(client, &bar_regmap_config);
	if (IS_ERR(bdev->regmap))
		return PTR_ERR(bdev->regmap);
	map = dev_get_regmap(client->dev.parent, NULL);
	if (!map)
		return -ENODEV;
	bdev->spi_map = map;
	buf = kzalloc(256, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	bdev->shadow = devm_regmap_init_mmio(&client->dev, buf, &bar_regmap_config);
	return IS_ERR(bdev->shadow) ? PTR_ERR(bdev->shadow) : 0;
}

static int bar_spi_probe(struct spi_device *spi)
{
	struct bar_device *bdev = spi_get_drvdata(spi);

	bdev->spi_map = devm_regmap_init_spi(spi, &bar_regmap_config);
	return IS_ERR(bdev->spi_map) ? PTR_ERR(bdev->spi_map) : 0;
}

static int bar_rmw(struct regmap *map, unsigned int reg, unsigned int mask, unsigned int val)
{
	return regmap_update_bits(map, reg, mask, val);
}

#define DRM_IOCTL_BAR_I2C		DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_BAR_SPI		DRM_IO(DRM_COMMAND_BASE + 0x01)
#define DRM_IOCTL_BAR_SHADOW		DRM_IO(DRM_COMMAND_BASE + 0x02)
#define DRM_IOCTL_BAR_RMW		DRM_IO(DRM_COMMAND_BASE + 0x03)

static int bar_ioctl_i2c(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct regmap *map = to_bar(dev)->regmap;
	unsigned int val;

	regmap_write(map, BAR_CTRL, 1);
	return regmap_read_poll_timeout(map, BAR_STATUS, val, val & 1, 10, 1000);
}

static int bar_ioctl_spi(struct drm_device *dev, void *data, struct drm_file *file)
{
	return regmap_set_bits(to_bar(dev)->spi_map, BAR_CTRL, 1);
}

static int bar_ioctl_shadow(struct drm_device *dev, void *data, struct drm_file *file)
{
	return regmap_write(to_bar(dev)->shadow, BAR_CTRL, 1);
}

static int bar_ioctl_rmw(struct drm_device *dev, void *data, struct drm_file *file)
{
	return bar_rmw(to_bar(dev)->regmap, BAR_CTRL, 1, 1);
}

static const struct drm_ioctl_desc bar_ioctls[] = {
	DRM_IOCTL_DEF_DRV(BAR_I2C, bar_ioctl_i2c, DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(BAR_SPI, bar_ioctl_spi, DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(BAR_SHADOW, bar_ioctl_shadow, DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(BAR_RMW, bar_ioctl_rmw, DRM_RENDER_ALLOW),
};

const struct drm_driver bar_drm_driver = {
	.ioctls = bar_ioctls,
	.num_ioctls = ARRAY_SIZE(bar_ioctls),
};

static struct i2c_driver bar_i2c_driver = {
	.probe = bar_probe,
	.driver = { .name = "bar" },
};

static struct spi_driver bar_spi_driver = {
	.probe = bar_spi_probe,
	.driver = { .name = "bar-spi" },
};
