/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/firmware.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_FIRMWARE_H
#define KMODEL_LINUX_FIRMWARE_H
#include <kmodel/kernel.h>
#endif
