// Pins drm_sched_backend_ops callbacks: after-unbind when nothing on the unbind path stops or
// finalises the scheduler (this driver has no unbind path at all). Unguarded fires, guarded is
// silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/dma-fence.h>
#include <drm/drm_drv.h>
#include <drm/gpu_scheduler.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct drm_gpu_scheduler sched;
};

struct foo_job {
	struct drm_sched_job base;
	struct foo_device *fdev;
	struct dma_fence *done;
	u32 slot;
};

#define to_foo_job(j) container_of(j, struct foo_job, base)

static struct dma_fence *foo_run_job(struct drm_sched_job *sched_job)
{
	struct foo_job *job = to_foo_job(sched_job);
	int idx;

	if (!drm_dev_enter(&job->fdev->drm, &idx))
		return NULL;
	writel(1, job->fdev->regs + 0x700 + job->slot * 4);
	drm_dev_exit(idx);
	return job->done;
}

static enum drm_gpu_sched_stat foo_timedout_job(struct drm_sched_job *sched_job)
{
	struct foo_job *job = to_foo_job(sched_job);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_timedout_job', which can run after unbind}}
	// expected-note@+1{{'foo_timedout_job' accesses MMIO with 'writel' here}}
	writel(0, job->fdev->regs + 0x700 + job->slot * 4);
	return DRM_GPU_SCHED_STAT_NOMINAL;
}

static void foo_free_job(struct drm_sched_job *sched_job)
{
}

static const struct drm_sched_backend_ops foo_sched_ops = {
	.run_job = foo_run_job,
	.timedout_job = foo_timedout_job, // expected-note{{'foo_timedout_job' is a drm_sched backend callback, registered here}} expected-note{{nothing on the unbind path stops its scheduler}}
	.free_job = foo_free_job,
};

int foo_sched_init(struct foo_device *fdev)
{
	const struct drm_sched_init_args args = {
		.ops = &foo_sched_ops,
		.num_rqs = 1,
		.credit_limit = 64,
		.timeout = 500,
		.name = "foo",
	};

	return drm_sched_init(&fdev->sched, &args);
}
