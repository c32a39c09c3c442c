// SPDX-License-Identifier: GPL-2.0
/*
 * kmodel drm_sched: one thread per scheduler. Jobs pushed to an entity run in order when the
 * scheduler has credits; run_job()'s hardware fence completes them (an error pointer fails
 * them at once); completed jobs are freed through free_job() on the scheduler thread; a job
 * whose hardware fence does not signal within the timeout gets timedout_job(). Destroying an
 * entity waits (bounded) for its queue to drain, then kills what is left (-ESRCH).
 */

#include <stdlib.h>

#include "internal.h"

static const char *sched_fence_driver(struct dma_fence *f)
{
	return "drm_sched";
}

static const char *sched_fence_timeline(struct dma_fence *f)
{
	return "finished";
}

static void sched_fence_release(struct dma_fence *f)
{
	struct drm_sched_fence *sf = container_of(f, struct drm_sched_fence, finished);

	dma_fence_put(sf->parent);
	pthread_mutex_destroy(&sf->lock.m);
	kfree(sf);
}

static const struct dma_fence_ops sched_fence_ops = {
	.get_driver_name = sched_fence_driver,
	.get_timeline_name = sched_fence_timeline,
	.release = sched_fence_release,
};

static void job_finish(struct drm_sched_job *job, int error)
{
	struct dma_fence *f = &job->s_fence->finished;

	spin_lock(f->lock);
	if (error)
		f->error = error;
	dma_fence_signal_locked(f);
	spin_unlock(f->lock);
}

/* The hardware fence signalled: runs under that fence's lock. */
static void hw_fence_cb(struct dma_fence *fence, struct dma_fence_cb *cb)
{
	struct drm_sched_job *job = container_of(cb, struct drm_sched_job, cb);
	struct drm_gpu_scheduler *sched = job->entity->sched;

	job_finish(job, fence->error);
	pthread_mutex_lock(&sched->lock);
	job->hw_done = true;
	list_del(&job->list);
	list_add_tail(&job->list, &sched->done);
	pthread_cond_broadcast(&sched->cond);
	pthread_mutex_unlock(&sched->lock);
}

static struct drm_sched_job *pick_job(struct drm_gpu_scheduler *sched)
{
	int i;

	for (i = 0; i < sched->num_entities; i++) {
		struct drm_sched_entity *e = sched->entity_list[i];
		struct drm_sched_job *job;

		if (!e || list_empty(&e->job_queue))
			continue;
		job = list_first_entry(&e->job_queue, struct drm_sched_job, list);
		if (sched->credit_count + job->credits > sched->credit_limit)
			continue;
		list_del(&job->list);
		return job;
	}
	return NULL;
}

static void *sched_main(void *p)
{
	struct drm_gpu_scheduler *sched = p;

	kmodel_set_context("drm_sched %s", sched->name);
	pthread_mutex_lock(&sched->lock);
	while (!sched->stop) {
		struct drm_sched_job *job;
		u64 now = kmodel_now_us(), next = 0;

		if (!list_empty(&sched->done)) {
			job = list_first_entry(&sched->done, struct drm_sched_job, list);
			list_del(&job->list);
			sched->credit_count -= job->credits;
			pthread_cond_broadcast(&sched->cond);
			pthread_mutex_unlock(&sched->lock);
			sched->ops->free_job(job);
			pthread_mutex_lock(&sched->lock);
			continue;
		}
		list_for_each_entry(job, &sched->pending, list) {
			if (job->deadline_us <= now)
				break;
			if (!next || job->deadline_us < next)
				next = job->deadline_us;
		}
		if (&job->list != &sched->pending) {
			job->deadline_us = now + (u64)sched->timeout * 1000;
			pthread_mutex_unlock(&sched->lock);
			sched->ops->timedout_job(job);
			pthread_mutex_lock(&sched->lock);
			continue;
		}
		job = pick_job(sched);
		if (job) {
			struct dma_fence *fence;

			sched->credit_count += job->credits;
			job->deadline_us = now + (u64)sched->timeout * 1000;
			list_add_tail(&job->list, &sched->pending);
			pthread_cond_broadcast(&sched->cond);	/* entity flush waits on this */
			pthread_mutex_unlock(&sched->lock);

			dma_fence_signal(&job->s_fence->scheduled);
			fence = sched->ops->run_job(job);
			if (IS_ERR_OR_NULL(fence)) {
				job_finish(job, IS_ERR(fence) ? (int)PTR_ERR(fence) : 0);
				pthread_mutex_lock(&sched->lock);
				list_del(&job->list);
				list_add_tail(&job->list, &sched->done);
				continue;
			}
			job->s_fence->parent = fence;	/* the scheduler's reference */
			if (dma_fence_add_callback(fence, &job->cb, hw_fence_cb))
				hw_fence_cb(fence, &job->cb);
			pthread_mutex_lock(&sched->lock);
			continue;
		}
		if (next) {
			struct timespec ts = { .tv_sec = next / 1000000,
					       .tv_nsec = (next % 1000000) * 1000 };

			pthread_cond_timedwait(&sched->cond, &sched->lock, &ts);
		} else {
			pthread_cond_wait(&sched->cond, &sched->lock);
		}
	}
	pthread_mutex_unlock(&sched->lock);
	return NULL;
}

