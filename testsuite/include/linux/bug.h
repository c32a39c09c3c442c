/* SPDX-License-Identifier: MIT */
/*
 * boundscope test headers: WARN_ON() in the kernel's shape, a flag local tested with
 * unlikely() and returned, so each use adds a branch on a condition of its own.
 */
#ifndef BS_LINUX_BUG_H
#define BS_LINUX_BUG_H

#include <linux/compiler.h>

extern void __warn(const char *file, int line);

#define WARN_ON(condition) ({					\
	int __ret_warn_on = !!(condition);			\
	if (unlikely(__ret_warn_on))				\
		__warn(__FILE__, __LINE__);			\
	unlikely(__ret_warn_on);				\
})

#endif
