/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kmodel: a user-space model of the kernel API the mali_csf driver uses, so that the driver's
 * .c files compile unchanged and run under pthreads (and ASan/UBSan/TSan).
 *
 * This part: types, helper macros, atomics, locks, lists, wait queues, completions, time,
 * allocation, logging, work items. Written for this model; no kernel code is copied.
 */
#ifndef KMODEL_BASE_H
#define KMODEL_BASE_H

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

/* The kernel's memcpy() takes (NULL, 0); glibc's is declared nonnull, which UBSan enforces. */
static inline void *kmodel_memcpy(void *d, const void *s, size_t n)
{
	return n ? memcpy(d, s, n) : d;
}
#define memcpy(d, s, n)		kmodel_memcpy((d), (s), (n))

/* ---- types ---- */
typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef unsigned long long u64;
typedef int8_t s8;
typedef int16_t s16;
typedef int32_t s32;
typedef long long s64;
typedef u8 __u8;
typedef u16 __u16;
typedef u32 __u32;
typedef u64 __u64;
typedef s32 __s32;
typedef s64 __s64;
typedef u16 __le16;
typedef u32 __le32;
typedef u64 __le64;
typedef u64 dma_addr_t;
typedef u64 phys_addr_t;
typedef unsigned int gfp_t;
typedef s64 ktime_t;

#define GFP_KERNEL		0u
#define GFP_NOWAIT		1u
#define __GFP_ZERO		2u

#define __iomem
#define __user
#define __force
#define __must_check		__attribute__((warn_unused_result))
#define __maybe_unused		__attribute__((unused))
#define __printf(a, b)		__attribute__((format(printf, a, b)))
#define likely(x)		__builtin_expect(!!(x), 1)
#define unlikely(x)		__builtin_expect(!!(x), 0)

/* ---- helper macros ---- */
#define ARRAY_SIZE(a)		(sizeof(a) / sizeof((a)[0]))
#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))
#define BIT(n)			(1UL << (n))
#define BIT_ULL(n)		(1ULL << (n))
#define GENMASK(h, l)		((~0UL << (l)) & (~0UL >> (63 - (h))))
#define GENMASK_ULL(h, l)	((~0ULL << (l)) & (~0ULL >> (63 - (h))))
#define lower_32_bits(n)	((u32)((n) & 0xffffffff))
#define upper_32_bits(n)	((u32)(((n) >> 16) >> 16))
#define IS_ALIGNED(x, a)	(((x) & ((typeof(x))(a) - 1)) == 0)
#define ALIGN(x, a)		(((x) + ((typeof(x))(a) - 1)) & ~((typeof(x))(a) - 1))
#define DIV_ROUND_UP(n, d)	(((n) + (d) - 1) / (d))
#define PAGE_SHIFT		12
#define PAGE_SIZE		(1UL << PAGE_SHIFT)
#define PAGE_MASK		(~(PAGE_SIZE - 1))
#define PAGE_ALIGN(x)		ALIGN((x), PAGE_SIZE)
#define SZ_4K			0x00001000
#define SZ_8K			0x00002000
#define SZ_16K			0x00004000
#define SZ_32K			0x00008000
#define SZ_64K			0x00010000
#define SZ_1M			0x00100000
#define SZ_2M			0x00200000
#define SZ_4G			0x100000000ULL
#define U32_MAX			UINT32_MAX
#define U64_MAX			UINT64_MAX

#define min(a, b) ({ typeof(a) _a = (a); typeof(b) _b = (b); _a < _b ? _a : _b; })
#define max(a, b) ({ typeof(a) _a = (a); typeof(b) _b = (b); _a > _b ? _a : _b; })
#define min_t(t, a, b) ({ t _a = (a); t _b = (b); _a < _b ? _a : _b; })
#define max_t(t, a, b) ({ t _a = (a); t _b = (b); _a > _b ? _a : _b; })

