/* SPDX-License-Identifier: MIT */
#ifndef BS_DRM_GPU_SCHEDULER_H
#define BS_DRM_GPU_SCHEDULER_H

#include <linux/types.h>

struct dma_fence;
struct drm_gpu_scheduler;
struct drm_sched_entity;
struct workqueue_struct;
struct device;

struct drm_sched_job {
	struct drm_gpu_scheduler *sched;
	struct drm_sched_entity *entity;
	u64 id;
};

enum drm_gpu_sched_stat {
	DRM_GPU_SCHED_STAT_NONE,
	DRM_GPU_SCHED_STAT_NOMINAL,
	DRM_GPU_SCHED_STAT_ENODEV,
};

struct drm_sched_backend_ops {
	struct dma_fence *(*prepare_job)(struct drm_sched_job *sched_job,
					 struct drm_sched_entity *s_entity);
	struct dma_fence *(*run_job)(struct drm_sched_job *sched_job);
	enum drm_gpu_sched_stat (*timedout_job)(struct drm_sched_job *sched_job);
	void (*free_job)(struct drm_sched_job *sched_job);
};

struct drm_gpu_scheduler {
	const struct drm_sched_backend_ops *ops;
	const char *name;
};

struct drm_sched_init_args {
	const struct drm_sched_backend_ops *ops;
	struct workqueue_struct *submit_wq;
	u32 num_rqs;
	u32 credit_limit;
	long timeout;
	const char *name;
	struct device *dev;
};

extern int drm_sched_init(struct drm_gpu_scheduler *sched,
			  const struct drm_sched_init_args *args);
extern void drm_sched_fini(struct drm_gpu_scheduler *sched);
extern void drm_sched_stop(struct drm_gpu_scheduler *sched, struct drm_sched_job *bad);
extern void drm_sched_start(struct drm_gpu_scheduler *sched, int errno);

#endif
