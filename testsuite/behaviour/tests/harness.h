/* SPDX-License-Identifier: GPL-2.0 */
/* The behaviour tests' helpers: setup, user-space ioctl wrappers, checks. */
#ifndef HARNESS_H
#define HARNESS_H

#include <kmodel/test.h>
#include "include/uapi/drm/mali_csf_drm.h"
#include "mali_csf_fw_if.h"
#include "../gpu/gpu_model.h"
#include "fwimage.h"

extern int test_failed;
#define CHECK(cond) do {							\
	if (!(cond)) {								\
		fprintf(stderr, "CHECK failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
		test_failed = 1;						\
		return 1;							\
	}									\
} while (0)
#define CHECK_EQ(a, b) do {							\
	long long __a = (long long)(a), __b = (long long)(b);			\
	if (__a != __b) {							\
		fprintf(stderr, "CHECK failed: %s == %s (%lld != %lld) (%s:%d)\n", #a, #b, \
			__a, __b, __FILE__, __LINE__);				\
		test_failed = 1;						\
		return 1;							\
	}									\
} while (0)

struct env {
	struct platform_device *pdev;
	struct platform_driver *drv;
	struct kmodel_stats base;
	bool bound;
};

int env_board(struct env *e);			/* board + good firmware, not bound */
int env_bind(struct env *e);			/* CHECKs a successful probe */
void env_unbind(struct env *e);
/* No trapped MMIO, warnings, model protocol errors; with @leaks, nothing left allocated. */
int env_check_clean(struct env *e, bool leaks);
void env_destroy(struct env *e);

/* ---- user space ---- */
struct drm_file *u_open(struct env *e);
int u_vm_create(struct drm_file *f, u32 *id);
int u_bo_create(struct drm_file *f, u64 size, u32 *handle);
int u_vm_map(struct drm_file *f, u32 vm, u32 bo, u64 va, u64 size);
int u_vm_unmap(struct drm_file *f, u32 vm, u64 va, u64 size);
int u_group_create(struct drm_file *f, u32 vm, u32 queues, u32 *handle);
int u_group_destroy(struct drm_file *f, u32 handle);
int u_submit(struct drm_file *f, u32 group, u32 queue, u64 addr, u32 size, u32 syncobj);

/* A user command stream at @cpu (GPU address @va): add 1 to the u64 at @counter_va; with
 * @wait_va, first wait until the u64 there is non-zero. Returns its size in bytes. */
u32 u_stream_counter(u64 *cpu, u64 counter_va, u64 wait_va);

/* Wait until the device is runtime-suspended (true) or @ms pass (false). */
bool wait_suspended(struct env *e, unsigned int ms);

#endif
