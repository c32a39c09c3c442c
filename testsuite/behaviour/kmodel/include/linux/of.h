/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/of.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_OF_H
#define KMODEL_LINUX_OF_H
#include <kmodel/kernel.h>
#endif
