// Pins mipi_dsi_host_ops: a DSI peripheral (a panel, a DSI bridge) sends its commands through
// the host's .transfer from its own callbacks, which the display device's commits run after
// unbind, and nothing in the DSI core checks the host: .transfer is after-unbind, so an
// unguarded transfer fires and a guarded one is silent. .attach and .detach run from the
// peripheral's probe and remove (or the host's unregister): bound.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// RUN: %bs -DGUARDED -Xclang -verify=guarded %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_mipi_dsi.h>

#define FOO_DSI_TXPKT	0x00
#define FOO_DSI_CTRL	0x04

struct foo_dsi {
	struct mipi_dsi_host host;
	struct drm_device *drm;
	void __iomem *regs;
};

#define host_to_foo(h) container_of(h, struct foo_dsi, host)

static ssize_t foo_dsi_host_transfer(struct mipi_dsi_host *host, const struct mipi_dsi_msg *msg)
{
	struct foo_dsi *dsi = host_to_foo(host);
#ifdef GUARDED
	int idx;

	if (!drm_dev_enter(dsi->drm, &idx))
		return -ENODEV;
	writel(msg->type, dsi->regs + FOO_DSI_TXPKT);
	drm_dev_exit(idx);
#else
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_dsi_host_transfer', which can run after unbind}}
	// expected-note@+1{{'foo_dsi_host_transfer' accesses MMIO with 'writel' here}}
	writel(msg->type, dsi->regs + FOO_DSI_TXPKT);
#endif
	return msg->tx_len;
}

static int foo_dsi_host_attach(struct mipi_dsi_host *host, struct mipi_dsi_device *device)
{
	writel(1, host_to_foo(host)->regs + FOO_DSI_CTRL);
	return 0;
}

static int foo_dsi_host_detach(struct mipi_dsi_host *host, struct mipi_dsi_device *device)
{
	writel(0, host_to_foo(host)->regs + FOO_DSI_CTRL);
	return 0;
}

static const struct mipi_dsi_host_ops foo_dsi_host_ops = {
	.attach = foo_dsi_host_attach,
	.detach = foo_dsi_host_detach,
#ifdef GUARDED
	.transfer = foo_dsi_host_transfer,
#else
	.transfer = foo_dsi_host_transfer, // expected-note{{'foo_dsi_host_transfer' is a MIPI DSI host transfer callback, registered here}}
#endif
};

int foo_dsi_probe(struct device *dev, struct foo_dsi *dsi)
{
	dsi->host.dev = dev;
	dsi->host.ops = &foo_dsi_host_ops;
	return mipi_dsi_host_register(&dsi->host);
}

// guarded-no-diagnostics
