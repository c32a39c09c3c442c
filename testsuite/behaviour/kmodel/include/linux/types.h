/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/types.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_TYPES_H
#define KMODEL_LINUX_TYPES_H
#include <kmodel/kernel.h>
#endif
