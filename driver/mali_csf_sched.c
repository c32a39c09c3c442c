// SPDX-License-Identifier: GPL-2.0
/*
 * Job submission: command stream groups bound to firmware CSG slots, one queue (command
 * stream) per drm_sched scheduler, jobs written into ring buffers and kicked by doorbells,
 * completion reported by the JOB interrupt.
 *
 * A group holds its CSG slot, an AS slot for its VM and a runtime-PM reference from creation
 * to destruction, so the GPU is powered whenever a group exists. A GPU reset or an unplug
 * kills every group: their jobs fail, and user space creates new groups.
 *
 * Contexts: the drm_sched callbacks run in the scheduler's work items and can run after
 * unbind, so run_job() rings its doorbell under an unbind guard; the rest of them, and
 * everything called from ioctls here, touches memory only, except group creation (called with
 * the guard held) and group termination (which takes the guard itself).
 */
#include <linux/dma-fence.h>
#include <linux/pm_runtime.h>
#include <linux/slab.h>
#include <linux/sizes.h>
#include <linux/uaccess.h>
#include <drm/drm_drv.h>
#include <drm/drm_file.h>
#include <drm/drm_syncobj.h>
#include <drm/gpu_scheduler.h>

#include "mali_csf_device.h"

#define JOB_TIMEOUT		msecs_to_jiffies(2000)
#define JOB_INSTRS		8	/* 64 bytes of ring per job */
#define JOB_RING_BYTES		(JOB_INSTRS * sizeof(u64))
#define IFACE_OUTPUT_OFFSET	2048
#define SYNC_STRIDE		64	/* one completion counter per queue */
#define CS_UNPRESERVED_REGS	4

struct mali_csf_queue {
	struct mali_csf_group *group;
	u32 index;
	u8 priority;
	struct drm_gpu_scheduler sched;
	struct drm_sched_entity entity;
	struct mali_csf_kbo *ring;
	struct mali_csf_kbo *iface;
	u64 fence_ctx;
	u64 ring_seqno;		/* jobs written to the ring; the run_job() side only */
	spinlock_t lock;	/* inflight, fence lock */
	struct list_head inflight;
	atomic_t job_count;	/* jobs not yet freed */
	wait_queue_head_t idle_wait;
	bool sched_ready;
};

struct mali_csf_group {
	struct kref ref;
	struct mali_csf_device *mdev;
	struct mali_csf_vm *vm;
	struct list_head node;		/* sched.groups, under sched.lock */
	int slot;			/* CSG slot or -1, under sched.lock */
	bool dead;
	bool pm_ref;
	u8 priority;
	u32 queue_count;
	struct mali_csf_queue *queues[MALI_CSF_MAX_QUEUES_PER_GROUP];
	struct mali_csf_kbo *syncs;
	struct mali_csf_kbo *suspend;
	struct mutex submit_lock;
};

struct mali_csf_job {
	struct drm_sched_job base;
	struct mali_csf_queue *queue;
	struct list_head node;		/* queue->inflight */
	struct dma_fence *done;		/* signalled by the JOB IRQ */
	u64 seqno;
	u64 stream_addr;
	u32 stream_size;
};

#define to_job(j)	container_of(j, struct mali_csf_job, base)

/* ---- fences and completion: memory only ---- */

static const char *mali_csf_fence_driver_name(struct dma_fence *fence)
{
	return "mali_csf";
}

static const char *mali_csf_fence_timeline_name(struct dma_fence *fence)
{
	return "mali_csf-queue";
}

static const struct dma_fence_ops mali_csf_fence_ops = {
	.get_driver_name = mali_csf_fence_driver_name,
	.get_timeline_name = mali_csf_fence_timeline_name,
};

/* Signal the jobs of @queue the GPU has finished; with @error, every in-flight job. */
static void queue_signal(struct mali_csf_queue *queue, int error)
{
	struct mali_csf_group *group = queue->group;
	u64 done = READ_ONCE(*(u64 *)(group->syncs->vaddr + queue->index * SYNC_STRIDE));
	struct mali_csf_job *job, *tmp;
	unsigned long flags;

	spin_lock_irqsave(&queue->lock, flags);
	list_for_each_entry_safe(job, tmp, &queue->inflight, node) {
		/* signalling lets the scheduler free the job: keep only the fence */
		struct dma_fence *fence = job->done;

		if (!error && job->seqno > done)
			break;
		if (error)
			dma_fence_set_error(fence, error);
		list_del_init(&job->node);
		dma_fence_signal_locked(fence);
		dma_fence_put(fence);
	}
	spin_unlock_irqrestore(&queue->lock, flags);
}

