/* SPDX-License-Identifier: MIT */
#ifndef BS_DRM_DEVICE_H
#define BS_DRM_DEVICE_H

#include <linux/types.h>

struct device;
struct dentry;
struct drm_driver;
struct drm_device;

struct drm_minor {
	struct drm_device *dev;
	struct dentry *debugfs_root;
};

struct drm_device {
	struct device *dev;
	const struct drm_driver *driver;
	void *dev_private;
	bool unplugged;
	struct drm_minor *primary;
	struct dentry *debugfs_root;
};

#endif
