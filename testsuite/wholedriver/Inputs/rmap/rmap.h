/* A two-file driver with MMIO regmaps: made in probe (rmap_drv.c), used by the ioctls
   (rmap_ioctl.c). The display's regmap is MMIO; the companion chip's is on I2C. */
#include <linux/i2c.h>
#include <linux/platform_device.h>
#include <linux/regmap.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define RMAP_CTRL	0x10
#define RMAP_STATUS	0x14

struct rmap_device {
	struct drm_device drm;
	struct regmap *regmap;
	struct regmap *chip_map;
};

#define to_rmap(dev) container_of(dev, struct rmap_device, drm)

int rmap_hw_rmw(struct regmap *map, unsigned int reg, unsigned int mask, unsigned int val);
