/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/pm_runtime.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_PM_RUNTIME_H
#define KMODEL_LINUX_PM_RUNTIME_H
#include <kmodel/kernel.h>
#endif
