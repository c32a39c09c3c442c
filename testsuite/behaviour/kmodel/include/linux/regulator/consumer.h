/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel stand-in for <linux/regulator/consumer.h>: the whole model lives in kmodel/. */
#ifndef KMODEL_LINUX_REGULATOR_CONSUMER_H
#define KMODEL_LINUX_REGULATOR_CONSUMER_H
#include <kmodel/kernel.h>
#endif
