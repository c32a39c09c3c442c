/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_MUTEX_H
#define BS_LINUX_MUTEX_H

struct mutex {
	int owner;
};

#define DEFINE_MUTEX(name) struct mutex name = { 0 }

extern void mutex_init(struct mutex *lock);
extern void mutex_lock(struct mutex *lock);
extern void mutex_unlock(struct mutex *lock);

#endif
