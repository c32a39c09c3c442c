/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/sizes.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_SIZES_H
#define KMODEL_LINUX_SIZES_H
#include <kmodel/kernel.h>
#endif
