/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_IDR_H
#define BS_LINUX_IDR_H

#include <linux/kernel.h>

struct idr {
	void *root;
	unsigned int next;
};

/* Calls fn for every entry, synchronously, in the caller's context. */
extern int idr_for_each(const struct idr *idr, int (*fn)(int id, void *p, void *data),
			void *data);
extern void idr_destroy(struct idr *idr);

#endif
