// Limitation (docs/rules/unguarded-access.md, "Limitations"): an MMIO regmap returned by a
// driver helper is not followed, so regmap_write() on the helper's result in an ioctl with no
// guard is not reported. Expected to fail until the limitation is lifted; then update the page
// and drop XFAIL.
// XFAIL: *
// RUN: %bs -Xclang -verify -Xclang -verify-ignore-unexpected=note %s

#include <linux/io.h>
#include <linux/platform_device.h>
#include <linux/regmap.h>
#include <linux/slab.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_CTRL	0x10

struct foo_device {
	struct drm_device drm;
	struct regmap *regmap;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

static const struct regmap_config foo_regmap_config = {
	.reg_bits = 32,
	.reg_stride = 4,
	.val_bits = 32,
};

static int foo_probe(struct platform_device *pdev)
{
	struct foo_device *fdev;
	void __iomem *base;

	fdev = devm_kzalloc(&pdev->dev, sizeof(*fdev), GFP_KERNEL);
	if (!fdev)
		return -ENOMEM;
	base = devm_platform_ioremap_resource(pdev, 0);
	if (IS_ERR(base))
		return PTR_ERR(base);
	fdev->regmap = devm_regmap_init_mmio(&pdev->dev, base, &foo_regmap_config);
	if (IS_ERR(fdev->regmap))
		return PTR_ERR(fdev->regmap);
	platform_set_drvdata(pdev, fdev);
	return 0;
}

static struct platform_driver foo_driver = {
	.probe = foo_probe,
};

static struct regmap *foo_map(struct drm_device *dev)
{
	return to_foo(dev)->regmap;
}

#define DRM_IOCTL_FOO_RESET	DRM_IO(DRM_COMMAND_BASE + 0x00)

static int foo_ioctl_reset(struct drm_device *dev, void *data, struct drm_file *file)
{
	return regmap_write(foo_map(dev), FOO_CTRL, 1); // expected-warning{{MMIO access without an unbind guard}}
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_RESET, foo_ioctl_reset, 0),
};

static const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
