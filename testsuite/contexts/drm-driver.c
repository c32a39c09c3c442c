// Pins drm_driver callbacks: after-unbind (postclose runs when the last file closes, which can
// be long after unbind). Unguarded fires, guarded is silent. debugfs_init is bound: the core
// calls it once per minor from drm_dev_register() (drm_debugfs.c:332-333), so its unguarded
// register read is silent. show_fdinfo is bound too: the core's drm_show_fdinfo() calls it
// inside its own drm_dev_enter() (drm_file.c:953-968), so its unguarded counter read is silent
// (xe's fdinfo reads the engines' timestamps).
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_file.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

static void foo_postclose(struct drm_device *dev, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_postclose', which can run after unbind}}
	// expected-note@+1{{'foo_postclose' accesses MMIO with 'writel' here}}
	writel(0, to_foo(dev)->regs + 0x300);
}

static int foo_open(struct drm_device *dev, struct drm_file *file)
{
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	writel(1, to_foo(dev)->regs + 0x300);
	drm_dev_exit(idx);
	return 0;
}

static void foo_show_fdinfo(struct drm_printer *p, struct drm_file *file)
{
	(void)readl(to_foo(file->minor->dev)->regs + 0x308);
}

static void foo_debugfs_init(struct drm_minor *minor)
{
	(void)readl(to_foo(minor->dev)->regs + 0x304);
}

const struct drm_driver foo_drm_driver = {
	.driver_features = DRIVER_GEM | DRIVER_RENDER,
	.open = foo_open,
	.postclose = foo_postclose, // expected-note{{'foo_postclose' is a drm_driver callback, registered here}}
	.debugfs_init = foo_debugfs_init,
	.show_fdinfo = foo_show_fdinfo,
	.name = "foo",
};