#define hweight64(x)		((unsigned int)__builtin_popcountll(x))
#define hweight32(x)		((unsigned int)__builtin_popcount(x))
static inline int fls64(u64 x) { return x ? 64 - __builtin_clzll(x) : 0; }
static inline bool is_power_of_2(unsigned long n) { return n && !(n & (n - 1)); }

#define le32_to_cpu(x)		((u32)(x))
#define cpu_to_le32(x)		((u32)(x))
#define le16_to_cpu(x)		((u16)(x))
#define le64_to_cpu(x)		((u64)(x))
static inline u32 get_unaligned_le32(const void *p)
{
	u32 v;

	memcpy(&v, p, sizeof(v));
	return v;
}

/* ---- error pointers ---- */
#define MAX_ERRNO		4095
#define EPROBE_DEFER		517
#define ENOTSUPP		524
#define IS_ERR_VALUE(x)		unlikely((unsigned long)(void *)(x) >= (unsigned long)-MAX_ERRNO)
static inline void *ERR_PTR(long error) { return (void *)error; }
static inline long PTR_ERR(const void *ptr) { return (long)ptr; }
static inline bool IS_ERR(const void *ptr) { return IS_ERR_VALUE((unsigned long)ptr); }
static inline bool IS_ERR_OR_NULL(const void *ptr) { return !ptr || IS_ERR(ptr); }
static inline void *ERR_CAST(const void *ptr) { return (void *)ptr; }

/* ---- ONCE accessors, barriers, atomics (real atomics, so TSan sees them) ---- */
#define READ_ONCE(x)		__atomic_load_n(&(x), __ATOMIC_RELAXED)
#define WRITE_ONCE(x, val)	__atomic_store_n(&(x), (val), __ATOMIC_RELAXED)
#define mb()			__atomic_thread_fence(__ATOMIC_SEQ_CST)
#define wmb()			__atomic_thread_fence(__ATOMIC_SEQ_CST)
#define rmb()			__atomic_thread_fence(__ATOMIC_SEQ_CST)
#define smp_mb()		mb()

typedef struct { int counter; } atomic_t;
typedef struct { s64 counter; } atomic64_t;
#define ATOMIC_INIT(i)		{ (i) }
static inline int atomic_read(const atomic_t *v) { return __atomic_load_n(&v->counter, __ATOMIC_SEQ_CST); }
static inline void atomic_set(atomic_t *v, int i) { __atomic_store_n(&v->counter, i, __ATOMIC_SEQ_CST); }
static inline void atomic_inc(atomic_t *v) { __atomic_add_fetch(&v->counter, 1, __ATOMIC_SEQ_CST); }
static inline void atomic_dec(atomic_t *v) { __atomic_sub_fetch(&v->counter, 1, __ATOMIC_SEQ_CST); }
static inline int atomic_inc_return(atomic_t *v) { return __atomic_add_fetch(&v->counter, 1, __ATOMIC_SEQ_CST); }
static inline int atomic_dec_return(atomic_t *v) { return __atomic_sub_fetch(&v->counter, 1, __ATOMIC_SEQ_CST); }
static inline bool atomic_dec_and_test(atomic_t *v) { return atomic_dec_return(v) == 0; }

/* ---- kref ---- */
struct kref { atomic_t refcount; };
void kmodel_warn(const char *file, int line, const char *fmt, ...) __printf(3, 4);
#define KMODEL_WARN(fmt, ...)	kmodel_warn(__FILE__, __LINE__, fmt, ##__VA_ARGS__)
#define WARN_ON(cond) ({ bool __c = !!(cond); if (__c) KMODEL_WARN("WARN_ON(%s)", #cond); __c; })
#define WARN_ON_ONCE(cond)	WARN_ON(cond)
static inline void kref_init(struct kref *k) { atomic_set(&k->refcount, 1); }
static inline unsigned int kref_read(const struct kref *k) { return atomic_read(&k->refcount); }
static inline void kref_get(struct kref *k)
{
	if (atomic_inc_return(&k->refcount) <= 1)
		KMODEL_WARN("kref_get on a dead object");
}
static inline int kref_put(struct kref *k, void (*release)(struct kref *k))
{
	int v = atomic_dec_return(&k->refcount);

	if (v < 0)
		KMODEL_WARN("kref underflow");
	if (v == 0) {
		release(k);
		return 1;
	}
	return 0;
}

