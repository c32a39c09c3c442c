/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/scatterlist.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_SCATTERLIST_H
#define KMODEL_LINUX_SCATTERLIST_H
#include <kmodel/kernel.h>
#endif
