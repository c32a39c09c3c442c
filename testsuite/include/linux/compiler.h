/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_COMPILER_H
#define BS_LINUX_COMPILER_H
#include <linux/compiler_types.h>
#endif
