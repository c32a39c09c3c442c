/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/bits.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_BITS_H
#define KMODEL_LINUX_BITS_H
#include <kmodel/kernel.h>
#endif