/* ---- locks: pthread mutexes (TSan checks lock order and races) ---- */
typedef struct { pthread_mutex_t m; } spinlock_t;
struct mutex { pthread_mutex_t m; };
void kmodel_lock_init(pthread_mutex_t *m);
#define spin_lock_init(l)		kmodel_lock_init(&(l)->m)
#define spin_lock(l)			pthread_mutex_lock(&(l)->m)
#define spin_unlock(l)			pthread_mutex_unlock(&(l)->m)
#define spin_lock_irq(l)		spin_lock(l)
#define spin_unlock_irq(l)		spin_unlock(l)
#define spin_lock_irqsave(l, flags)	do { (flags) = 0; spin_lock(l); } while (0)
#define spin_unlock_irqrestore(l, flags) do { (void)(flags); spin_unlock(l); } while (0)
#define mutex_init(l)			kmodel_lock_init(&(l)->m)
extern int kmodel_lock_break_armed;
void kmodel_lock_break(pthread_mutex_t *m);
static inline void kmodel_mutex_lock(pthread_mutex_t *m)
{
	if (__atomic_load_n(&kmodel_lock_break_armed, __ATOMIC_RELAXED))
		kmodel_lock_break(m);
	pthread_mutex_lock(m);
}
#define mutex_lock(l)			kmodel_mutex_lock(&(l)->m)
#define mutex_unlock(l)			pthread_mutex_unlock(&(l)->m)
#define mutex_destroy(l)		pthread_mutex_destroy(&(l)->m)

/* ---- lists ---- */
struct list_head { struct list_head *next, *prev; };
#define LIST_HEAD_INIT(name)	{ &(name), &(name) }
#define LIST_HEAD(name)		struct list_head name = LIST_HEAD_INIT(name)
static inline void INIT_LIST_HEAD(struct list_head *l) { l->next = l; l->prev = l; }
static inline void __list_add(struct list_head *n, struct list_head *prev, struct list_head *next)
{
	next->prev = n;
	n->next = next;
	n->prev = prev;
	prev->next = n;
}
static inline void list_add(struct list_head *n, struct list_head *h) { __list_add(n, h, h->next); }
static inline void list_add_tail(struct list_head *n, struct list_head *h) { __list_add(n, h->prev, h); }
static inline void list_del(struct list_head *e)
{
	e->next->prev = e->prev;
	e->prev->next = e->next;
	e->next = (struct list_head *)0x100;	/* poison, like the kernel */
	e->prev = (struct list_head *)0x122;
}
static inline void list_del_init(struct list_head *e)
{
	e->next->prev = e->prev;
	e->prev->next = e->next;
	INIT_LIST_HEAD(e);
}
static inline bool list_empty(const struct list_head *h) { return h->next == h; }
#define list_entry(ptr, type, member)		container_of(ptr, type, member)
#define list_first_entry(ptr, type, member)	list_entry((ptr)->next, type, member)
#define list_next_entry(pos, member)		list_entry((pos)->member.next, typeof(*(pos)), member)
#define list_for_each_entry(pos, head, member) \
	for (pos = list_first_entry(head, typeof(*pos), member); &pos->member != (head); \
	     pos = list_next_entry(pos, member))
#define list_for_each_entry_safe(pos, n, head, member) \
	for (pos = list_first_entry(head, typeof(*pos), member), n = list_next_entry(pos, member); \
	     &pos->member != (head); pos = n, n = list_next_entry(n, member))

