/* SPDX-License-Identifier: MIT */
#ifndef BS_DRM_DEVICE_H
#define BS_DRM_DEVICE_H

#include <linux/types.h>

struct device;
struct drm_driver;

struct drm_device {
	struct device *dev;
	const struct drm_driver *driver;
	void *dev_private;
	bool unplugged;
};

#endif
