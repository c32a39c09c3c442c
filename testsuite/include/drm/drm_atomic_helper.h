/* SPDX-License-Identifier: MIT */
#ifndef BS_DRM_ATOMIC_HELPER_H
#define BS_DRM_ATOMIC_HELPER_H

#include <linux/types.h>
#include <drm/drm_device.h>
#include <drm/drm_atomic_state_helper.h>

struct drm_atomic_state;

extern int drm_atomic_helper_check(struct drm_device *dev, struct drm_atomic_state *state);
extern int drm_atomic_helper_commit(struct drm_device *dev, struct drm_atomic_state *state,
				    bool nonblock);
extern void drm_atomic_helper_commit_tail(struct drm_atomic_state *state);
extern void drm_atomic_helper_shutdown(struct drm_device *dev);
extern int drm_mode_config_helper_suspend(struct drm_device *dev);
extern int drm_mode_config_helper_resume(struct drm_device *dev);

#endif
