/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <drm/drm_gem_shmem_helper.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_DRM_DRM_GEM_SHMEM_HELPER_H
#define KMODEL_DRM_DRM_GEM_SHMEM_HELPER_H
#include <kmodel/kernel.h>
#endif