static void group_fail(struct mali_csf_group *group, int error)
{
	u32 i;

	WRITE_ONCE(group->dead, true);
	for (i = 0; i < group->queue_count; i++)
		queue_signal(group->queues[i], error);
}

/* JOB IRQ thread: acknowledge the CSG's events and signal what completed. [any] */
void mali_csf_sched_handle_csg_irq(struct mali_csf_device *mdev, u32 slot)
{
	struct mali_csf_csg_iface *csg = &mdev->fw.csg[slot];
	struct mali_csf_group *group;
	unsigned long flags;
	u32 ack, req, i;
	bool fatal = false;

	spin_lock_irqsave(&mdev->fw.req_lock, flags);
	ack = READ_ONCE(csg->output->ack);
	req = READ_ONCE(csg->input->req);
	WRITE_ONCE(csg->input->req, (req & ~(CSG_SYNC_UPDATE | CSG_IDLE)) |
		   (ack & (CSG_SYNC_UPDATE | CSG_IDLE)));
	req = READ_ONCE(csg->output->cs_irq_req);
	for (i = 0; i < mdev->fw.cs_count; i++) {
		u32 cs_ack = READ_ONCE(csg->cs[i].output->ack);
		u32 cs_req = READ_ONCE(csg->cs[i].input->req);

		if ((cs_ack ^ cs_req) & (CS_FATAL | CS_FAULT)) {
			fatal = true;
			WRITE_ONCE(csg->cs[i].input->req, (cs_req & ~(CS_FATAL | CS_FAULT)) |
				   (cs_ack & (CS_FATAL | CS_FAULT)));
		}
	}
	WRITE_ONCE(csg->input->cs_irq_ack, req);
	spin_unlock_irqrestore(&mdev->fw.req_lock, flags);

	spin_lock_irqsave(&mdev->sched.slot_lock, flags);
	group = mdev->sched.slots[slot];
	if (group) {
		if (fatal) {
			dev_err_ratelimited(mdev->dev, "CSG%u: command stream fault\n", slot);
			group_fail(group, -EIO);
		} else {
			for (i = 0; i < group->queue_count; i++)
				queue_signal(group->queues[i], 0);
		}
	}
	spin_unlock_irqrestore(&mdev->sched.slot_lock, flags);
}

/* ---- drm_sched callbacks: scheduler work items, may run after unbind ---- */

static u64 cs_instr(u64 op, u64 payload)
{
	return (op << 56) | payload;
}

static void queue_emit(struct mali_csf_queue *queue, struct mali_csf_job *job)
{
	struct mali_csf_device *mdev = queue->group->mdev;
	struct csf_ringbuf_input *in = queue->iface->vaddr;
	u64 regs = CS_FEATURES_WORK_REGS(mdev->fw.cs_features) - CS_UNPRESERVED_REGS;
	u64 addr = regs, val = regs + 2;
	u64 sync = queue->group->syncs->gpu_va + queue->index * SYNC_STRIDE;
	u64 insert = READ_ONCE(in->insert);
	u64 *ring = queue->ring->vaddr;
	u64 instrs[JOB_INSTRS] = {
		cs_instr(CS_OP_MOV48, (addr << 48) | (job->stream_addr & GENMASK_ULL(47, 0))),
		cs_instr(CS_OP_MOV32, (val << 48) | job->stream_size),
		cs_instr(CS_OP_CALL, (addr << 40) | (val << 32)),
		cs_instr(CS_OP_MOV48, (addr << 48) | sync),
		cs_instr(CS_OP_MOV48, (val << 48) | 1),
		cs_instr(CS_OP_WAIT, 0xffffull << 16),
		cs_instr(CS_OP_SYNC_ADD64, (addr << 40) | (val << 32) | 1),
		cs_instr(CS_OP_WAIT, 0),
	};
	u32 i, pos = (insert % queue->ring->size) / sizeof(u64);

	for (i = 0; i < JOB_INSTRS; i++)
		ring[pos + i] = instrs[i];
	/* The instructions must land before the firmware sees the new insert pointer. */
	wmb();
	WRITE_ONCE(in->insert, insert + JOB_RING_BYTES);
}

