/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/wait.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_WAIT_H
#define KMODEL_LINUX_WAIT_H
#include <kmodel/kernel.h>
#endif
