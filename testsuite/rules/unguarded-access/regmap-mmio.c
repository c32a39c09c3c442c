// Pins MMIO regmaps: a regmap made by devm_regmap_init_mmio() on an __iomem base is an MMIO
// handle (accessors.json, mmio_handles), and regmap_write()/regmap_update_bits()/... on it are
// accesses. The handle is followed through a struct member assigned in probe and read in an
// ioctl, a local copy of the member, a local assigned in probe and then stored, a driver helper
// taking the driver struct, a helper taking the regmap itself, a regmap_field derived from it,
// and regmap_read_poll_timeout(). Guarded uses, and calls that do not access the registers
// (regmap_get_val_bytes), are silent. With CONFIG_LOCKDEP the init macros are statement
// expressions: the same answers.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// RUN: %bs -DCONFIG_LOCKDEP -Xclang -verify %s
// RUN: %clang_fplugin -Xclang -verify %s -o %t.o

#include <linux/io.h>
#include <linux/platform_device.h>
#include <linux/regmap.h>
#include <linux/slab.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_CTRL	0x10
#define FOO_STATUS	0x14
#define FOO_IRQ_MASK	0x18

struct foo_device {
	struct drm_device drm;
	struct regmap *regmap;
	struct regmap *aux_map;
	struct regmap_field *enable;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

static const struct regmap_config foo_regmap_config = {
	.reg_bits = 32,
	.reg_stride = 4,
	.val_bits = 32,
};

static const struct reg_field foo_enable_field = REG_FIELD(FOO_CTRL, 0, 0);

static int foo_probe(struct platform_device *pdev)
{
	struct foo_device *fdev;
	struct regmap *map;
	void __iomem *base, *aux;

	fdev = devm_kzalloc(&pdev->dev, sizeof(*fdev), GFP_KERNEL);
	if (!fdev)
		return -ENOMEM;
	base = devm_platform_ioremap_resource(pdev, 0);
	if (IS_ERR(base))
		return PTR_ERR(base);
	fdev->regmap = devm_regmap_init_mmio(&pdev->dev, base, &foo_regmap_config);
	if (IS_ERR(fdev->regmap))
		return PTR_ERR(fdev->regmap);
	aux = devm_platform_ioremap_resource(pdev, 1);
	if (IS_ERR(aux))
		return PTR_ERR(aux);
	map = devm_regmap_init_mmio_clk(&pdev->dev, "aux", aux, &foo_regmap_config);
	if (IS_ERR(map))
		return PTR_ERR(map);
	fdev->aux_map = map;
	fdev->enable = devm_regmap_field_alloc(&pdev->dev, fdev->regmap, foo_enable_field);
	/* bound scope: probe touches the registers freely */
	regmap_write(fdev->regmap, FOO_IRQ_MASK, 0);
	platform_set_drvdata(pdev, fdev);
	return 0;
}

static void foo_kick(struct foo_device *fdev)
{
	regmap_set_bits(fdev->regmap, FOO_CTRL, 1); // expected-note{{'foo_kick' accesses MMIO with 'regmap_set_bits' here}}
}

static int foo_rmw(struct regmap *map, unsigned int reg, unsigned int mask, unsigned int val)
{
	return regmap_update_bits(map, reg, mask, val); // expected-note{{'foo_rmw' accesses MMIO with 'regmap_update_bits' here}}
}

#define DRM_IOCTL_FOO_FIELD		DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_LOCAL		DRM_IO(DRM_COMMAND_BASE + 0x01)
#define DRM_IOCTL_FOO_AUX		DRM_IO(DRM_COMMAND_BASE + 0x02)
#define DRM_IOCTL_FOO_KICK		DRM_IO(DRM_COMMAND_BASE + 0x03)
#define DRM_IOCTL_FOO_RMW		DRM_IO(DRM_COMMAND_BASE + 0x04)
#define DRM_IOCTL_FOO_ENABLE		DRM_IO(DRM_COMMAND_BASE + 0x05)
#define DRM_IOCTL_FOO_WAIT		DRM_IO(DRM_COMMAND_BASE + 0x06)
#define DRM_IOCTL_FOO_SAFE		DRM_IO(DRM_COMMAND_BASE + 0x07)
#define DRM_IOCTL_FOO_INFO		DRM_IO(DRM_COMMAND_BASE + 0x08)

static int foo_ioctl_field(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_field', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_field' accesses MMIO with 'regmap_write' here}}
	return regmap_write(fdev->regmap, FOO_CTRL, 1);
}

static int foo_ioctl_local(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct regmap *map = to_foo(dev)->regmap;
	unsigned int *val = data;

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_local', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_local' accesses MMIO with 'regmap_read' here}}
	return regmap_read(map, FOO_STATUS, val);
}

static int foo_ioctl_aux(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_aux', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_aux' accesses MMIO with 'regmap_clear_bits' here}}
	return regmap_clear_bits(to_foo(dev)->aux_map, FOO_CTRL, 1);
}

static int foo_ioctl_kick(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_kick', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_kick' calls 'foo_kick' here}}
	foo_kick(to_foo(dev));
	return 0;
}

static int foo_ioctl_rmw(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_rmw', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_rmw' calls 'foo_rmw' here}}
	return foo_rmw(to_foo(dev)->regmap, FOO_CTRL, 2, 2);
}

static int foo_ioctl_enable(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_enable', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_enable' accesses MMIO with 'regmap_field_write' here}}
	return regmap_field_write(to_foo(dev)->enable, 1);
}

static int foo_ioctl_wait(struct drm_device *dev, void *data, struct drm_file *file)
{
	unsigned int val;

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_wait', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_wait' accesses MMIO with 'regmap_read' through 'regmap_read_poll_timeout' here}}
	return regmap_read_poll_timeout(to_foo(dev)->regmap, FOO_STATUS, val, val & 1, 10, 1000);
}

static int foo_ioctl_safe(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx, ret;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	ret = regmap_write(fdev->regmap, FOO_CTRL, 0);
	if (!ret)
		ret = foo_rmw(fdev->aux_map, FOO_CTRL, 1, 0);
	foo_kick(fdev);
	drm_dev_exit(idx);
	return ret;
}

/* asks the regmap core, not the device */
static int foo_ioctl_info(struct drm_device *dev, void *data, struct drm_file *file)
{
	return regmap_get_val_bytes(to_foo(dev)->regmap);
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_FIELD, foo_ioctl_field, DRM_RENDER_ALLOW), // expected-note{{'foo_ioctl_field' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_LOCAL, foo_ioctl_local, DRM_RENDER_ALLOW), // expected-note{{'foo_ioctl_local' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_AUX, foo_ioctl_aux, DRM_RENDER_ALLOW), // expected-note{{'foo_ioctl_aux' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_KICK, foo_ioctl_kick, DRM_RENDER_ALLOW), // expected-note{{'foo_ioctl_kick' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_RMW, foo_ioctl_rmw, DRM_RENDER_ALLOW), // expected-note{{'foo_ioctl_rmw' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_ENABLE, foo_ioctl_enable, DRM_RENDER_ALLOW), // expected-note{{'foo_ioctl_enable' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_WAIT, foo_ioctl_wait, DRM_RENDER_ALLOW), // expected-note{{'foo_ioctl_wait' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_SAFE, foo_ioctl_safe, DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(FOO_INFO, foo_ioctl_info, DRM_RENDER_ALLOW),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};

static struct platform_driver foo_platform_driver = {
	.probe = foo_probe,
	.driver = { .name = "foo" },
};
module_platform_driver(foo_platform_driver);
