/* SPDX-License-Identifier: MIT */
#ifndef BS_DRM_ATOMIC_STATE_HELPER_H
#define BS_DRM_ATOMIC_STATE_HELPER_H

#include <drm/drm_crtc.h>

extern void __drm_atomic_helper_crtc_reset(struct drm_crtc *crtc,
					   struct drm_crtc_state *state);
extern void drm_atomic_helper_crtc_reset(struct drm_crtc *crtc);

#endif