/* ---- time: jiffies are milliseconds of CLOCK_MONOTONIC ---- */
#define HZ			1000
#define MAX_SCHEDULE_TIMEOUT	LONG_MAX
u64 kmodel_now_us(void);
#define jiffies			((unsigned long)(kmodel_now_us() / 1000))
static inline unsigned long msecs_to_jiffies(unsigned int m) { return m; }
static inline unsigned int jiffies_to_msecs(unsigned long j) { return j; }
void kmodel_sleep_us(u64 us);
#define udelay(us)		kmodel_sleep_us(us)
#define usleep_range(a, b)	kmodel_sleep_us(a)
#define msleep(ms)		kmodel_sleep_us((u64)(ms) * 1000)
#define ktime_get()		((ktime_t)kmodel_now_us() * 1000)

/* ---- allocation: counted, so tests can check for leaks deterministically ---- */
void *kmodel_kmalloc(size_t size, bool zero);
void kfree(const void *p);
#define kmalloc(size, gfp)		kmodel_kmalloc((size), false)
#define kzalloc(size, gfp)		kmodel_kmalloc((size), true)
#define kcalloc(n, size, gfp)		kmodel_kmalloc((size_t)(n) * (size), true)
#define kmalloc_array(n, size, gfp)	kmodel_kmalloc((size_t)(n) * (size), false)
#define kvfree(p)			kfree(p)
static inline void *kmemdup(const void *src, size_t len, gfp_t gfp)
{
	void *p = kmodel_kmalloc(len, false);

	(void)gfp;
	if (p)
		memcpy(p, src, len);
	return p;
}

/* ---- logging ---- */
struct device;
void kmodel_printk(const struct device *dev, const char *level, const char *fmt, ...) __printf(3, 4);
#define pr_err(fmt, ...)	kmodel_printk(NULL, "err", fmt, ##__VA_ARGS__)
#define pr_warn(fmt, ...)	kmodel_printk(NULL, "warn", fmt, ##__VA_ARGS__)
#define pr_info(fmt, ...)	kmodel_printk(NULL, "info", fmt, ##__VA_ARGS__)
#define dev_err(dev, fmt, ...)	kmodel_printk(dev, "err", fmt, ##__VA_ARGS__)
#define dev_warn(dev, fmt, ...)	kmodel_printk(dev, "warn", fmt, ##__VA_ARGS__)
#define dev_info(dev, fmt, ...)	kmodel_printk(dev, "info", fmt, ##__VA_ARGS__)
#define dev_dbg(dev, fmt, ...)	kmodel_printk(dev, "dbg", fmt, ##__VA_ARGS__)
#define dev_err_ratelimited(dev, fmt, ...)	dev_err(dev, fmt, ##__VA_ARGS__)
#define dev_warn_ratelimited(dev, fmt, ...)	dev_warn(dev, fmt, ##__VA_ARGS__)
#define dev_err_probe(dev, err, fmt, ...) \
	({ int __e = (err); if (__e != -EPROBE_DEFER) dev_err(dev, fmt, ##__VA_ARGS__); __e; })

/* ---- wait queues and completions ---- */
typedef struct wait_queue_head {
	pthread_mutex_t lock;
	pthread_cond_t cond;
} wait_queue_head_t;
void init_waitqueue_head(wait_queue_head_t *wq);
void wake_up_all(wait_queue_head_t *wq);
#define wake_up(wq)		wake_up_all(wq)
void kmodel_deadline(struct timespec *ts, long timeout_jiffies);
long kmodel_remaining(const struct timespec *ts);

/* The condition is evaluated with the queue's lock held; wakers take it to broadcast. */
#define wait_event(wq, condition) do {						\
	if (condition)								\
		break;								\
	pthread_mutex_lock(&(wq).lock);						\
	while (!(condition))							\
		pthread_cond_wait(&(wq).cond, &(wq).lock);			\
	pthread_mutex_unlock(&(wq).lock);					\
} while (0)

#define wait_event_timeout(wq, condition, timeout) ({				\
	long __t = (timeout);							\
	if (!(condition)) {							\
		struct timespec __dl;						\
		kmodel_deadline(&__dl, __t);					\
		pthread_mutex_lock(&(wq).lock);					\
		for (;;) {							\
			if (condition) {					\
				__t = kmodel_remaining(&__dl);			\
				break;						\
			}							\
			if (pthread_cond_timedwait(&(wq).cond, &(wq).lock, &__dl) == ETIMEDOUT) { \
				__t = (condition) ? 1 : 0;			\
				break;						\
			}							\
		}								\
		pthread_mutex_unlock(&(wq).lock);				\
	}									\
	__t;									\
})

