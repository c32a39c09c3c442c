/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/workqueue.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_WORKQUEUE_H
#define KMODEL_LINUX_WORKQUEUE_H
#include <kmodel/kernel.h>
#endif
