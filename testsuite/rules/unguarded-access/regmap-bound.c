// Pins bound scope for MMIO regmaps: the same accesses as regmap-mmio.c, through a struct
// member and a helper, made only from probe, remove, runtime PM and an interrupt handler
// requested after the registers were mapped, are silent. (One ioctl on the same regmap
// fires, so the handle is known: the silence is the contexts'.)
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/interrupt.h>
#include <linux/io.h>
#include <linux/platform_device.h>
#include <linux/pm_runtime.h>
#include <linux/regmap.h>
#include <linux/slab.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_CTRL	0x10
#define FOO_IRQ_STATUS	0x20

struct foo_device {
	struct drm_device drm;
	struct regmap *regmap;
};

static const struct regmap_config foo_regmap_config = {
	.reg_bits = 32,
	.reg_stride = 4,
	.val_bits = 32,
};

static void foo_hw_enable(struct foo_device *fdev, bool on)
{
	regmap_update_bits(fdev->regmap, FOO_CTRL, 1, on); // expected-note{{'foo_hw_enable' accesses MMIO with 'regmap_update_bits' here}}
}

static irqreturn_t foo_irq_handler(int irq, void *data)
{
	struct foo_device *fdev = data;
	unsigned int status;

	regmap_read(fdev->regmap, FOO_IRQ_STATUS, &status);
	regmap_write(fdev->regmap, FOO_IRQ_STATUS, status);
	return status ? IRQ_HANDLED : IRQ_NONE;
}

static int foo_probe(struct platform_device *pdev)
{
	struct foo_device *fdev;
	void __iomem *base;
	int irq;

	fdev = devm_kzalloc(&pdev->dev, sizeof(*fdev), GFP_KERNEL);
	if (!fdev)
		return -ENOMEM;
	base = devm_platform_ioremap_resource(pdev, 0);
	if (IS_ERR(base))
		return PTR_ERR(base);
	fdev->regmap = devm_regmap_init_mmio(&pdev->dev, base, &foo_regmap_config);
	if (IS_ERR(fdev->regmap))
		return PTR_ERR(fdev->regmap);
	foo_hw_enable(fdev, true);
	platform_set_drvdata(pdev, fdev);
	irq = platform_get_irq(pdev, 0);
	if (irq < 0)
		return irq;
	return devm_request_irq(&pdev->dev, irq, foo_irq_handler, IRQF_SHARED, "foo", fdev);
}

static void foo_remove(struct platform_device *pdev)
{
	foo_hw_enable(platform_get_drvdata(pdev), false);
}

static int foo_runtime_suspend(struct device *dev)
{
	struct foo_device *fdev = dev_get_drvdata(dev);

	foo_hw_enable(fdev, false);
	return regcache_sync(fdev->regmap);
}

static int foo_runtime_resume(struct device *dev)
{
	foo_hw_enable(dev_get_drvdata(dev), true);
	return 0;
}

static DEFINE_RUNTIME_DEV_PM_OPS(foo_pm_ops, foo_runtime_suspend, foo_runtime_resume, NULL);

#define DRM_IOCTL_FOO_ON	DRM_IO(DRM_COMMAND_BASE + 0x00)

static int foo_ioctl_on(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_on', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_on' calls 'foo_hw_enable' here}}
	foo_hw_enable(container_of(dev, struct foo_device, drm), true);
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_ON, foo_ioctl_on, DRM_RENDER_ALLOW), // expected-note{{'foo_ioctl_on' is a DRM ioctl handler, registered here}}
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};

static struct platform_driver foo_driver = {
	.probe = foo_probe,
	.remove = foo_remove,
	.driver = {
		.name = "foo",
		.pm = pm_ptr(&foo_pm_ops),
	},
};
module_platform_driver(foo_driver);
