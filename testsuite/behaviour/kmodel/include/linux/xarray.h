/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/xarray.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_XARRAY_H
#define KMODEL_LINUX_XARRAY_H
#include <kmodel/kernel.h>
#endif
