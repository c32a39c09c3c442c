/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/dma-fence.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_DMA_FENCE_H
#define KMODEL_LINUX_DMA_FENCE_H
#include <kmodel/kernel.h>
#endif
