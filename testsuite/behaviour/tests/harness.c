// SPDX-License-Identifier: GPL-2.0
#include <stdlib.h>
#include <unistd.h>

#include "harness.h"

int test_failed;

int env_board(struct env *e)
{
	struct fwimage img;

	memset(e, 0, sizeof(*e));
	kmodel_init();
	kmodel_stats(&e->base);
	fwimage_build(&img);
	kmodel_firmware_set(FW_PATH, img.data, img.size);
	e->pdev = kmodel_board_create("mali-gpu");
	e->drv = kmodel_module_platform_driver();
	return 0;
}

int env_bind(struct env *e)
{
	int ret = kmodel_bind(e->pdev, e->drv);

	CHECK_EQ(ret, 0);
	e->bound = true;
	return 0;
}

void env_unbind(struct env *e)
{
	if (e->bound)
		kmodel_unbind(e->pdev);
	e->bound = false;
}

int env_check_clean(struct env *e, bool leaks)
{
	struct gpu_model_stats gs;
	struct kmodel_stats st;

	gpu_model_get_stats(kmodel_board_gpu(e->pdev), &gs);
	kmodel_stats(&st);
	if (st.trapped)
		kmodel_print_traps(stderr, 4);
	CHECK_EQ(st.trapped, 0);
	CHECK_EQ(st.bad_mmio, 0);
	CHECK_EQ(st.warnings, 0);
	CHECK_EQ(gs.protocol_errors, 0);
	CHECK_EQ(gs.unknown_regs, 0);
	if (gs.unpowered_accesses) {
		fprintf(stderr, "CHECK failed: %lu register accesses with the GPU powered off\n",
			gs.unpowered_accesses);
		test_failed = 1;
		return 1;
	}
	if (leaks) {
		CHECK_EQ(st.live_allocs, e->base.live_allocs);
		CHECK_EQ(st.live_mappings, 0);
		CHECK_EQ(st.live_irqs, 0);
		CHECK_EQ(st.devres, 0);
	}
	return 0;
}

void env_destroy(struct env *e)
{
	env_unbind(e);
	kmodel_board_destroy(e->pdev);
	kmodel_firmware_clear();
}

struct drm_file *u_open(struct env *e)
{
	return kmodel_drm_open(e->pdev);
}

int u_vm_create(struct drm_file *f, u32 *id)
{
	struct drm_mali_csf_vm_create a = { 0 };
	int ret = kmodel_drm_ioctl(f, DRM_IOCTL_MALI_CSF_VM_CREATE, &a);

	*id = a.id;
	return ret;
}

int u_bo_create(struct drm_file *f, u64 size, u32 *handle)
{
	struct drm_mali_csf_bo_create a = { .size = size };
	int ret = kmodel_drm_ioctl(f, DRM_IOCTL_MALI_CSF_BO_CREATE, &a);

	*handle = a.handle;
	return ret;
}

int u_vm_map(struct drm_file *f, u32 vm, u32 bo, u64 va, u64 size)
{
	struct drm_mali_csf_vm_bind a = {
		.vm_id = vm, .op = MALI_CSF_VM_BIND_OP_MAP, .bo_handle = bo, .va = va, .size = size,
	};

	return kmodel_drm_ioctl(f, DRM_IOCTL_MALI_CSF_VM_BIND, &a);
}

int u_vm_unmap(struct drm_file *f, u32 vm, u64 va, u64 size)
{
	struct drm_mali_csf_vm_bind a = {
		.vm_id = vm, .op = MALI_CSF_VM_BIND_OP_UNMAP, .va = va, .size = size,
	};

	return kmodel_drm_ioctl(f, DRM_IOCTL_MALI_CSF_VM_BIND, &a);
}

int u_group_create(struct drm_file *f, u32 vm, u32 queues, u32 *handle)
{
	struct drm_mali_csf_queue_create q[MALI_CSF_MAX_QUEUES_PER_GROUP] = { 0 };
	struct drm_mali_csf_group_create a = {
		.vm_id = vm, .queue_count = queues, .queues = (uintptr_t)q, .priority = 1,
	};
	u32 i;
	int ret;

	for (i = 0; i < queues; i++) {
		q[i].priority = i;
		q[i].ringbuf_size = 4096;
	}
	ret = kmodel_drm_ioctl(f, DRM_IOCTL_MALI_CSF_GROUP_CREATE, &a);
	*handle = a.handle;
	return ret;
}

int u_group_destroy(struct drm_file *f, u32 handle)
{
	struct drm_mali_csf_group_destroy a = { .handle = handle };

	return kmodel_drm_ioctl(f, DRM_IOCTL_MALI_CSF_GROUP_DESTROY, &a);
}

int u_submit(struct drm_file *f, u32 group, u32 queue, u64 addr, u32 size, u32 syncobj)
{
	struct drm_mali_csf_group_submit a = {
		.group_handle = group, .queue_index = queue, .stream_addr = addr,
		.stream_size = size, .out_sync = syncobj,
	};

	return kmodel_drm_ioctl(f, DRM_IOCTL_MALI_CSF_GROUP_SUBMIT, &a);
}

static u64 instr(u64 op, u64 payload)
{
	return (op << 56) | payload;
}

u32 u_stream_counter(u64 *cpu, u64 counter_va, u64 wait_va)
{
	u32 n = 0;

	if (wait_va) {
		cpu[n++] = instr(CS_OP_MOV48, (4ull << 48) | wait_va);
		cpu[n++] = instr(GPU_MODEL_OP_WAIT_NONZERO, 4ull << 40);
	}
	cpu[n++] = instr(CS_OP_MOV48, (0ull << 48) | counter_va);
	cpu[n++] = instr(CS_OP_MOV48, (2ull << 48) | 1);
	cpu[n++] = instr(CS_OP_SYNC_ADD64, (0ull << 40) | (2ull << 32) | 1);
	return n * 8;
}

bool wait_suspended(struct env *e, unsigned int ms)
{
	u64 end = kmodel_now_us() + ms * 1000ull;

	while (kmodel_now_us() < end) {
		if (pm_runtime_suspended(&e->pdev->dev))
			return true;
		usleep(2000);
	}
	return false;
}
