/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_HRTIMER_H
#define BS_LINUX_HRTIMER_H

#include <linux/kernel.h>

typedef s64 ktime_t;

enum hrtimer_restart {
	HRTIMER_NORESTART,
	HRTIMER_RESTART,
};

enum hrtimer_mode {
	HRTIMER_MODE_ABS = 0x00,
	HRTIMER_MODE_REL = 0x01,
};

#define CLOCK_MONOTONIC 1

struct hrtimer {
	ktime_t expires;
	enum hrtimer_restart (*function)(struct hrtimer *timer);
	u8 state;
};

extern void hrtimer_init(struct hrtimer *timer, clockid_t which_clock, enum hrtimer_mode mode);
extern void hrtimer_start(struct hrtimer *timer, ktime_t tim, enum hrtimer_mode mode);
extern int hrtimer_cancel(struct hrtimer *timer);
extern u64 hrtimer_forward_now(struct hrtimer *timer, ktime_t interval);

static inline ktime_t ms_to_ktime(u64 ms)
{
	return (ktime_t)(ms * 1000000);
}

#endif
