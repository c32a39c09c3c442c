/* SPDX-License-Identifier: MIT */
/*
 * boundscope test headers: a minimal, kernel-like stand-in, written for the testsuite.
 * Only the shapes the checker must see after preprocessing are kept.
 */
#ifndef BS_LINUX_COMPILER_TYPES_H
#define BS_LINUX_COMPILER_TYPES_H

/*
 * Address-space annotations are empty outside sparse. __iomem must stay an empty object-like
 * macro of exactly this name: the plugin recovers it from its expansions.
 */
#define __iomem
#define __user
#define __force
#define __rcu
#define __percpu

#define __always_inline inline __attribute__((__always_inline__))
#define noinline __attribute__((__noinline__))
#define __maybe_unused __attribute__((__unused__))
#define __must_check __attribute__((__warn_unused_result__))
#define __printf(a, b) __attribute__((__format__(printf, a, b)))

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

/* a statement expression around a volatile access, as the kernel's */
#define __READ_ONCE(x) (*(const volatile __typeof__(x) *)&(x))
#define READ_ONCE(x) ({ __READ_ONCE(x); })
#define WRITE_ONCE(x, val) do { *(volatile __typeof__(x) *)&(x) = (val); } while (0)

#endif
