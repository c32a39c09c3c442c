/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/delay.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_DELAY_H
#define KMODEL_LINUX_DELAY_H
#include <kmodel/kernel.h>
#endif
