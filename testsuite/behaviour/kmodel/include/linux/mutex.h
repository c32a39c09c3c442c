/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/mutex.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_MUTEX_H
#define KMODEL_LINUX_MUTEX_H
#include <kmodel/kernel.h>
#endif