static struct dma_fence *mali_csf_run_job(struct drm_sched_job *sched_job)
{
	struct mali_csf_job *job = to_job(sched_job);
	struct mali_csf_queue *queue = job->queue;
	struct mali_csf_group *group = queue->group;
	struct mali_csf_device *mdev = group->mdev;
	struct dma_fence *fence = ERR_PTR(-EIO);
	unsigned long flags;
	int idx;

	/* The doorbell is a register: ring it only while the device is bound. */
	if (!drm_dev_enter(&mdev->drm, &idx))
		return ERR_PTR(-ENODEV);

	/*
	 * sched.lock orders this against group termination, reset and unplug: a job is either
	 * on the in-flight list before they fail the list, or sees the group without a slot.
	 */
	mutex_lock(&mdev->sched.lock);
	if (!READ_ONCE(group->dead) && group->slot >= 0) {
		job->seqno = ++queue->ring_seqno;
		dma_fence_init(job->done, &mali_csf_fence_ops, &queue->lock, queue->fence_ctx,
			       job->seqno);
		/* One reference for the in-flight list, one for the scheduler. */
		dma_fence_get(job->done);
		fence = dma_fence_get(job->done);
		spin_lock_irqsave(&queue->lock, flags);
		list_add_tail(&job->node, &queue->inflight);
		spin_unlock_irqrestore(&queue->lock, flags);

		queue_emit(queue, job);
		mali_csf_fw_ring_doorbell(mdev, group->slot + 1);
	}
	mutex_unlock(&mdev->sched.lock);
	drm_dev_exit(idx);
	return fence;
}

static enum drm_gpu_sched_stat mali_csf_timedout_job(struct drm_sched_job *sched_job)
{
	struct mali_csf_job *job = to_job(sched_job);
	struct mali_csf_device *mdev = job->queue->group->mdev;

	dev_warn(mdev->dev, "job %llu timed out, resetting the GPU\n", job->seqno);
	mali_csf_device_schedule_reset(mdev);
	return DRM_GPU_SCHED_STAT_NOMINAL;
}

static void mali_csf_group_put(struct mali_csf_group *group);

static void mali_csf_job_free(struct mali_csf_job *job)
{
	struct mali_csf_queue *queue = job->queue;
	struct mali_csf_group *group = queue->group;

	/* A job that never ran still owns its unpublished fence. */
	if (job->done && !job->seqno)
		kfree(job->done);
	else
		dma_fence_put(job->done);
	kfree(job);
	if (atomic_dec_and_test(&queue->job_count))
		wake_up_all(&queue->idle_wait);
	mali_csf_group_put(group);
}

static void mali_csf_free_job(struct drm_sched_job *sched_job)
{
	drm_sched_job_cleanup(sched_job);
	mali_csf_job_free(to_job(sched_job));
}

static const struct drm_sched_backend_ops mali_csf_sched_ops = {
	.run_job = mali_csf_run_job,
	.timedout_job = mali_csf_timedout_job,
	.free_job = mali_csf_free_job,
};

/* ---- groups ---- */

static void queue_free(struct mali_csf_queue *queue)
{
	if (!queue)
		return;
	mali_csf_kbo_destroy(queue->ring);
	mali_csf_kbo_destroy(queue->iface);
	kfree(queue);
}

static void mali_csf_group_release(struct kref *ref)
{
	struct mali_csf_group *group = container_of(ref, struct mali_csf_group, ref);
	u32 i;

	for (i = 0; i < group->queue_count; i++)
		queue_free(group->queues[i]);
	mali_csf_kbo_destroy(group->syncs);
	mali_csf_kbo_destroy(group->suspend);
	mali_csf_vm_put(group->vm);
	mutex_destroy(&group->submit_lock);
	kfree(group);
}

static void mali_csf_group_put(struct mali_csf_group *group)
{
	kref_put(&group->ref, mali_csf_group_release);
}

