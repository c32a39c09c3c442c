/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/module.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_MODULE_H
#define KMODEL_LINUX_MODULE_H
#include <kmodel/kernel.h>
#endif
