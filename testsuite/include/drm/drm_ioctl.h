/* SPDX-License-Identifier: MIT */
#ifndef BS_DRM_IOCTL_H
#define BS_DRM_IOCTL_H

#include <linux/types.h>

struct drm_device;
struct drm_file;
struct file;

typedef int drm_ioctl_t(struct drm_device *dev, void *data, struct drm_file *file_priv);

enum drm_ioctl_flags {
	DRM_AUTH = 0x1,
	DRM_MASTER = 0x2,
	DRM_ROOT_ONLY = 0x4,
	DRM_RENDER_ALLOW = 0x20,
};

struct drm_ioctl_desc {
	unsigned int cmd;
	enum drm_ioctl_flags flags;
	drm_ioctl_t *func;
	const char *name;
};

#define DRM_IOCTL_BASE		'd'
#define DRM_COMMAND_BASE	0x40
#define DRM_IOCTL_NR(n)		((n) & 0xff)
#define DRM_IO(nr)		((unsigned int)((DRM_IOCTL_BASE << 8) | (nr)))
#define DRM_IOW(nr, type)	((unsigned int)((1u << 30) | (sizeof(type) << 16) | \
						(DRM_IOCTL_BASE << 8) | (nr)))
#define DRM_IOWR(nr, type)	((unsigned int)((3u << 30) | (sizeof(type) << 16) | \
						(DRM_IOCTL_BASE << 8) | (nr)))

/* One table slot, indexed by the ioctl number: a designated initializer. */
#define DRM_IOCTL_DEF_DRV(ioctl, _func, _flags) \
	[DRM_IOCTL_NR(DRM_IOCTL_##ioctl) - DRM_COMMAND_BASE] = { \
		.cmd = DRM_IOCTL_##ioctl, \
		.func = _func, \
		.flags = _flags, \
		.name = #ioctl, \
	}

extern long drm_ioctl(struct file *filp, unsigned int cmd, unsigned long arg);

#endif
