/* SPDX-License-Identifier: MIT */
#ifndef BS_DRM_PLANE_H
#define BS_DRM_PLANE_H

#include <linux/types.h>
#include <drm/drm_crtc.h>

struct drm_framebuffer;
struct drm_plane_helper_funcs;

struct drm_plane_state {
	struct drm_plane *plane;
	struct drm_crtc *crtc;
	struct drm_framebuffer *fb;
	int crtc_x, crtc_y;
	u32 src_x, src_y, src_w, src_h;
	bool visible;
};

struct drm_plane_funcs {
	int (*update_plane)(struct drm_plane *plane, struct drm_crtc *crtc,
			    struct drm_framebuffer *fb, int crtc_x, int crtc_y,
			    unsigned int crtc_w, unsigned int crtc_h, u32 src_x, u32 src_y,
			    u32 src_w, u32 src_h, struct drm_modeset_acquire_ctx *ctx);
	int (*disable_plane)(struct drm_plane *plane, struct drm_modeset_acquire_ctx *ctx);
	void (*destroy)(struct drm_plane *plane);
	void (*reset)(struct drm_plane *plane);
	struct drm_plane_state *(*atomic_duplicate_state)(struct drm_plane *plane);
	void (*atomic_destroy_state)(struct drm_plane *plane, struct drm_plane_state *state);
	int (*late_register)(struct drm_plane *plane);
	void (*early_unregister)(struct drm_plane *plane);
	bool (*format_mod_supported)(struct drm_plane *plane, u32 format, u64 modifier);
};

struct drm_plane {
	struct drm_device *dev;
	struct drm_plane_state *state;
	const struct drm_plane_funcs *funcs;
	const struct drm_plane_helper_funcs *helper_private;
};

enum drm_plane_type {
	DRM_PLANE_TYPE_OVERLAY,
	DRM_PLANE_TYPE_PRIMARY,
	DRM_PLANE_TYPE_CURSOR,
};

extern int drm_universal_plane_init(struct drm_device *dev, struct drm_plane *plane,
				    u32 possible_crtcs, const struct drm_plane_funcs *funcs,
				    const u32 *formats, unsigned int format_count,
				    const u64 *format_modifiers, enum drm_plane_type type,
				    const char *name, ...);

#endif
