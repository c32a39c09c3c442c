/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_TIMER_H
#define BS_LINUX_TIMER_H

#include <linux/kernel.h>

struct timer_list {
	unsigned long expires;
	void (*function)(struct timer_list *t);
	u32 flags;
};

#define TIMER_IRQSAFE	0x00200000

extern unsigned long volatile jiffies;
extern unsigned long msecs_to_jiffies(unsigned int m);

extern void init_timer_key(struct timer_list *timer, void (*func)(struct timer_list *),
			   unsigned int flags, const char *name, void *key);

#define timer_setup(timer, callback, flags) \
	init_timer_key((timer), (callback), (flags), NULL, NULL)

#define from_timer(var, callback_timer, timer_fieldname) \
	container_of(callback_timer, __typeof__(*var), timer_fieldname)

extern int mod_timer(struct timer_list *timer, unsigned long expires);
extern void add_timer(struct timer_list *timer);
extern int del_timer(struct timer_list *timer);
extern int del_timer_sync(struct timer_list *timer);
extern int timer_delete_sync(struct timer_list *timer);
extern int timer_shutdown_sync(struct timer_list *timer);

#endif
