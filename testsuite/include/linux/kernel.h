/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_KERNEL_H
#define BS_LINUX_KERNEL_H

#include <linux/compiler.h>
#include <linux/types.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/container_of.h>

#define ARRAY_SIZE(arr) (sizeof(arr) / sizeof((arr)[0]))
#define BIT(n) (1UL << (n))

extern int printk(const char *fmt, ...) __printf(1, 2);

#endif
