/* SPDX-License-Identifier: MIT */
#ifndef BS_DRM_PANEL_H
#define BS_DRM_PANEL_H

#include <linux/types.h>

struct dentry;
struct device;
struct drm_connector;
struct drm_panel;

struct drm_panel_funcs {
	int (*prepare)(struct drm_panel *panel);
	int (*enable)(struct drm_panel *panel);
	int (*disable)(struct drm_panel *panel);
	int (*unprepare)(struct drm_panel *panel);
	int (*get_modes)(struct drm_panel *panel, struct drm_connector *connector);
	void (*debugfs_init)(struct drm_panel *panel, struct dentry *root);
};

struct drm_panel {
	struct device *dev;
	const struct drm_panel_funcs *funcs;
	int connector_type;
};

extern void drm_panel_init(struct drm_panel *panel, struct device *dev,
			   const struct drm_panel_funcs *funcs, int connector_type);
extern void drm_panel_add(struct drm_panel *panel);
extern void drm_panel_remove(struct drm_panel *panel);

#endif
