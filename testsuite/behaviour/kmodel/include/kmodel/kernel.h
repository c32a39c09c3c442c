/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel: every <linux/...> and <drm/...> header of the model includes this one. */
#ifndef KMODEL_KERNEL_H
#define KMODEL_KERNEL_H
#include <kmodel/base.h>
#include <kmodel/dev.h>
#include <kmodel/drm.h>
#endif
