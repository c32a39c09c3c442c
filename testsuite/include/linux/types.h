/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_TYPES_H
#define BS_LINUX_TYPES_H

#include <linux/compiler_types.h>

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef signed char s8;
typedef short s16;
typedef int s32;
typedef long long s64;

typedef _Bool bool;
enum { false = 0, true = 1 };

#define NULL ((void *)0)

typedef __SIZE_TYPE__ size_t;
typedef long ssize_t;
typedef __UINTPTR_TYPE__ uintptr_t;
typedef long long loff_t;
typedef u64 phys_addr_t;
typedef phys_addr_t resource_size_t;
typedef u64 dma_addr_t;
typedef unsigned int gfp_t;
typedef unsigned long pgoff_t;
typedef unsigned int __poll_t;
typedef int clockid_t;

typedef struct {
	int counter;
} atomic_t;

struct list_head {
	struct list_head *next, *prev;
};

#endif
