/* SPDX-License-Identifier: MIT */
/* kmodel: the part of the DRM uapi the driver's uapi header needs (ioctl number encoding). */
#ifndef KMODEL_UAPI_DRM_H
#define KMODEL_UAPI_DRM_H
#include <kmodel/base.h>

#define DRM_IOCTL_BASE		'd'
#define DRM_COMMAND_BASE	0x40
#define KMODEL_IOC_WRITE	1u
#define KMODEL_IOC_READ		2u
#define KMODEL_IOC(dir, type, nr, size) \
	(((dir) << 30) | ((unsigned int)(size) << 16) | ((type) << 8) | (nr))
#define KMODEL_IOC_DIR(cmd)	(((cmd) >> 30) & 3u)
#define KMODEL_IOC_SIZE(cmd)	(((cmd) >> 16) & 0x3fffu)
#define DRM_IOCTL_NR(cmd)	((cmd) & 0xffu)
#define DRM_IO(nr)		KMODEL_IOC(0u, DRM_IOCTL_BASE, nr, 0)
#define DRM_IOR(nr, type)	KMODEL_IOC(KMODEL_IOC_READ, DRM_IOCTL_BASE, nr, sizeof(type))
#define DRM_IOW(nr, type)	KMODEL_IOC(KMODEL_IOC_WRITE, DRM_IOCTL_BASE, nr, sizeof(type))
#define DRM_IOWR(nr, type) \
	KMODEL_IOC(KMODEL_IOC_READ | KMODEL_IOC_WRITE, DRM_IOCTL_BASE, nr, sizeof(type))
#endif
