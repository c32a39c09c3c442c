/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_IOPOLL_H
#define BS_LINUX_IOPOLL_H

#include <linux/kernel.h>
#include <linux/delay.h>
#include <linux/io.h>

/*
 * Poll op(args) into val until cond holds or the time budget is spent. Evaluates to 0 or
 * -ETIMEDOUT. op is called at exactly one place in the expansion.
 */
#define read_poll_timeout(op, val, cond, sleep_us, timeout_us, sleep_before_read, args...) \
({									\
	unsigned long __bs_left = (timeout_us);				\
	unsigned long __bs_step = (sleep_us) ? (sleep_us) : 1;		\
	if ((sleep_before_read) && (sleep_us))				\
		fsleep(sleep_us);					\
	for (;;) {							\
		(val) = op(args);					\
		if ((cond) || !__bs_left)				\
			break;						\
		__bs_left = __bs_left > __bs_step ? __bs_left - __bs_step : 0; \
		if (sleep_us)						\
			fsleep(sleep_us);				\
	}								\
	(cond) ? 0 : -ETIMEDOUT;					\
})

/* Same contract, busy-waiting: usable in atomic context. */
#define read_poll_timeout_atomic(op, val, cond, delay_us, timeout_us, delay_before_read, args...) \
({									\
	unsigned long __bs_left = (timeout_us);				\
	unsigned long __bs_step = (delay_us) ? (delay_us) : 1;		\
	if ((delay_before_read) && (delay_us))				\
		udelay(delay_us);					\
	for (;;) {							\
		(val) = op(args);					\
		if ((cond) || !__bs_left)				\
			break;						\
		__bs_left = __bs_left > __bs_step ? __bs_left - __bs_step : 0; \
		if (delay_us)						\
			udelay(delay_us);				\
	}								\
	(cond) ? 0 : -ETIMEDOUT;					\
})

#define readl_poll_timeout(addr, val, cond, delay_us, timeout_us) \
	read_poll_timeout(readl, val, cond, delay_us, timeout_us, false, addr)

#define readl_poll_timeout_atomic(addr, val, cond, delay_us, timeout_us) \
	read_poll_timeout_atomic(readl, val, cond, delay_us, timeout_us, false, addr)

#define readl_relaxed_poll_timeout(addr, val, cond, delay_us, timeout_us) \
	read_poll_timeout(readl_relaxed, val, cond, delay_us, timeout_us, false, addr)

#endif
