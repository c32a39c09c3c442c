/* SPDX-License-Identifier: MIT */
#ifndef BS_DRM_CRTC_H
#define BS_DRM_CRTC_H

#include <linux/types.h>
#include <drm/drm_device.h>
#include <drm/drm_modes.h>

struct drm_atomic_state;
struct drm_crtc;
struct drm_crtc_helper_funcs;
struct drm_file;
struct drm_framebuffer;
struct drm_mode_set;
struct drm_modeset_acquire_ctx;
struct drm_pending_vblank_event;
struct drm_plane;
struct drm_printer;
struct drm_property;

struct drm_crtc_state {
	struct drm_crtc *crtc;
	bool enable;
	bool active;
	struct drm_display_mode mode;
	struct drm_display_mode adjusted_mode;
	struct drm_pending_vblank_event *event;
};

/* Every hook of a CRTC's core vtable. */
struct drm_crtc_funcs {
	void (*reset)(struct drm_crtc *crtc);
	int (*cursor_set)(struct drm_crtc *crtc, struct drm_file *file, u32 handle, u32 width,
			  u32 height);
	int (*cursor_move)(struct drm_crtc *crtc, int x, int y);
	int (*gamma_set)(struct drm_crtc *crtc, u16 *r, u16 *g, u16 *b, u32 size,
			 struct drm_modeset_acquire_ctx *ctx);
	void (*destroy)(struct drm_crtc *crtc);
	int (*set_config)(struct drm_mode_set *set, struct drm_modeset_acquire_ctx *ctx);
	int (*page_flip)(struct drm_crtc *crtc, struct drm_framebuffer *fb,
			 struct drm_pending_vblank_event *event, u32 flags,
			 struct drm_modeset_acquire_ctx *ctx);
	struct drm_crtc_state *(*atomic_duplicate_state)(struct drm_crtc *crtc);
	void (*atomic_destroy_state)(struct drm_crtc *crtc, struct drm_crtc_state *state);
	int (*late_register)(struct drm_crtc *crtc);
	void (*early_unregister)(struct drm_crtc *crtc);
	int (*set_crc_source)(struct drm_crtc *crtc, const char *source);
	int (*verify_crc_source)(struct drm_crtc *crtc, const char *source, size_t *values_cnt);
	const char *const *(*get_crc_sources)(struct drm_crtc *crtc, size_t *count);
	u32 (*get_vblank_counter)(struct drm_crtc *crtc);
	int (*enable_vblank)(struct drm_crtc *crtc);
	void (*disable_vblank)(struct drm_crtc *crtc);
	bool (*get_vblank_timestamp)(struct drm_crtc *crtc, int *max_error, s64 *vblank_time,
				     bool in_vblank_irq);
};

struct dentry;

struct drm_crtc {
	struct drm_device *dev;
	struct drm_crtc_state *state;
	const struct drm_crtc_funcs *funcs;
	const struct drm_crtc_helper_funcs *helper_private;
	struct dentry *debugfs_entry;
};

extern int drm_crtc_init_with_planes(struct drm_device *dev, struct drm_crtc *crtc,
				     struct drm_plane *primary, struct drm_plane *cursor,
				     const struct drm_crtc_funcs *funcs, const char *name, ...);
extern void drm_crtc_cleanup(struct drm_crtc *crtc);

#endif
