// SPDX-License-Identifier: GPL-2.0
/*
 * kmodel core: counted allocations, logging and warnings, time, wait queues, completions,
 * and workqueues with real worker threads and the kernel's pending/cancel/disable semantics.
 */

#include <stdarg.h>
#include <stdlib.h>
#include <unistd.h>

#include "internal.h"

_Thread_local char kmodel_ctx[96];
long kmodel_live_allocs;
static long warnings;

void kmodel_count_alloc(long delta)
{
	__atomic_add_fetch(&kmodel_live_allocs, delta, __ATOMIC_SEQ_CST);
}

/* ---- allocation: a header with a magic and the size in front of every object ---- */
#define KMALLOC_MAGIC	0x6b6d616c6c6f63ull
struct kmalloc_hdr {
	u64 magic;
	u64 size;
};

void *kmodel_kmalloc(size_t size, bool zero)
{
	struct kmalloc_hdr *h = zero ? calloc(1, sizeof(*h) + size) : malloc(sizeof(*h) + size);

	if (!h)
		return NULL;
	h->magic = KMALLOC_MAGIC;
	h->size = size;
	kmodel_count_alloc(1);
	return h + 1;
}

void kfree(const void *p)
{
	struct kmalloc_hdr *h;

	if (!p)
		return;
	h = (struct kmalloc_hdr *)p - 1;
	if (h->magic != KMALLOC_MAGIC) {
		KMODEL_WARN("kfree() of %p, which kmalloc() did not return", p);
		return;
	}
	h->magic = 0;
	kmodel_count_alloc(-1);
	free(h);
}

/* ---- logging: kept in memory, printed with KMODEL_VERBOSE=1 or on failure ---- */
#define LOG_LINES	512
static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;
static char *log_ring[LOG_LINES];
static unsigned int log_next;
static int verbose = -1;

static void log_line(const char *line)
{
	pthread_mutex_lock(&log_lock);
	if (verbose < 0)
		verbose = getenv("KMODEL_VERBOSE") && *getenv("KMODEL_VERBOSE") == '1';
	free(log_ring[log_next % LOG_LINES]);
	log_ring[log_next % LOG_LINES] = strdup(line);
	log_next++;
	if (verbose)
		fprintf(stderr, "%s\n", line);
	pthread_mutex_unlock(&log_lock);
}

void kmodel_printk(const struct device *dev, const char *level, const char *fmt, ...)
{
	char msg[512], line[640];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	msg[strcspn(msg, "\n")] = 0;
	snprintf(line, sizeof(line), "[%s] %s%s%s [%s]", level, dev ? dev->name : "",
		 dev ? ": " : "", msg, kmodel_ctx[0] ? kmodel_ctx : "main");
	log_line(line);
}

void kmodel_warn(const char *file, int line, const char *fmt, ...)
{
	char msg[400], buf[560];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	snprintf(buf, sizeof(buf), "WARNING: %s at %s:%d [%s]", msg, file, line,
		 kmodel_ctx[0] ? kmodel_ctx : "main");
	__atomic_add_fetch(&warnings, 1, __ATOMIC_SEQ_CST);
	log_line(buf);
	fprintf(stderr, "%s\n", buf);
}

void kmodel_dump_log(FILE *out, int max_lines)
{
	unsigned int i, start;

	pthread_mutex_lock(&log_lock);
	start = log_next > (unsigned int)max_lines ? log_next - max_lines : 0;
	if (log_next > LOG_LINES && start < log_next - LOG_LINES)
		start = log_next - LOG_LINES;
	for (i = start; i < log_next; i++)
		fprintf(out, "  log: %s\n", log_ring[i % LOG_LINES]);
	pthread_mutex_unlock(&log_lock);
}

bool kmodel_log_contains(const char *needle)
{
	bool found = false;
	unsigned int i;

	pthread_mutex_lock(&log_lock);
	for (i = 0; i < LOG_LINES && !found; i++)
		found = log_ring[i] && strstr(log_ring[i], needle);
	pthread_mutex_unlock(&log_lock);
	return found;
}

void kmodel_set_context(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(kmodel_ctx, sizeof(kmodel_ctx), fmt, ap);
	va_end(ap);
}

