/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <drm/drm_file.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_DRM_DRM_FILE_H
#define KMODEL_DRM_DRM_FILE_H
#include <kmodel/kernel.h>
#endif
