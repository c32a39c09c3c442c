/* SPDX-License-Identifier: MIT */
#ifndef BS_DRM_CONNECTOR_H
#define BS_DRM_CONNECTOR_H

#include <linux/types.h>
#include <drm/drm_device.h>
#include <drm/drm_modes.h>

struct dentry;
struct drm_connector;
struct drm_connector_helper_funcs;
struct drm_encoder;
struct i2c_adapter;

struct drm_connector_state {
	struct drm_connector *connector;
	struct drm_crtc *crtc;
	struct drm_encoder *best_encoder;
};

struct drm_connector_funcs {
	int (*dpms)(struct drm_connector *connector, int mode);
	void (*reset)(struct drm_connector *connector);
	enum drm_connector_status (*detect)(struct drm_connector *connector, bool force);
	void (*force)(struct drm_connector *connector);
	int (*fill_modes)(struct drm_connector *connector, u32 max_width, u32 max_height);
	int (*late_register)(struct drm_connector *connector);
	void (*early_unregister)(struct drm_connector *connector);
	void (*destroy)(struct drm_connector *connector);
	struct drm_connector_state *(*atomic_duplicate_state)(struct drm_connector *connector);
	void (*atomic_destroy_state)(struct drm_connector *connector,
				     struct drm_connector_state *state);
	void (*debugfs_init)(struct drm_connector *connector, struct dentry *root);
};

struct drm_connector {
	struct drm_device *dev;
	struct drm_connector_state *state;
	struct i2c_adapter *ddc;
	const struct drm_connector_funcs *funcs;
	const struct drm_connector_helper_funcs *helper_private;
	struct dentry *debugfs_entry;
};

#define DRM_MODE_CONNECTOR_HDMIA	11

extern int drm_connector_init(struct drm_device *dev, struct drm_connector *connector,
			      const struct drm_connector_funcs *funcs, int connector_type);
extern void drm_connector_cleanup(struct drm_connector *connector);
extern int drm_helper_probe_single_connector_modes(struct drm_connector *connector,
						   u32 max_x, u32 max_y);

#endif
