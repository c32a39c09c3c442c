/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/reset.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_RESET_H
#define KMODEL_LINUX_RESET_H
#include <kmodel/kernel.h>
#endif
