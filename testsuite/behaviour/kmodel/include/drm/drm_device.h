/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <drm/drm_device.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_DRM_DRM_DEVICE_H
#define KMODEL_DRM_DRM_DEVICE_H
#include <kmodel/kernel.h>
#endif
