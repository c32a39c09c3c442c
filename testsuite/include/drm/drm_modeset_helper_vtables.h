/* SPDX-License-Identifier: MIT */
#ifndef BS_DRM_MODESET_HELPER_VTABLES_H
#define BS_DRM_MODESET_HELPER_VTABLES_H

#include <drm/drm_crtc.h>
#include <drm/drm_plane.h>
#include <drm/drm_encoder.h>
#include <drm/drm_connector.h>

struct drm_atomic_state;
struct drm_modeset_acquire_ctx;
struct drm_scanout_buffer;

struct drm_crtc_helper_funcs {
	void (*dpms)(struct drm_crtc *crtc, int mode);
	void (*prepare)(struct drm_crtc *crtc);
	void (*commit)(struct drm_crtc *crtc);
	enum drm_mode_status (*mode_valid)(struct drm_crtc *crtc,
					   const struct drm_display_mode *mode);
	bool (*mode_fixup)(struct drm_crtc *crtc, const struct drm_display_mode *mode,
			   struct drm_display_mode *adjusted_mode);
	void (*mode_set_nofb)(struct drm_crtc *crtc);
	void (*disable)(struct drm_crtc *crtc);
	int (*atomic_check)(struct drm_crtc *crtc, struct drm_atomic_state *state);
	void (*atomic_begin)(struct drm_crtc *crtc, struct drm_atomic_state *state);
	void (*atomic_flush)(struct drm_crtc *crtc, struct drm_atomic_state *state);
	void (*atomic_enable)(struct drm_crtc *crtc, struct drm_atomic_state *state);
	void (*atomic_disable)(struct drm_crtc *crtc, struct drm_atomic_state *state);
	bool (*get_scanout_position)(struct drm_crtc *crtc, bool in_vblank_irq, int *vpos,
				     int *hpos, s64 *stime, s64 *etime,
				     const struct drm_display_mode *mode);
};

struct drm_encoder_helper_funcs {
	void (*dpms)(struct drm_encoder *encoder, int mode);
	enum drm_mode_status (*mode_valid)(struct drm_encoder *encoder,
					   const struct drm_display_mode *mode);
	void (*mode_set)(struct drm_encoder *encoder, struct drm_display_mode *mode,
			 struct drm_display_mode *adjusted_mode);
	void (*atomic_mode_set)(struct drm_encoder *encoder, struct drm_crtc_state *crtc_state,
				struct drm_connector_state *conn_state);
	void (*atomic_disable)(struct drm_encoder *encoder, struct drm_atomic_state *state);
	void (*atomic_enable)(struct drm_encoder *encoder, struct drm_atomic_state *state);
	void (*disable)(struct drm_encoder *encoder);
	void (*enable)(struct drm_encoder *encoder);
	int (*atomic_check)(struct drm_encoder *encoder, struct drm_crtc_state *crtc_state,
			    struct drm_connector_state *conn_state);
	enum drm_connector_status (*detect)(struct drm_encoder *encoder,
					    struct drm_connector *connector);
};

struct drm_connector_helper_funcs {
	int (*get_modes)(struct drm_connector *connector);
	int (*detect_ctx)(struct drm_connector *connector, struct drm_modeset_acquire_ctx *ctx,
			  bool force);
	enum drm_mode_status (*mode_valid)(struct drm_connector *connector,
					   const struct drm_display_mode *mode);
	struct drm_encoder *(*best_encoder)(struct drm_connector *connector);
	int (*atomic_check)(struct drm_connector *connector, struct drm_atomic_state *state);
	void (*enable_hpd)(struct drm_connector *connector);
	void (*disable_hpd)(struct drm_connector *connector);
};

struct drm_plane_helper_funcs {
	int (*prepare_fb)(struct drm_plane *plane, struct drm_plane_state *new_state);
	void (*cleanup_fb)(struct drm_plane *plane, struct drm_plane_state *old_state);
	int (*begin_fb_access)(struct drm_plane *plane, struct drm_plane_state *new_state);
	void (*end_fb_access)(struct drm_plane *plane, struct drm_plane_state *new_state);
	int (*atomic_check)(struct drm_plane *plane, struct drm_atomic_state *state);
	void (*atomic_update)(struct drm_plane *plane, struct drm_atomic_state *state);
	void (*atomic_enable)(struct drm_plane *plane, struct drm_atomic_state *state);
	void (*atomic_disable)(struct drm_plane *plane, struct drm_atomic_state *state);
	int (*atomic_async_check)(struct drm_plane *plane, struct drm_atomic_state *state,
				  bool flip);
	void (*atomic_async_update)(struct drm_plane *plane, struct drm_atomic_state *state);
	int (*get_scanout_buffer)(struct drm_plane *plane, struct drm_scanout_buffer *sb);
	void (*panic_flush)(struct drm_plane *plane);
};

struct drm_mode_config_helper_funcs {
	void (*atomic_commit_tail)(struct drm_atomic_state *state);
	int (*atomic_commit_setup)(struct drm_atomic_state *state);
};

/* Like the kernel's, these store the table in the object: no registration of their own. */
static inline void drm_crtc_helper_add(struct drm_crtc *crtc,
				       const struct drm_crtc_helper_funcs *funcs)
{
	crtc->helper_private = funcs;
}

static inline void drm_plane_helper_add(struct drm_plane *plane,
					const struct drm_plane_helper_funcs *funcs)
{
	plane->helper_private = funcs;
}

static inline void drm_encoder_helper_add(struct drm_encoder *encoder,
					  const struct drm_encoder_helper_funcs *funcs)
{
	encoder->helper_private = funcs;
}

static inline void drm_connector_helper_add(struct drm_connector *connector,
					    const struct drm_connector_helper_funcs *funcs)
{
	connector->helper_private = funcs;
}

#endif