long kmodel_warnings(void);
long kmodel_warnings(void)
{
	return __atomic_load_n(&warnings, __ATOMIC_SEQ_CST);
}

/* ---- time, locks, threads ---- */
u64 kmodel_now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (u64)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

void kmodel_sleep_us(u64 us)
{
	usleep(us ? us : 1);
}

void kmodel_lock_init(pthread_mutex_t *m)
{
	pthread_mutex_init(m, NULL);
}

void kmodel_cond_init(pthread_cond_t *c)
{
	pthread_condattr_t a;

	pthread_condattr_init(&a);
	pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
	pthread_cond_init(c, &a);
	pthread_condattr_destroy(&a);
}

void kmodel_thread_create(pthread_t *t, void *(*fn)(void *), void *arg, const char *name)
{
	char n[16];

	if (pthread_create(t, NULL, fn, arg)) {
		perror("pthread_create");
		abort();
	}
	snprintf(n, sizeof(n), "%s", name);
	pthread_setname_np(*t, n);
}

void kmodel_deadline(struct timespec *ts, long timeout)
{
	u64 us;

	if (timeout < 0)
		timeout = 0;
	if (timeout > 1000L * 3600 * 24)
		timeout = 1000L * 3600 * 24;
	us = kmodel_now_us() + (u64)timeout * 1000;
	ts->tv_sec = us / 1000000;
	ts->tv_nsec = (us % 1000000) * 1000;
}

long kmodel_remaining(const struct timespec *ts)
{
	u64 end = (u64)ts->tv_sec * 1000000 + ts->tv_nsec / 1000, now = kmodel_now_us();

	return now >= end ? 1 : (long)max_t(u64, (end - now) / 1000, 1);
}

/* ---- wait queues, completions ---- */
void init_waitqueue_head(wait_queue_head_t *wq)
{
	pthread_mutex_init(&wq->lock, NULL);
	kmodel_cond_init(&wq->cond);
}

void wake_up_all(wait_queue_head_t *wq)
{
	pthread_mutex_lock(&wq->lock);
	pthread_cond_broadcast(&wq->cond);
	pthread_mutex_unlock(&wq->lock);
}

void init_completion(struct completion *c)
{
	c->done = 0;
	init_waitqueue_head(&c->wait);
}

void complete_all(struct completion *c)
{
	pthread_mutex_lock(&c->wait.lock);
	c->done = UINT_MAX / 2;
	pthread_cond_broadcast(&c->wait.cond);
	pthread_mutex_unlock(&c->wait.lock);
}

void complete(struct completion *c)
{
	pthread_mutex_lock(&c->wait.lock);
	c->done++;
	pthread_cond_broadcast(&c->wait.cond);
	pthread_mutex_unlock(&c->wait.lock);
}

void wait_for_completion(struct completion *c)
{
	pthread_mutex_lock(&c->wait.lock);
	while (!c->done)
		pthread_cond_wait(&c->wait.cond, &c->wait.lock);
	if (c->done < UINT_MAX / 2)
		c->done--;
	pthread_mutex_unlock(&c->wait.lock);
}

bool completion_done(struct completion *c)
{
	bool done;

	pthread_mutex_lock(&c->wait.lock);
	done = c->done;
	pthread_mutex_unlock(&c->wait.lock);
	return done;
}

/*
 * ---- workqueues ----
 * One lock for all work state. A work item is never run by two workers at once; while a
 * cancel is in progress or the item is disabled, queueing it does nothing (the kernel's
 * semantics of cancel_*_sync() and disable_*_sync()).
 */
#define MAX_WORKERS	4
struct workqueue_struct {
	const char *name;
	struct list_head queue;
	pthread_cond_t cond;
	int nworkers;
	struct work_struct *current_work[MAX_WORKERS];
};

