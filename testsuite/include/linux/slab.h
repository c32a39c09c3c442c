/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_SLAB_H
#define BS_LINUX_SLAB_H

#include <linux/types.h>

#define GFP_KERNEL 0x1u

struct device;

/* __alloc_size(1), as the kernel declares its allocators */
extern void *kzalloc(size_t size, gfp_t flags) __attribute__((__alloc_size__(1)));
extern void kfree(const void *ptr);
extern void *devm_kzalloc(struct device *dev, size_t size, gfp_t flags);

#endif
