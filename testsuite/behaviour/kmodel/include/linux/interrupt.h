/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/interrupt.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_INTERRUPT_H
#define KMODEL_LINUX_INTERRUPT_H
#include <kmodel/kernel.h>
#endif
