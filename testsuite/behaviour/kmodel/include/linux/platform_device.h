/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/platform_device.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_PLATFORM_DEVICE_H
#define KMODEL_LINUX_PLATFORM_DEVICE_H
#include <kmodel/kernel.h>
#endif
