/* SPDX-License-Identifier: MIT */
#ifndef BS_DRM_BRIDGE_H
#define BS_DRM_BRIDGE_H

#include <linux/types.h>
#include <drm/drm_modes.h>
#include <drm/drm_encoder.h>
#include <drm/drm_connector.h>

struct dentry;
struct drm_atomic_state;
struct drm_bridge;
struct drm_bridge_state;
struct drm_display_info;

enum drm_bridge_attach_flags {
	DRM_BRIDGE_ATTACH_NO_CONNECTOR = 1,
};

struct drm_bridge_funcs {
	int (*attach)(struct drm_bridge *bridge, enum drm_bridge_attach_flags flags);
	void (*detach)(struct drm_bridge *bridge);
	enum drm_mode_status (*mode_valid)(struct drm_bridge *bridge,
					   const struct drm_display_info *info,
					   const struct drm_display_mode *mode);
	void (*disable)(struct drm_bridge *bridge);
	void (*post_disable)(struct drm_bridge *bridge);
	void (*mode_set)(struct drm_bridge *bridge, const struct drm_display_mode *mode,
			 const struct drm_display_mode *adjusted_mode);
	void (*pre_enable)(struct drm_bridge *bridge);
	void (*enable)(struct drm_bridge *bridge);
	void (*atomic_pre_enable)(struct drm_bridge *bridge, struct drm_bridge_state *old_state);
	void (*atomic_enable)(struct drm_bridge *bridge, struct drm_bridge_state *old_state);
	void (*atomic_disable)(struct drm_bridge *bridge, struct drm_bridge_state *old_state);
	void (*atomic_post_disable)(struct drm_bridge *bridge,
				    struct drm_bridge_state *old_state);
	struct drm_bridge_state *(*atomic_reset)(struct drm_bridge *bridge);
	enum drm_connector_status (*detect)(struct drm_bridge *bridge);
	int (*get_modes)(struct drm_bridge *bridge, struct drm_connector *connector);
	void (*hpd_enable)(struct drm_bridge *bridge);
	void (*hpd_disable)(struct drm_bridge *bridge);
	void (*debugfs_init)(struct drm_bridge *bridge, struct dentry *root);
};

struct drm_bridge {
	struct drm_device *dev;
	struct drm_encoder *encoder;
	const struct drm_bridge_funcs *funcs;
	void *driver_private;
};

extern void drm_bridge_add(struct drm_bridge *bridge);
extern int devm_drm_bridge_add(struct device *dev, struct drm_bridge *bridge);
extern void drm_bridge_remove(struct drm_bridge *bridge);
extern int drm_bridge_attach(struct drm_encoder *encoder, struct drm_bridge *bridge,
			     struct drm_bridge *previous, enum drm_bridge_attach_flags flags);

#endif
