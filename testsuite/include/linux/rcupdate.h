/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_RCUPDATE_H
#define BS_LINUX_RCUPDATE_H

#include <linux/compiler_types.h>

extern void rcu_read_lock(void);
extern void rcu_read_unlock(void);
extern void synchronize_rcu(void);

/*
 * The kernel's shapes: rcu_dereference() keeps a READ_ONCE() of the pointer in a local of
 * a statement expression and yields the local; rcu_dereference_protected() is a cast.
 */
#define rcu_dereference(p) \
	({ __typeof__(*(p)) *__rcu_local = (__typeof__(*(p)) *)READ_ONCE(p); \
	   (__typeof__(*(p)) *)(__rcu_local); })
#define rcu_dereference_protected(p, c) ((__typeof__(*(p)) *)(p))
#define rcu_assign_pointer(p, v) WRITE_ONCE((p), (v))

#endif
