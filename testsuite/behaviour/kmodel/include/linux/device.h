/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/device.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_DEVICE_H
#define KMODEL_LINUX_DEVICE_H
#include <kmodel/kernel.h>
#endif
