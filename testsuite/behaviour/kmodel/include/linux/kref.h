/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/kref.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_KREF_H
#define KMODEL_LINUX_KREF_H
#include <kmodel/kernel.h>
#endif
