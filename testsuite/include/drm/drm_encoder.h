/* SPDX-License-Identifier: MIT */
#ifndef BS_DRM_ENCODER_H
#define BS_DRM_ENCODER_H

#include <linux/types.h>
#include <drm/drm_device.h>

struct dentry;
struct drm_crtc;
struct drm_encoder;
struct drm_encoder_helper_funcs;

struct drm_encoder_funcs {
	void (*reset)(struct drm_encoder *encoder);
	void (*destroy)(struct drm_encoder *encoder);
	int (*late_register)(struct drm_encoder *encoder);
	void (*early_unregister)(struct drm_encoder *encoder);
	void (*debugfs_init)(struct drm_encoder *encoder, struct dentry *root);
};

struct drm_encoder {
	struct drm_device *dev;
	struct drm_crtc *crtc;
	const struct drm_encoder_funcs *funcs;
	const struct drm_encoder_helper_funcs *helper_private;
	struct dentry *debugfs_entry;
};

#define DRM_MODE_ENCODER_TMDS	2

extern int drm_encoder_init(struct drm_device *dev, struct drm_encoder *encoder,
			    const struct drm_encoder_funcs *funcs, int encoder_type,
			    const char *name, ...);
extern void drm_encoder_cleanup(struct drm_encoder *encoder);

#endif
