/* SPDX-License-Identifier: MIT */
#ifndef BS_DRM_ATOMIC_H
#define BS_DRM_ATOMIC_H

struct drm_atomic_state;

extern int drm_atomic_commit(struct drm_atomic_state *state);
extern int drm_atomic_nonblocking_commit(struct drm_atomic_state *state);

#endif
