/* SPDX-License-Identifier: MIT */
#ifndef BS_DRM_MIPI_DSI_H
#define BS_DRM_MIPI_DSI_H

#include <linux/types.h>

struct device;
struct mipi_dsi_device;
struct mipi_dsi_host;

struct mipi_dsi_msg {
	u8 channel;
	u8 type;
	u16 flags;
	size_t tx_len;
	const void *tx_buf;
	size_t rx_len;
	void *rx_buf;
};

struct mipi_dsi_host_ops {
	int (*attach)(struct mipi_dsi_host *host, struct mipi_dsi_device *dsi);
	int (*detach)(struct mipi_dsi_host *host, struct mipi_dsi_device *dsi);
	ssize_t (*transfer)(struct mipi_dsi_host *host, const struct mipi_dsi_msg *msg);
};

struct mipi_dsi_host {
	struct device *dev;
	const struct mipi_dsi_host_ops *ops;
};

extern int mipi_dsi_host_register(struct mipi_dsi_host *host);
extern void mipi_dsi_host_unregister(struct mipi_dsi_host *host);

#endif
