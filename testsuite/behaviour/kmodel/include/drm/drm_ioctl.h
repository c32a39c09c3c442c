/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <drm/drm_ioctl.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_DRM_DRM_IOCTL_H
#define KMODEL_DRM_DRM_IOCTL_H
#include <kmodel/kernel.h>
#endif
