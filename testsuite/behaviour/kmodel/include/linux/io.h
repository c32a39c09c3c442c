/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/io.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_IO_H
#define KMODEL_LINUX_IO_H
#include <kmodel/kernel.h>
#endif
