/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/iopoll.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_IOPOLL_H
#define KMODEL_LINUX_IOPOLL_H
#include <kmodel/kernel.h>
#endif
