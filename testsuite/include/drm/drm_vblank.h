/* SPDX-License-Identifier: MIT */
#ifndef BS_DRM_VBLANK_H
#define BS_DRM_VBLANK_H

#include <linux/types.h>
#include <drm/drm_crtc.h>

struct drm_vblank_work;

/* A kthread work on the CRTC's vblank worker; the callback is handed over by call. */
struct drm_vblank_work {
	void (*func)(struct drm_vblank_work *work);
	struct drm_crtc *crtc;
	u64 count;
};

extern int drm_vblank_init(struct drm_device *dev, unsigned int num_crtcs);
extern int drm_crtc_vblank_get(struct drm_crtc *crtc);
extern void drm_crtc_vblank_put(struct drm_crtc *crtc);
extern void drm_crtc_vblank_on(struct drm_crtc *crtc);
extern void drm_crtc_vblank_off(struct drm_crtc *crtc);
extern void drm_crtc_vblank_reset(struct drm_crtc *crtc);
extern bool drm_crtc_vblank_helper_get_vblank_timestamp(struct drm_crtc *crtc, int *max_error,
							 s64 *vblank_time, bool in_vblank_irq);
extern bool drm_crtc_handle_vblank(struct drm_crtc *crtc);
extern void drm_vblank_work_init(struct drm_vblank_work *work, struct drm_crtc *crtc,
				 void (*func)(struct drm_vblank_work *work));
extern int drm_vblank_work_schedule(struct drm_vblank_work *work, u64 count, bool nextonmiss);

#endif
