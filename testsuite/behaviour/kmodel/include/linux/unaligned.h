/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/unaligned.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_UNALIGNED_H
#define KMODEL_LINUX_UNALIGNED_H
#include <kmodel/kernel.h>
#endif
