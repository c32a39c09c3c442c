/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/property.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_PROPERTY_H
#define KMODEL_LINUX_PROPERTY_H
#include <kmodel/kernel.h>
#endif
