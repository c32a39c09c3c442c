/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/bitops.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_BITOPS_H
#define KMODEL_LINUX_BITOPS_H
#include <kmodel/kernel.h>
#endif
