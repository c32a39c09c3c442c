/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_KTHREAD_H
#define BS_LINUX_KTHREAD_H

#include <linux/kernel.h>

struct task_struct;

#define NUMA_NO_NODE (-1)

extern struct task_struct *kthread_create_on_node(int (*threadfn)(void *data), void *data,
						  int node, const char namefmt[], ...)
	__printf(4, 5);

#define kthread_create(threadfn, data, namefmt, arg...) \
	kthread_create_on_node(threadfn, data, NUMA_NO_NODE, namefmt, ##arg)

extern int wake_up_process(struct task_struct *tsk);
extern int kthread_stop(struct task_struct *k);
extern bool kthread_should_stop(void);

/* Create and wake the thread; evaluates to the task or an ERR_PTR. */
#define kthread_run(threadfn, data, namefmt, ...) \
({ \
	struct task_struct *__bs_k = kthread_create(threadfn, data, namefmt, ##__VA_ARGS__); \
	if (!IS_ERR(__bs_k)) \
		wake_up_process(__bs_k); \
	__bs_k; \
})

#endif
