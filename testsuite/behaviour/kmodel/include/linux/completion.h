/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/completion.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_COMPLETION_H
#define KMODEL_LINUX_COMPLETION_H
#include <kmodel/kernel.h>
#endif
