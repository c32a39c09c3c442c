/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/log2.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_LOG2_H
#define KMODEL_LINUX_LOG2_H
#include <kmodel/kernel.h>
#endif