static struct mali_csf_queue *queue_create(struct mali_csf_group *group, u32 index,
					   const struct drm_mali_csf_queue_create *args)
{
	struct mali_csf_device *mdev = group->mdev;
	struct drm_gpu_scheduler *sched_list[1];
	struct drm_sched_init_args sargs = {
		.ops = &mali_csf_sched_ops,
		.num_rqs = 1,
		.credit_limit = args->ringbuf_size / JOB_RING_BYTES,
		.timeout = JOB_TIMEOUT,
		.name = "mali-csf-queue",
		.dev = mdev->dev,
	};
	struct mali_csf_queue *queue;
	int ret;

	queue = kzalloc(sizeof(*queue), GFP_KERNEL);
	if (!queue)
		return ERR_PTR(-ENOMEM);
	queue->group = group;
	queue->index = index;
	queue->priority = args->priority;
	spin_lock_init(&queue->lock);
	INIT_LIST_HEAD(&queue->inflight);
	init_waitqueue_head(&queue->idle_wait);
	queue->fence_ctx = dma_fence_context_alloc(1);

	queue->ring = mali_csf_kbo_create(mdev, group->vm, args->ringbuf_size, 0,
					  MALI_CSF_PROT_READONLY | MALI_CSF_PROT_NOEXEC);
	if (IS_ERR(queue->ring)) {
		ret = PTR_ERR(queue->ring);
		queue->ring = NULL;
		goto err;
	}
	queue->iface = mali_csf_kbo_create(mdev, group->vm, SZ_4K, 0,
					   MALI_CSF_PROT_NOEXEC | MALI_CSF_PROT_UNCACHED);
	if (IS_ERR(queue->iface)) {
		ret = PTR_ERR(queue->iface);
		queue->iface = NULL;
		goto err;
	}
	ret = drm_sched_init(&queue->sched, &sargs);
	if (ret)
		goto err;
	sched_list[0] = &queue->sched;
	ret = drm_sched_entity_init(&queue->entity, DRM_SCHED_PRIORITY_NORMAL, sched_list, 1,
				    NULL);
	if (ret) {
		drm_sched_fini(&queue->sched);
		goto err;
	}
	queue->sched_ready = true;
	return queue;

err:
	queue_free(queue);
	return ERR_PTR(ret);
}

/* Program the group's streams and CSG slot, and start it. [hw], sched.lock held. */
static int group_start(struct mali_csf_group *group, u32 slot)
{
	struct mali_csf_device *mdev = group->mdev;
	struct mali_csf_csg_iface *csg = &mdev->fw.csg[slot];
	u32 cores = hweight64(mdev->info.shader_present);
	u32 i;

	for (i = 0; i < group->queue_count; i++) {
		struct mali_csf_queue *queue = group->queues[i];
		struct csf_cs_input *cs = csg->cs[i].input;

		WRITE_ONCE(cs->ringbuf_base, queue->ring->gpu_va);
		WRITE_ONCE(cs->ringbuf_size, queue->ring->size);
		WRITE_ONCE(cs->ringbuf_input, queue->iface->gpu_va);
		WRITE_ONCE(cs->ringbuf_output, queue->iface->gpu_va + IFACE_OUTPUT_OFFSET);
		WRITE_ONCE(cs->config, CS_CONFIG_PRIORITY(queue->priority) |
			   CS_CONFIG_DOORBELL(slot + 1));
		WRITE_ONCE(cs->ack_irq_mask, CS_FATAL | CS_FAULT);
		WRITE_ONCE(cs->req, (READ_ONCE(cs->req) & ~CS_STATE_MASK) | CS_STATE_START);
	}
	WRITE_ONCE(csg->input->allow_compute, mdev->info.shader_present);
	WRITE_ONCE(csg->input->allow_fragment, mdev->info.shader_present);
	WRITE_ONCE(csg->input->allow_other, (u32)mdev->info.tiler_present);
	WRITE_ONCE(csg->input->endpoint_req, CSG_EP_COMPUTE(cores) | CSG_EP_FRAGMENT(cores) |
		   CSG_EP_TILER(1) | CSG_EP_PRIORITY(group->priority));
	WRITE_ONCE(csg->input->suspend_buf, group->suspend ? group->suspend->gpu_va : 0);
	WRITE_ONCE(csg->input->config, mali_csf_vm_as(group->vm));
	WRITE_ONCE(csg->input->ack_irq_mask, ~0u);
	return mali_csf_fw_csg_request(mdev, slot, CSG_STATE_START, CSG_STATE_MASK);
}

