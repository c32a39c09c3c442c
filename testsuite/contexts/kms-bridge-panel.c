// Pins drm_bridge_funcs and drm_panel_funcs: the display device's commits call them through the
// bridge chain (and the panel bridge), so they are after-unbind: an unguarded bridge enable or
// panel prepare fires, the guarded bridge disable is silent. Bridge .attach and .atomic_reset
// run from drm_bridge_attach() at probe/bind, .debugfs_init at registration: bound.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_bridge.h>
#include <drm/drm_panel.h>

#define FOO_BR_CTRL	0x00
#define FOO_BR_PLL	0x04
#define FOO_PANEL_PWR	0x08

struct foo_bridge {
	struct drm_bridge bridge;
	struct drm_panel panel;
	void __iomem *regs;
};

#define bridge_to_foo(b) container_of(b, struct foo_bridge, bridge)
#define panel_to_foo(p) container_of(p, struct foo_bridge, panel)

static void foo_bridge_atomic_enable(struct drm_bridge *bridge,
				     struct drm_bridge_state *old_state)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_bridge_atomic_enable', which can run after unbind}}
	// expected-note@+1{{'foo_bridge_atomic_enable' accesses MMIO with 'writel' here}}
	writel(1, bridge_to_foo(bridge)->regs + FOO_BR_CTRL);
}

static void foo_bridge_atomic_disable(struct drm_bridge *bridge,
				      struct drm_bridge_state *old_state)
{
	int idx;

	if (!drm_dev_enter(bridge->dev, &idx))
		return;
	writel(0, bridge_to_foo(bridge)->regs + FOO_BR_CTRL);
	drm_dev_exit(idx);
}

static int foo_bridge_attach(struct drm_bridge *bridge, enum drm_bridge_attach_flags flags)
{
	writel(1, bridge_to_foo(bridge)->regs + FOO_BR_PLL);
	return 0;
}

static struct drm_bridge_state *foo_bridge_atomic_reset(struct drm_bridge *bridge)
{
	writel(0, bridge_to_foo(bridge)->regs + FOO_BR_CTRL);
	return NULL;
}

static const struct drm_bridge_funcs foo_bridge_funcs = {
	.attach = foo_bridge_attach,
	.atomic_reset = foo_bridge_atomic_reset,
	.atomic_enable = foo_bridge_atomic_enable, // expected-note{{'foo_bridge_atomic_enable' is a DRM bridge callback, registered here}}
	.atomic_disable = foo_bridge_atomic_disable,
};

static int foo_panel_prepare(struct drm_panel *panel)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_panel_prepare', which can run after unbind}}
	// expected-note@+1{{'foo_panel_prepare' accesses MMIO with 'writel' here}}
	writel(1, panel_to_foo(panel)->regs + FOO_PANEL_PWR);
	return 0;
}

static void foo_panel_debugfs_init(struct drm_panel *panel, struct dentry *root)
{
	readl(panel_to_foo(panel)->regs + FOO_PANEL_PWR);
}

static const struct drm_panel_funcs foo_panel_funcs = {
	.prepare = foo_panel_prepare, // expected-note{{'foo_panel_prepare' is a DRM panel callback, registered here}}
	.debugfs_init = foo_panel_debugfs_init,
};

int foo_bridge_probe(struct device *dev, struct foo_bridge *fb)
{
	fb->bridge.funcs = &foo_bridge_funcs;
	drm_panel_init(&fb->panel, dev, &foo_panel_funcs, 0);
	drm_panel_add(&fb->panel);
	return devm_drm_bridge_add(dev, &fb->bridge);
}