struct completion {
	unsigned int done;
	wait_queue_head_t wait;
};
void init_completion(struct completion *c);
void complete_all(struct completion *c);
void complete(struct completion *c);
void wait_for_completion(struct completion *c);
bool completion_done(struct completion *c);

/* ---- work items ---- */
struct work_struct;
struct workqueue_struct;
typedef void (*work_func_t)(struct work_struct *work);

struct work_struct {
	work_func_t func;
	/* Model state, under the global work lock. */
	struct list_head entry;
	bool pending;
	int disable;
	int canceling;
	struct workqueue_struct *wq;
};

struct delayed_work {
	struct work_struct work;
	bool timer_armed;
	u64 expires_us;
	struct list_head timer_entry;
};

extern struct workqueue_struct *system_wq;
extern struct workqueue_struct *system_unbound_wq;
extern struct workqueue_struct *pm_wq;

void kmodel_init_work(struct work_struct *w, work_func_t fn);
void kmodel_init_delayed_work(struct delayed_work *dw, work_func_t fn);
#define INIT_WORK(w, fn)		kmodel_init_work((w), (fn))
#define INIT_DELAYED_WORK(dw, fn)	kmodel_init_delayed_work((dw), (fn))
#define to_delayed_work(w)		container_of(w, struct delayed_work, work)
bool queue_work(struct workqueue_struct *wq, struct work_struct *w);
bool queue_delayed_work(struct workqueue_struct *wq, struct delayed_work *dw, unsigned long delay);
bool schedule_work(struct work_struct *w);
bool cancel_work_sync(struct work_struct *w);
bool cancel_delayed_work_sync(struct delayed_work *dw);
bool disable_work_sync(struct work_struct *w);
bool disable_delayed_work_sync(struct delayed_work *dw);
void flush_work(struct work_struct *w);

/* ---- user copies: user pointers are ordinary pointers in this process ---- */
#define u64_to_user_ptr(x)	((void __user *)(uintptr_t)(x))
static inline unsigned long copy_to_user(void __user *to, const void *from, unsigned long n)
{
	if (!to && n)
		return n;
	memcpy(to, from, n);
	return 0;
}
static inline unsigned long copy_from_user(void *to, const void __user *from, unsigned long n)
{
	if (!from && n)
		return n;
	memcpy(to, from, n);
	return 0;
}

/* ---- modules ---- */
#define THIS_MODULE		((void *)0)
#define KMODEL_NOTHING		extern int kmodel_unused_declaration
#define MODULE_AUTHOR(x)	KMODEL_NOTHING
#define MODULE_DESCRIPTION(x)	KMODEL_NOTHING
#define MODULE_LICENSE(x)	KMODEL_NOTHING
#define MODULE_FIRMWARE(x)	KMODEL_NOTHING
#define MODULE_DEVICE_TABLE(type, name)	KMODEL_NOTHING
#define EXPORT_SYMBOL(x)	KMODEL_NOTHING
#define EXPORT_SYMBOL_GPL(x)	KMODEL_NOTHING

#endif /* KMODEL_BASE_H */