static pthread_mutex_t wq_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wq_done;		/* a work item finished */
static pthread_cond_t timer_cond;
static LIST_HEAD(timers);
static struct workqueue_struct wq_system = { .name = "events", .nworkers = 2 };
static struct workqueue_struct wq_unbound = { .name = "events_unbound", .nworkers = 2 };
static struct workqueue_struct wq_pm = { .name = "pm", .nworkers = 1 };
struct workqueue_struct *system_wq = &wq_system;
struct workqueue_struct *system_unbound_wq = &wq_unbound;
struct workqueue_struct *pm_wq = &wq_pm;

struct worker_arg {
	struct workqueue_struct *wq;
	int slot;
};

static bool work_running(struct work_struct *w)
{
	struct workqueue_struct *wqs[] = { &wq_system, &wq_unbound, &wq_pm };
	unsigned int i;
	int j;

	for (i = 0; i < ARRAY_SIZE(wqs); i++)
		for (j = 0; j < wqs[i]->nworkers; j++)
			if (wqs[i]->current_work[j] == w)
				return true;
	return false;
}

static void *worker_main(void *p)
{
	struct worker_arg *arg = p;
	struct workqueue_struct *wq = arg->wq;
	int slot = arg->slot;

	free(arg);
	pthread_mutex_lock(&wq_lock);
	for (;;) {
		struct work_struct *w, *found = NULL;

		list_for_each_entry(w, &wq->queue, entry) {
			if (!work_running(w)) {
				found = w;
				break;
			}
		}
		if (!found) {
			pthread_cond_wait(&wq->cond, &wq_lock);
			continue;
		}
		list_del_init(&found->entry);
		found->pending = false;
		wq->current_work[slot] = found;
		pthread_mutex_unlock(&wq_lock);

		kmodel_set_context("work %s/%p", wq->name, (void *)found->func);
		found->func(found);	/* may free or requeue the item */
		kmodel_ctx[0] = 0;

		pthread_mutex_lock(&wq_lock);
		wq->current_work[slot] = NULL;
		pthread_cond_broadcast(&wq_done);
		pthread_cond_broadcast(&wq->cond);	/* items skipped while this one ran */
	}
	return NULL;
}

static void *timer_main(void *unused)
{
	pthread_mutex_lock(&wq_lock);
	for (;;) {
		struct delayed_work *dw, *first = NULL;
		u64 now = kmodel_now_us();

		list_for_each_entry(dw, &timers, timer_entry)
			if (!first || dw->expires_us < first->expires_us)
				first = dw;
		if (!first) {
			pthread_cond_wait(&timer_cond, &wq_lock);
			continue;
		}
		if (first->expires_us > now) {
			struct timespec ts = {
				.tv_sec = first->expires_us / 1000000,
				.tv_nsec = (first->expires_us % 1000000) * 1000,
			};

			pthread_cond_timedwait(&timer_cond, &wq_lock, &ts);
			continue;
		}
		list_del_init(&first->timer_entry);
		first->timer_armed = false;
		list_add_tail(&first->work.entry, &first->work.wq->queue);
		pthread_cond_broadcast(&first->work.wq->cond);
	}
	return NULL;
}

static void wq_start(struct workqueue_struct *wq)
{
	int i;

	INIT_LIST_HEAD(&wq->queue);
	kmodel_cond_init(&wq->cond);
	for (i = 0; i < wq->nworkers; i++) {
		struct worker_arg *arg = malloc(sizeof(*arg));
		pthread_t t;
		char name[16];

		arg->wq = wq;
		arg->slot = i;
		snprintf(name, sizeof(name), "kworker/%s", wq->name);
		kmodel_thread_create(&t, worker_main, arg, name);
		pthread_detach(t);
	}
}

void kmodel_workqueue_init(void)
{
	pthread_t t;

	kmodel_cond_init(&wq_done);
	kmodel_cond_init(&timer_cond);
	wq_start(&wq_system);
	wq_start(&wq_unbound);
	wq_start(&wq_pm);
	kmodel_thread_create(&t, timer_main, NULL, "ktimer");
	pthread_detach(t);
}

void kmodel_init_work(struct work_struct *w, work_func_t fn)
{
	memset(w, 0, sizeof(*w));
	w->func = fn;
	INIT_LIST_HEAD(&w->entry);
}

void kmodel_init_delayed_work(struct delayed_work *dw, work_func_t fn)
{
	kmodel_init_work(&dw->work, fn);
	dw->timer_armed = false;
	INIT_LIST_HEAD(&dw->timer_entry);
}