static void slot_set(struct mali_csf_device *mdev, u32 slot, struct mali_csf_group *group)
{
	unsigned long flags;

	spin_lock_irqsave(&mdev->sched.slot_lock, flags);
	mdev->sched.slots[slot] = group;
	spin_unlock_irqrestore(&mdev->sched.slot_lock, flags);
}

/* Bind @group to a free CSG slot. [hw], sched.lock held. */
static int group_bind(struct mali_csf_group *group)
{
	struct mali_csf_device *mdev = group->mdev;
	u32 slot;
	int ret;

	for (slot = 0; slot < mdev->fw.csg_count; slot++)
		if (!mdev->sched.slots[slot])
			break;
	if (slot == mdev->fw.csg_count)
		return -EBUSY;
	ret = mali_csf_vm_activate(group->vm);
	if (ret)
		return ret;
	slot_set(mdev, slot, group);
	group->slot = slot;
	ret = group_start(group, slot);
	if (ret) {
		slot_set(mdev, slot, NULL);
		group->slot = -1;
		mali_csf_vm_deactivate(group->vm);
	}
	return ret;
}

static int queue_args_ok(const struct drm_mali_csf_queue_create *q)
{
	return q->priority <= 15 && !q->pad[0] && !q->pad[1] && !q->pad[2] &&
	       is_power_of_2(q->ringbuf_size) && q->ringbuf_size >= SZ_4K &&
	       q->ringbuf_size <= SZ_64K;
}

/*
 * GROUP_CREATE. The caller holds an unbind guard and a runtime-PM reference, which the group
 * takes over on success. [hw]
 */
int mali_csf_group_create(struct mali_csf_file *mfile, struct drm_mali_csf_group_create *args)
{
	struct mali_csf_device *mdev = mfile->mdev;
	struct drm_mali_csf_queue_create qargs[MALI_CSF_MAX_QUEUES_PER_GROUP];
	struct mali_csf_group *group;
	struct mali_csf_vm *vm;
	u32 i, handle, suspend_size;
	int ret;

	if (!args->queue_count || args->queue_count > MALI_CSF_MAX_QUEUES_PER_GROUP ||
	    args->queue_count > mdev->fw.cs_count || args->priority > 3 || args->pad[0] ||
	    args->pad[1] || args->pad[2])
		return -EINVAL;
	if (copy_from_user(qargs, u64_to_user_ptr(args->queues),
			   args->queue_count * sizeof(qargs[0])))
		return -EFAULT;
	for (i = 0; i < args->queue_count; i++)
		if (!queue_args_ok(&qargs[i]))
			return -EINVAL;

	mutex_lock(&mfile->lock);
	vm = xa_load(&mfile->vms, args->vm_id);
	if (vm)
		mali_csf_vm_get(vm);
	mutex_unlock(&mfile->lock);
	if (!vm)
		return -ENOENT;

	group = kzalloc(sizeof(*group), GFP_KERNEL);
	if (!group) {
		mali_csf_vm_put(vm);
		return -ENOMEM;
	}
	kref_init(&group->ref);
	mutex_init(&group->submit_lock);
	INIT_LIST_HEAD(&group->node);
	group->mdev = mdev;
	group->vm = vm;
	group->slot = -1;
	group->priority = args->priority;

	group->syncs = mali_csf_kbo_create(mdev, vm, args->queue_count * SYNC_STRIDE, 0,
					   MALI_CSF_PROT_NOEXEC | MALI_CSF_PROT_UNCACHED);
	if (IS_ERR(group->syncs)) {
		ret = PTR_ERR(group->syncs);
		group->syncs = NULL;
		goto err_put;
	}
	suspend_size = READ_ONCE(mdev->fw.csg[0].control->suspend_size);
	if (suspend_size) {
		group->suspend = mali_csf_kbo_create(mdev, mdev->fw.vm, suspend_size, 0,
						     MALI_CSF_PROT_NOEXEC);
		if (IS_ERR(group->suspend)) {
			ret = PTR_ERR(group->suspend);
			group->suspend = NULL;
			goto err_put;
		}
	}
	for (i = 0; i < args->queue_count; i++) {
		struct mali_csf_queue *queue = queue_create(group, i, &qargs[i]);

		if (IS_ERR(queue)) {
			ret = PTR_ERR(queue);
			goto err_put;
		}
		group->queues[i] = queue;
		group->queue_count = i + 1;
	}

	/* Reserve the handle first: nothing can look the group up before it is complete. */
	mutex_lock(&mfile->lock);
	ret = xa_alloc(&mfile->groups, &handle, NULL, xa_limit_32b, GFP_KERNEL);
	mutex_unlock(&mfile->lock);
	if (ret)
		goto err_put;

	mutex_lock(&mdev->sched.lock);
	ret = group_bind(group);
	if (!ret)
		list_add_tail(&group->node, &mdev->sched.groups);
	mutex_unlock(&mdev->sched.lock);

	mutex_lock(&mfile->lock);
	if (ret)
		xa_erase(&mfile->groups, handle);
	else
		xa_store(&mfile->groups, handle, group, GFP_KERNEL);
	mutex_unlock(&mfile->lock);
	if (ret)
		goto err_put;
	group->pm_ref = true;
	args->handle = handle;
	return 0;

err_put:
	for (i = 0; i < group->queue_count; i++) {
		drm_sched_entity_destroy(&group->queues[i]->entity);
		drm_sched_fini(&group->queues[i]->sched);
	}
	mali_csf_group_put(group);
	return ret;
}

