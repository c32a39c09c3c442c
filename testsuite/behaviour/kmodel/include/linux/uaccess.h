/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/uaccess.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_UACCESS_H
#define KMODEL_LINUX_UACCESS_H
#include <kmodel/kernel.h>
#endif
