/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/spinlock.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_SPINLOCK_H
#define KMODEL_LINUX_SPINLOCK_H
#include <kmodel/kernel.h>
#endif
