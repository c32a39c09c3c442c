/* SPDX-License-Identifier: MIT */
#ifndef BS_DRM_MODE_CONFIG_H
#define BS_DRM_MODE_CONFIG_H

#include <linux/types.h>
#include <drm/drm_device.h>
#include <drm/drm_modes.h>

struct drm_atomic_state;
struct drm_file;
struct drm_framebuffer;
struct drm_mode_fb_cmd2;

struct drm_mode_config_funcs {
	struct drm_framebuffer *(*fb_create)(struct drm_device *dev, struct drm_file *file,
					     const struct drm_mode_fb_cmd2 *mode_cmd);
	enum drm_mode_status (*mode_valid)(struct drm_device *dev,
					   const struct drm_display_mode *mode);
	int (*atomic_check)(struct drm_device *dev, struct drm_atomic_state *state);
	int (*atomic_commit)(struct drm_device *dev, struct drm_atomic_state *state,
			     bool nonblock);
	struct drm_atomic_state *(*atomic_state_alloc)(struct drm_device *dev);
	void (*atomic_state_clear)(struct drm_atomic_state *state);
	void (*atomic_state_free)(struct drm_atomic_state *state);
};

extern int drmm_mode_config_init(struct drm_device *dev);
extern void drm_mode_config_reset(struct drm_device *dev);
extern void drm_mode_config_cleanup(struct drm_device *dev);

#endif
