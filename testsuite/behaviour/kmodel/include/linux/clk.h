/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/clk.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_CLK_H
#define KMODEL_LINUX_CLK_H
#include <kmodel/kernel.h>
#endif
