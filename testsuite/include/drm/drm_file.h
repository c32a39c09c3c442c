/* SPDX-License-Identifier: MIT */
#ifndef BS_DRM_FILE_H
#define BS_DRM_FILE_H

#include <linux/types.h>

struct drm_minor;

struct drm_file {
	void *driver_priv;
	struct drm_minor *minor;
};

#endif
