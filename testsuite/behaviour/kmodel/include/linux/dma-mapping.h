/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/dma-mapping.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_DMA_MAPPING_H
#define KMODEL_LINUX_DMA_MAPPING_H
#include <kmodel/kernel.h>
#endif
