/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <drm/gpu_scheduler.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_DRM_GPU_SCHEDULER_H
#define KMODEL_DRM_GPU_SCHEDULER_H
#include <kmodel/kernel.h>
#endif
