/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_WORKQUEUE_H
#define BS_LINUX_WORKQUEUE_H

#include <linux/kernel.h>
#include <linux/timer.h>

struct work_struct;
typedef void (*work_func_t)(struct work_struct *work);

struct work_struct {
	unsigned long data;
	struct list_head entry;
	work_func_t func;
};

struct workqueue_struct;

struct delayed_work {
	struct work_struct work;
	struct timer_list timer;
	struct workqueue_struct *wq;
	int cpu;
};

extern void delayed_work_timer_fn(struct timer_list *t);

#define INIT_WORK(_work, _func) \
	do { \
		(_work)->data = 0; \
		(_work)->func = (_func); \
	} while (0)

#define INIT_DELAYED_WORK(_work, _func) \
	do { \
		INIT_WORK(&(_work)->work, (_func)); \
		init_timer_key(&(_work)->timer, delayed_work_timer_fn, TIMER_IRQSAFE, NULL, NULL); \
	} while (0)

static inline struct delayed_work *to_delayed_work(struct work_struct *work)
{
	return container_of(work, struct delayed_work, work);
}

extern struct workqueue_struct *system_wq;
extern struct workqueue_struct *system_unbound_wq;

extern struct workqueue_struct *alloc_workqueue(const char *fmt, unsigned int flags,
						int max_active, ...);
extern void destroy_workqueue(struct workqueue_struct *wq);
extern void __flush_workqueue(struct workqueue_struct *wq);
extern void drain_workqueue(struct workqueue_struct *wq);
extern void __warn_flushing_systemwide_wq(void);

/* As in 6.12: a statement expression over __flush_workqueue() that warns on system queues. */
#define flush_workqueue(wq)						\
({									\
	struct workqueue_struct *_wq = (wq);				\
									\
	if (__builtin_constant_p(_wq == system_wq) && _wq == system_wq)	\
		__warn_flushing_systemwide_wq();			\
	__flush_workqueue(_wq);						\
})
extern bool queue_work(struct workqueue_struct *wq, struct work_struct *work);
extern bool queue_delayed_work(struct workqueue_struct *wq, struct delayed_work *dwork,
			       unsigned long delay);
extern bool mod_delayed_work(struct workqueue_struct *wq, struct delayed_work *dwork,
			     unsigned long delay);
extern bool schedule_work(struct work_struct *work);
extern bool schedule_delayed_work(struct delayed_work *dwork, unsigned long delay);
extern bool cancel_work_sync(struct work_struct *work);
extern bool cancel_delayed_work_sync(struct delayed_work *dwork);
extern bool flush_work(struct work_struct *work);
extern bool flush_delayed_work(struct delayed_work *dwork);
extern bool disable_work_sync(struct work_struct *work);
extern bool disable_delayed_work_sync(struct delayed_work *dwork);

#endif