/* Stop the CSG, take the group off its slots and make its memory unreachable. [hw] */
static void group_terminate(struct mali_csf_group *group)
{
	struct mali_csf_device *mdev = group->mdev;
	u32 i;

	if (group->slot < 0)
		return;
	if (mdev->fw.booted)
		mali_csf_fw_csg_request(mdev, group->slot, CSG_STATE_TERMINATE, CSG_STATE_MASK);
	slot_set(mdev, group->slot, NULL);
	group->slot = -1;
	/* Other groups may share the VM: drop the translations of this group's buffers. */
	for (i = 0; i < group->queue_count; i++) {
		struct mali_csf_queue *queue = group->queues[i];

		mali_csf_vm_unmap_range(group->vm, queue->ring->gpu_va, queue->ring->size);
		mali_csf_vm_unmap_range(group->vm, queue->iface->gpu_va, queue->iface->size);
	}
	mali_csf_vm_unmap_range(group->vm, group->syncs->gpu_va, group->syncs->size);
	mali_csf_vm_flush_range(group->vm, 0, BIT_ULL(48));
	mali_csf_vm_deactivate(group->vm);
}

/* The same bookkeeping once the device is gone and remove has stopped the GPU. [any] */
static void group_forget(struct mali_csf_group *group)
{
	if (group->slot < 0)
		return;
	slot_set(group->mdev, group->slot, NULL);
	group->slot = -1;
	mali_csf_vm_drop_active(group->vm);
}

/*
 * Tear a group down for GROUP_DESTROY or file close: no new jobs, hardware stopped (under an
 * unbind guard, or not at all once the device is gone), jobs failed, schedulers finished.
 * [any]
 */
static void group_kill(struct mali_csf_group *group)
{
	struct mali_csf_device *mdev = group->mdev;
	u32 i;
	int idx;

	for (i = 0; i < group->queue_count; i++)
		drm_sched_entity_destroy(&group->queues[i]->entity);

	if (drm_dev_enter(&mdev->drm, &idx)) {
		mutex_lock(&mdev->sched.lock);
		group_terminate(group);
		list_del_init(&group->node);
		group_fail(group, -ECANCELED);
		mutex_unlock(&mdev->sched.lock);
		drm_dev_exit(idx);
	} else {
		/* The GPU may still use the group's memory until remove has stopped it. */
		mali_csf_device_wait_hw_stopped(mdev);
		mutex_lock(&mdev->sched.lock);
		group_forget(group);
		list_del_init(&group->node);
		group_fail(group, -ECANCELED);
		mutex_unlock(&mdev->sched.lock);
	}

	for (i = 0; i < group->queue_count; i++) {
		struct mali_csf_queue *queue = group->queues[i];

		/* free_job() runs for every job before the scheduler may go. */
		wait_event(queue->idle_wait, !atomic_read(&queue->job_count));
		drm_sched_fini(&queue->sched);
	}
	if (group->pm_ref) {
		group->pm_ref = false;
		pm_runtime_mark_last_busy(mdev->dev);
		pm_runtime_put_autosuspend(mdev->dev);
	}
}