int drm_sched_init(struct drm_gpu_scheduler *sched, const struct drm_sched_init_args *args)
{
	if (!args->ops || !args->credit_limit || args->num_rqs < 1)
		return -EINVAL;
	memset(sched, 0, sizeof(*sched));
	sched->ops = args->ops;
	sched->name = args->name;
	sched->dev = args->dev;
	sched->timeout = args->timeout;
	sched->credit_limit = args->credit_limit;
	pthread_mutex_init(&sched->lock, NULL);
	kmodel_cond_init(&sched->cond);
	INIT_LIST_HEAD(&sched->pending);
	INIT_LIST_HEAD(&sched->done);
	sched->ready = true;
	kmodel_thread_create(&sched->thread, sched_main, sched, "drm_sched");
	return 0;
}

void drm_sched_fini(struct drm_gpu_scheduler *sched)
{
	pthread_mutex_lock(&sched->lock);
	sched->stop = true;
	pthread_cond_broadcast(&sched->cond);
	pthread_mutex_unlock(&sched->lock);
	pthread_join(sched->thread, NULL);
	if (!list_empty(&sched->pending) || !list_empty(&sched->done))
		KMODEL_WARN("drm_sched_fini: jobs still pending (never freed)");
	sched->ready = false;
	pthread_cond_destroy(&sched->cond);
	pthread_mutex_destroy(&sched->lock);
}

int drm_sched_entity_init(struct drm_sched_entity *entity, enum drm_sched_priority priority,
			  struct drm_gpu_scheduler **sched_list, unsigned int num_sched_list,
			  atomic_t *guilty)
{
	struct drm_gpu_scheduler *sched;

	if (!num_sched_list || !sched_list[0])
		return -EINVAL;
	sched = sched_list[0];
	memset(entity, 0, sizeof(*entity));
	entity->sched = sched;
	INIT_LIST_HEAD(&entity->job_queue);
	entity->fence_context = dma_fence_context_alloc(2);
	pthread_mutex_lock(&sched->lock);
	if (sched->num_entities == (int)ARRAY_SIZE(sched->entity_list)) {
		pthread_mutex_unlock(&sched->lock);
		return -ENOSPC;
	}
	sched->entity_list[sched->num_entities++] = entity;
	pthread_mutex_unlock(&sched->lock);
	return 0;
}

void drm_sched_entity_destroy(struct drm_sched_entity *entity)
{
	struct drm_gpu_scheduler *sched = entity->sched;
	struct drm_sched_job *job, *tmp;
	struct timespec dl;
	int i;

	/* drm_sched_entity_flush(): wait, bounded, for the queued jobs to reach the hardware. */
	kmodel_deadline(&dl, max(sched->timeout, 1L));
	pthread_mutex_lock(&sched->lock);
	while (!list_empty(&entity->job_queue) &&
	       pthread_cond_timedwait(&sched->cond, &sched->lock, &dl) != ETIMEDOUT)
		;
	/* drm_sched_entity_fini(): kill whatever is left. */
	entity->stopped = true;
	for (i = 0; i < sched->num_entities; i++)
		if (sched->entity_list[i] == entity)
			sched->entity_list[i] = sched->entity_list[--sched->num_entities];
	list_for_each_entry_safe(job, tmp, &entity->job_queue, list) {
		list_del(&job->list);
		dma_fence_signal(&job->s_fence->scheduled);
		job_finish(job, -ESRCH);
		sched->credit_count += job->credits;	/* returned when freed */
		list_add_tail(&job->list, &sched->done);
	}
	pthread_cond_broadcast(&sched->cond);
	pthread_mutex_unlock(&sched->lock);
}

int drm_sched_job_init(struct drm_sched_job *job, struct drm_sched_entity *entity, u32 credits,
		       void *owner, u64 drm_client_id)
{
	struct drm_sched_fence *sf;

	if (!entity->sched)
		return -ENOENT;
	if (!credits)
		return -EINVAL;
	sf = kzalloc(sizeof(*sf), GFP_KERNEL);
	if (!sf)
		return -ENOMEM;
	sf->owner = owner;
	spin_lock_init(&sf->lock);
	memset(job, 0, sizeof(*job));
	job->s_fence = sf;
	job->entity = entity;
	job->credits = credits;
	INIT_LIST_HEAD(&job->list);
	return 0;
}

void drm_sched_job_arm(struct drm_sched_job *job)
{
	struct drm_sched_entity *e = job->entity;
	u64 seq = __atomic_add_fetch(&e->fence_seq, 1, __ATOMIC_SEQ_CST);

	dma_fence_init(&job->s_fence->scheduled, &sched_fence_ops, &job->s_fence->lock,
		       e->fence_context, seq);
	dma_fence_init(&job->s_fence->finished, &sched_fence_ops, &job->s_fence->lock,
		       e->fence_context + 1, seq);
	job->id = seq;
	job->armed = true;
}

void drm_sched_entity_push_job(struct drm_sched_job *job)
{
	struct drm_sched_entity *e = job->entity;
	struct drm_gpu_scheduler *sched = e->sched;

	pthread_mutex_lock(&sched->lock);
	if (e->stopped) {
		/* The kernel kills a job pushed to a stopped entity. */
		dma_fence_signal(&job->s_fence->scheduled);
		job_finish(job, -ENOENT);
		sched->credit_count += job->credits;
		list_add_tail(&job->list, &sched->done);
	} else {
		list_add_tail(&job->list, &e->job_queue);
	}
	pthread_cond_broadcast(&sched->cond);
	pthread_mutex_unlock(&sched->lock);
}

void drm_sched_job_cleanup(struct drm_sched_job *job)
{
	if (!job->s_fence)
		return;
	if (job->armed) {
		dma_fence_put(&job->s_fence->finished);
	} else {
		pthread_mutex_destroy(&job->s_fence->lock.m);
		kfree(job->s_fence);
	}
	job->s_fence = NULL;
}
