/* SPDX-License-Identifier: MIT */
/*
 * User-space interface of the mali_csf DRM driver (Arm Mali CSF GPUs).
 *
 * All structures are naturally aligned, use fixed-size types and carry explicit padding, so
 * the layout is the same for 32-bit and 64-bit user space. Padding and reserved fields must be
 * zero; the kernel rejects anything else so that they can be given a meaning later.
 */
#ifndef _UAPI_MALI_CSF_DRM_H_
#define _UAPI_MALI_CSF_DRM_H_

#include <drm/drm.h>

#if defined(__cplusplus)
extern "C" {
#endif

#define DRM_MALI_CSF_DEV_QUERY		0x00
#define DRM_MALI_CSF_VM_CREATE		0x01
#define DRM_MALI_CSF_VM_DESTROY		0x02
#define DRM_MALI_CSF_VM_BIND		0x03
#define DRM_MALI_CSF_BO_CREATE		0x04
#define DRM_MALI_CSF_BO_MMAP_OFFSET	0x05
#define DRM_MALI_CSF_GROUP_CREATE	0x06
#define DRM_MALI_CSF_GROUP_DESTROY	0x07
#define DRM_MALI_CSF_GROUP_SUBMIT	0x08

/* DEV_QUERY types. */
#define MALI_CSF_QUERY_GPU_INFO		0
#define MALI_CSF_QUERY_CSIF_INFO	1

/* Answer to MALI_CSF_QUERY_GPU_INFO: the identification registers read at probe. */
struct drm_mali_csf_gpu_info {
	__u32 gpu_id;
	__u32 gpu_rev;
	__u32 csf_id;
	__u32 l2_features;
	__u32 tiler_features;
	__u32 mem_features;
	__u32 mmu_features;
	__u32 thread_features;
	__u32 max_threads;
	__u32 thread_max_workgroup_size;
	__u32 thread_max_barrier_size;
	__u32 coherency_features;
	__u32 texture_features[4];
	__u32 as_present;
	__u32 pad;
	__u64 shader_present;
	__u64 l2_present;
	__u64 tiler_present;
	__u32 core_features;
	__u32 pad2;
};

/* Answer to MALI_CSF_QUERY_CSIF_INFO: what the firmware's interface offers. */
struct drm_mali_csf_csif_info {
	__u32 csg_slot_count;
	__u32 cs_slot_count;
	__u32 cs_reg_count;
	__u32 scoreboard_slot_count;
	__u32 unpreserved_cs_reg_count;
	__u32 glb_version;
};

/*
 * DEV_QUERY: with size == 0 the kernel writes the size of the answer to @size; otherwise it
 * copies min(@size, answer size) bytes to @pointer and writes the answer size to @size.
 */
struct drm_mali_csf_dev_query {
	__u32 type;
	__u32 size;
	__u64 pointer;
};

/*
 * VM_CREATE: a GPU address space. User mappings must lie in [0, @user_va_range); the kernel
 * keeps the rest of the space for its own objects (ring buffers, queue interfaces).
 * @user_va_range == 0 picks the default (half the space).
 */
struct drm_mali_csf_vm_create {
	__u32 flags;
	__u32 id;		/* out */
	__u64 user_va_range;
};

struct drm_mali_csf_vm_destroy {
	__u32 id;
	__u32 pad;
};

#define MALI_CSF_VM_BIND_OP_MAP		0
#define MALI_CSF_VM_BIND_OP_UNMAP	1

#define MALI_CSF_VM_MAP_READONLY	(1 << 0)
#define MALI_CSF_VM_MAP_NOEXEC		(1 << 1)
#define MALI_CSF_VM_MAP_UNCACHED	(1 << 2)

/*
 * VM_BIND: synchronous map or unmap. A map covers [@va, @va + @size) with the pages of
 * @bo_handle starting at @bo_offset; an unmap must cover exactly one earlier mapping.
 * Addresses, sizes and offsets are multiples of 4 KiB.
 */
struct drm_mali_csf_vm_bind {
	__u32 vm_id;
	__u32 op;
	__u32 flags;
	__u32 bo_handle;
	__u64 bo_offset;
	__u64 va;
	__u64 size;
};


struct drm_mali_csf_bo_create {
	__u64 size;		/* in: bytes, rounded up to pages; out: the real size */
	__u32 flags;
	__u32 handle;		/* out */
};

struct drm_mali_csf_bo_mmap_offset {
	__u32 handle;
	__u32 pad;
	__u64 offset;		/* out: fake offset for mmap() on the DRM file */
};

#define MALI_CSF_MAX_QUEUES_PER_GROUP	8

struct drm_mali_csf_queue_create {
	__u8 priority;		/* 0 (lowest) .. 15 */
	__u8 pad[3];
	__u32 ringbuf_size;	/* bytes: a power of two, 4 KiB .. 64 KiB */
};

/* GROUP_CREATE: a command stream group running on @vm_id with @queue_count queues. */
struct drm_mali_csf_group_create {
	__u32 vm_id;
	__u32 queue_count;
	__u64 queues;		/* user pointer to queue_count struct drm_mali_csf_queue_create */
	__u8 priority;		/* 0 (lowest) .. 3 */
	__u8 pad[3];
	__u32 handle;		/* out */
};

struct drm_mali_csf_group_destroy {
	__u32 handle;
	__u32 pad;
};

/*
 * GROUP_SUBMIT: run the command stream at [@stream_addr, @stream_addr + @stream_size) of the
 * group's VM on queue @queue_index. @out_sync, if non-zero, is a syncobj handle that receives
 * the job's completion fence.
 */
struct drm_mali_csf_group_submit {
	__u32 group_handle;
	__u32 queue_index;
	__u64 stream_addr;
	__u32 stream_size;
	__u32 out_sync;
};

#define DRM_IOCTL_MALI_CSF_DEV_QUERY \
	DRM_IOWR(DRM_COMMAND_BASE + DRM_MALI_CSF_DEV_QUERY, struct drm_mali_csf_dev_query)
#define DRM_IOCTL_MALI_CSF_VM_CREATE \
	DRM_IOWR(DRM_COMMAND_BASE + DRM_MALI_CSF_VM_CREATE, struct drm_mali_csf_vm_create)
#define DRM_IOCTL_MALI_CSF_VM_DESTROY \
	DRM_IOW(DRM_COMMAND_BASE + DRM_MALI_CSF_VM_DESTROY, struct drm_mali_csf_vm_destroy)
#define DRM_IOCTL_MALI_CSF_VM_BIND \
	DRM_IOW(DRM_COMMAND_BASE + DRM_MALI_CSF_VM_BIND, struct drm_mali_csf_vm_bind)
#define DRM_IOCTL_MALI_CSF_BO_CREATE \
	DRM_IOWR(DRM_COMMAND_BASE + DRM_MALI_CSF_BO_CREATE, struct drm_mali_csf_bo_create)
#define DRM_IOCTL_MALI_CSF_BO_MMAP_OFFSET \
	DRM_IOWR(DRM_COMMAND_BASE + DRM_MALI_CSF_BO_MMAP_OFFSET, struct drm_mali_csf_bo_mmap_offset)
#define DRM_IOCTL_MALI_CSF_GROUP_CREATE \
	DRM_IOWR(DRM_COMMAND_BASE + DRM_MALI_CSF_GROUP_CREATE, struct drm_mali_csf_group_create)
#define DRM_IOCTL_MALI_CSF_GROUP_DESTROY \
	DRM_IOW(DRM_COMMAND_BASE + DRM_MALI_CSF_GROUP_DESTROY, struct drm_mali_csf_group_destroy)
#define DRM_IOCTL_MALI_CSF_GROUP_SUBMIT \
	DRM_IOW(DRM_COMMAND_BASE + DRM_MALI_CSF_GROUP_SUBMIT, struct drm_mali_csf_group_submit)

#if defined(__cplusplus)
}
#endif

#endif /* _UAPI_MALI_CSF_DRM_H_ */
