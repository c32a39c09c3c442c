/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/slab.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_SLAB_H
#define KMODEL_LINUX_SLAB_H
#include <kmodel/kernel.h>
#endif