int mali_csf_group_destroy(struct mali_csf_file *mfile, u32 handle)
{
	struct mali_csf_group *group;

	mutex_lock(&mfile->lock);
	group = xa_erase(&mfile->groups, handle);
	mutex_unlock(&mfile->lock);
	if (!group)
		return -ENOENT;
	group_kill(group);
	mali_csf_group_put(group);
	return 0;
}

void mali_csf_sched_file_close(struct mali_csf_file *mfile)
{
	struct mali_csf_group *group;
	unsigned long handle;

	xa_for_each(&mfile->groups, handle, group)
		mali_csf_group_destroy(mfile, handle);
}

/* GROUP_SUBMIT: queue a job; run_job() writes and kicks it later. [any] */
int mali_csf_group_submit(struct drm_file *file, struct mali_csf_file *mfile,
			  struct drm_mali_csf_group_submit *args)
{
	struct drm_syncobj *syncobj = NULL;
	struct mali_csf_group *group;
	struct mali_csf_queue *queue;
	struct mali_csf_job *job;
	int ret;

	if (!args->stream_size || !IS_ALIGNED(args->stream_addr | args->stream_size, 8))
		return -EINVAL;

	mutex_lock(&mfile->lock);
	group = xa_load(&mfile->groups, args->group_handle);
	if (group)
		kref_get(&group->ref);
	mutex_unlock(&mfile->lock);
	if (!group)
		return -ENOENT;
	ret = -EINVAL;
	if (args->queue_index >= group->queue_count ||
	    !mali_csf_vm_user_range_ok(group->vm, args->stream_addr, args->stream_size))
		goto err_put;
	ret = -EIO;
	if (READ_ONCE(group->dead))
		goto err_put;
	queue = group->queues[args->queue_index];

	if (args->out_sync) {
		syncobj = drm_syncobj_find(file, args->out_sync);
		ret = -ENOENT;
		if (!syncobj)
			goto err_put;
	}

	ret = -ENOMEM;
	job = kzalloc(sizeof(*job), GFP_KERNEL);
	if (!job)
		goto err_sync;
	job->done = kzalloc(sizeof(*job->done), GFP_KERNEL);
	if (!job->done) {
		kfree(job);
		goto err_sync;
	}
	INIT_LIST_HEAD(&job->node);
	job->queue = queue;
	job->stream_addr = args->stream_addr;
	job->stream_size = args->stream_size;

	ret = drm_sched_job_init(&job->base, &queue->entity, 1, group, file->client_id);
	if (ret) {
		kfree(job->done);
		kfree(job);
		goto err_sync;
	}
	/* From here the job owns the group reference; free_job() drops it. */
	atomic_inc(&queue->job_count);
	mutex_lock(&group->submit_lock);
	drm_sched_job_arm(&job->base);
	if (syncobj)
		drm_syncobj_replace_fence(syncobj, &job->base.s_fence->finished);
	drm_sched_entity_push_job(&job->base);
	mutex_unlock(&group->submit_lock);
	if (syncobj)
		drm_syncobj_put(syncobj);
	return 0;

err_sync:
	if (syncobj)
		drm_syncobj_put(syncobj);
err_put:
	mali_csf_group_put(group);
	return ret;
}

/*
 * A GPU reset or an unplug: every group dies, its jobs fail, its slots are forgotten. The
 * caller resets the hardware afterwards (or has stopped it). Memory only. [any]
 */
void mali_csf_sched_reset(struct mali_csf_device *mdev)
{
	struct mali_csf_group *group;

	mutex_lock(&mdev->sched.lock);
	list_for_each_entry(group, &mdev->sched.groups, node) {
		group_forget(group);
		group_fail(group, -EIO);
	}
	mutex_unlock(&mdev->sched.lock);
}

/* remove, after the GPU was stopped: fail whatever was in flight. */
void mali_csf_sched_unplug(struct mali_csf_device *mdev)
{
	mali_csf_sched_reset(mdev);
}

int mali_csf_sched_init(struct mali_csf_device *mdev)
{
	mutex_init(&mdev->sched.lock);
	spin_lock_init(&mdev->sched.slot_lock);
	INIT_LIST_HEAD(&mdev->sched.groups);
	return 0;
}