static bool queue_locked(struct workqueue_struct *wq, struct work_struct *w)
{
	if (w->pending || w->disable || w->canceling)
		return false;
	w->pending = true;
	w->wq = wq;
	list_add_tail(&w->entry, &wq->queue);
	pthread_cond_broadcast(&wq->cond);
	return true;
}

bool queue_work(struct workqueue_struct *wq, struct work_struct *w)
{
	bool ret;

	pthread_mutex_lock(&wq_lock);
	ret = queue_locked(wq, w);
	pthread_mutex_unlock(&wq_lock);
	return ret;
}

bool schedule_work(struct work_struct *w)
{
	return queue_work(system_wq, w);
}

bool queue_delayed_work(struct workqueue_struct *wq, struct delayed_work *dw, unsigned long delay)
{
	struct work_struct *w = &dw->work;
	bool ret = false;

	pthread_mutex_lock(&wq_lock);
	if (!delay) {
		ret = queue_locked(wq, w);
	} else if (!w->pending && !w->disable && !w->canceling) {
		w->pending = true;
		w->wq = wq;
		dw->timer_armed = true;
		dw->expires_us = kmodel_now_us() + (u64)delay * 1000;
		list_add_tail(&dw->timer_entry, &timers);
		pthread_cond_broadcast(&timer_cond);
		ret = true;
	}
	pthread_mutex_unlock(&wq_lock);
	return ret;
}

/* Take the item off its timer or queue, then wait until no worker runs it. */
static bool cancel_locked(struct work_struct *w, struct delayed_work *dw)
{
	bool was = w->pending;

	w->canceling++;
	if (w->pending) {
		if (dw && dw->timer_armed) {
			list_del_init(&dw->timer_entry);
			dw->timer_armed = false;
		} else {
			list_del_init(&w->entry);
		}
		w->pending = false;
	}
	while (work_running(w))
		pthread_cond_wait(&wq_done, &wq_lock);
	w->canceling--;
	return was;
}

bool cancel_work_sync(struct work_struct *w)
{
	bool ret;

	pthread_mutex_lock(&wq_lock);
	ret = cancel_locked(w, NULL);
	pthread_mutex_unlock(&wq_lock);
	return ret;
}

bool cancel_delayed_work_sync(struct delayed_work *dw)
{
	bool ret;

	pthread_mutex_lock(&wq_lock);
	ret = cancel_locked(&dw->work, dw);
	pthread_mutex_unlock(&wq_lock);
	return ret;
}

bool disable_work_sync(struct work_struct *w)
{
	bool ret;

	pthread_mutex_lock(&wq_lock);
	w->disable++;
	ret = cancel_locked(w, NULL);
	pthread_mutex_unlock(&wq_lock);
	return ret;
}

bool disable_delayed_work_sync(struct delayed_work *dw)
{
	bool ret;

	pthread_mutex_lock(&wq_lock);
	dw->work.disable++;
	ret = cancel_locked(&dw->work, dw);
	pthread_mutex_unlock(&wq_lock);
	return ret;
}

void flush_work(struct work_struct *w)
{
	pthread_mutex_lock(&wq_lock);
	while (w->pending || work_running(w))
		pthread_cond_wait(&wq_done, &wq_lock);
	pthread_mutex_unlock(&wq_lock);
}

void kmodel_init(void)
{
	static bool done;

	if (done)
		return;
	done = true;
	kmodel_workqueue_init();
	kmodel_drm_init();
}

void kmodel_stats(struct kmodel_stats *st)
{
	extern long kmodel_trapped_count(void), kmodel_bad_mmio_count(void);

	st->trapped = kmodel_trapped_count();
	st->bad_mmio = kmodel_bad_mmio_count();
	st->warnings = kmodel_warnings();
	st->live_allocs = __atomic_load_n(&kmodel_live_allocs, __ATOMIC_SEQ_CST);
	st->live_mappings = kmodel_mmio_live();
	st->live_irqs = kmodel_irq_live();
	st->devres = kmodel_devres_count();
}
