/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_SLAB_H
#define BS_LINUX_SLAB_H

#include <linux/types.h>

#define GFP_KERNEL 0x1u

struct device;

extern void *kzalloc(size_t size, gfp_t flags);
extern void kfree(const void *ptr);
extern void *devm_kzalloc(struct device *dev, size_t size, gfp_t flags);

#endif
