/* SPDX-License-Identifier: MIT */
#ifndef BS_DRM_FRAMEBUFFER_H
#define BS_DRM_FRAMEBUFFER_H

#include <linux/types.h>
#include <drm/drm_device.h>

struct drm_clip_rect;
struct drm_file;
struct drm_framebuffer;

struct drm_framebuffer_funcs {
	void (*destroy)(struct drm_framebuffer *fb);
	int (*create_handle)(struct drm_framebuffer *fb, struct drm_file *file,
			     unsigned int *handle);
	int (*dirty)(struct drm_framebuffer *fb, struct drm_file *file, unsigned int flags,
		     unsigned int color, struct drm_clip_rect *clips, unsigned int num_clips);
};

struct drm_framebuffer {
	struct drm_device *dev;
	const struct drm_framebuffer_funcs *funcs;
	unsigned int pitches[4];
	unsigned int width, height;
};

#endif
