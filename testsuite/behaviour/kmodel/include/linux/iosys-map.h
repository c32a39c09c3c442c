/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/iosys-map.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_IOSYS_MAP_H
#define KMODEL_LINUX_IOSYS_MAP_H
#include <kmodel/kernel.h>
#endif
