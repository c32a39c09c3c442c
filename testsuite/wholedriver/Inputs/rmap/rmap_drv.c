#include <linux/slab.h>
#include "rmap.h"

static const struct regmap_config rmap_regmap_config = {
	.reg_bits = 32,
	.reg_stride = 4,
	.val_bits = 32,
};

int rmap_hw_rmw(struct regmap *map, unsigned int reg, unsigned int mask, unsigned int val)
{
	return regmap_update_bits(map, reg, mask, val);
}

static int rmap_probe(struct platform_device *pdev)
{
	struct rmap_device *rdev;
	void __iomem *base;

	rdev = devm_kzalloc(&pdev->dev, sizeof(*rdev), GFP_KERNEL);
	if (!rdev)
		return -ENOMEM;
	base = devm_platform_ioremap_resource(pdev, 0);
	if (IS_ERR(base))
		return PTR_ERR(base);
	rdev->regmap = devm_regmap_init_mmio(&pdev->dev, base, &rmap_regmap_config);
	if (IS_ERR(rdev->regmap))
		return PTR_ERR(rdev->regmap);
	platform_set_drvdata(pdev, rdev);
	return 0;
}

static int rmap_chip_probe(struct i2c_client *client)
{
	struct rmap_device *rdev = i2c_get_clientdata(client);

	rdev->chip_map = devm_regmap_init_i2c(client, &rmap_regmap_config);
	return IS_ERR(rdev->chip_map) ? PTR_ERR(rdev->chip_map) : 0;
}

static struct platform_driver rmap_platform_driver = {
	.probe = rmap_probe,
	.driver = { .name = "rmap" },
};

static struct i2c_driver rmap_chip_driver = {
	.probe = rmap_chip_probe,
	.driver = { .name = "rmap-chip" },
};
