/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The mali_csf device and the interfaces between the driver's files.
 *
 * Every function below is marked with the contexts it may be called from:
 *   [hw]    touches registers: call it from bound scope (probe, remove, PM callbacks, IRQ
 *           handlers) or with an unbind guard (drm_dev_enter()) held;
 *   [any]   no register access: callable from anywhere, including after unbind.
 * docs/driver.md explains the scheme.
 */
#ifndef MALI_CSF_DEVICE_H
#define MALI_CSF_DEVICE_H

#include <linux/completion.h>
#include <linux/interrupt.h>
#include <linux/mutex.h>
#include <linux/spinlock.h>
#include <linux/types.h>
#include <linux/wait.h>
#include <linux/workqueue.h>
#include <drm/drm_device.h>
#include <drm/drm_mm.h>

#include "include/uapi/drm/mali_csf_drm.h"
#include "mali_csf_fw_if.h"

struct clk_bulk_data;
struct drm_file;
struct drm_gem_object;
struct regulator;
struct reset_control;
struct sg_table;
struct mali_csf_group;
struct mali_csf_vm;

#define MALI_CSF_MAX_AS		16

/* A firmware section: where it lives in the MCU's address space and what it starts with. */
struct mali_csf_fw_section {
	struct list_head node;
	u32 flags;
	u32 va_start;
	u32 va_end;
	const void *data;	/* initial contents, a copy kept for MCU reboots */
	size_t data_size;
	struct mali_csf_kbo *mem;
};

struct mali_csf_csg_iface {
	const struct csf_csg_control *control;
	struct csf_csg_input *input;
	const struct csf_csg_output *output;
	struct {
		const struct csf_cs_control *control;
		struct csf_cs_input *input;
		const struct csf_cs_output *output;
	} cs[CSF_MAX_CS_PER_CSG];
};

struct mali_csf_fw {
	struct list_head sections;
	struct mali_csf_fw_section *shared;
	struct mali_csf_vm *vm;			/* the MCU's address space, AS 0 */
	const struct csf_glb_control *glb_control;
	struct csf_glb_input *glb_input;
	const struct csf_glb_output *glb_output;
	struct mali_csf_csg_iface csg[CSF_MAX_CSGS];
	u32 csg_count;
	u32 cs_count;
	u32 cs_features;
	spinlock_t req_lock;			/* global and CSG req words */
	wait_queue_head_t req_wait;		/* woken by the JOB IRQ */
	struct delayed_work ping_work;
	bool booted;
	bool glb_irq_seen;			/* the MCU raised its first interrupt */
};

struct mali_csf_mmu {
	struct mutex lock;			/* AS slots */
	u32 as_present;
	struct mali_csf_vm *as_vm[MALI_CSF_MAX_AS];
};

struct mali_csf_sched {
	struct mutex lock;			/* CSG slots and group state */
	spinlock_t slot_lock;			/* slots[] for the JOB IRQ thread */
	struct mali_csf_group *slots[CSF_MAX_CSGS];
	struct list_head groups;		/* every live group, for reset and unplug */
};

struct mali_csf_device {
	struct drm_device drm;
	struct device *dev;
	void __iomem *iomem;

	struct clk_bulk_data *clks;
	int num_clks;
	struct regulator *supply;
	struct reset_control *rstc;
	bool powered;

	int irq_gpu;
	int irq_mmu;
	int irq_job;

	struct drm_mali_csf_gpu_info info;
	bool coherent;

	struct mali_csf_mmu mmu;
	struct mali_csf_fw fw;
	struct mali_csf_sched sched;

	struct work_struct reset_work;
	/* Completed by remove once the GPU can no longer touch memory (see mali_csf_remove()). */
	struct completion hw_stopped;
};

#define to_mali_csf(ddev)	container_of(ddev, struct mali_csf_device, drm)

/* A kernel-owned buffer, vmapped and mapped into a GPU VM. */
struct mali_csf_kbo {
	struct drm_gem_object *obj;
	void *vaddr;
	size_t size;
	struct mali_csf_vm *vm;
	struct drm_mm_node va_node;
	u64 gpu_va;
};

/* Per-file state. */
struct mali_csf_file {
	struct mali_csf_device *mdev;
	struct mutex lock;		/* the two xarrays */
	struct xarray vms;
	struct xarray groups;
};

/* mali_csf_device.c */
int mali_csf_device_init(struct mali_csf_device *mdev);			/* probe */
int mali_csf_device_power_on(struct mali_csf_device *mdev);		/* [any] */
void mali_csf_device_power_off(struct mali_csf_device *mdev);		/* [any] */
int mali_csf_device_hw_start(struct mali_csf_device *mdev);		/* [hw] */
void mali_csf_device_hw_stop(struct mali_csf_device *mdev);		/* [hw] */
void mali_csf_device_schedule_reset(struct mali_csf_device *mdev);	/* [any] */
void mali_csf_device_wait_hw_stopped(struct mali_csf_device *mdev);	/* [any] */
extern const struct dev_pm_ops mali_csf_pm_ops;

/* mali_csf_gpu.c */
int mali_csf_gpu_init(struct mali_csf_device *mdev);			/* probe */
int mali_csf_gpu_soft_reset(struct mali_csf_device *mdev);		/* [hw] */
int mali_csf_gpu_l2_power_on(struct mali_csf_device *mdev);		/* [hw] */
void mali_csf_gpu_power_off(struct mali_csf_device *mdev);		/* [hw] */
void mali_csf_gpu_irq_enable(struct mali_csf_device *mdev);		/* [hw] */
void mali_csf_gpu_irq_disable(struct mali_csf_device *mdev);		/* [hw] */

/* mali_csf_pgtable.c: CPU-side page tables, no register access. */
struct mali_csf_pt;
struct mali_csf_pgtable {
	struct device *dev;
	struct mali_csf_pt *root;
};

#define MALI_CSF_PROT_READONLY	BIT(0)
#define MALI_CSF_PROT_NOEXEC	BIT(1)
#define MALI_CSF_PROT_UNCACHED	BIT(2)

int mali_csf_pgtable_init(struct mali_csf_pgtable *pgt, struct device *dev);	/* [any] */
void mali_csf_pgtable_fini(struct mali_csf_pgtable *pgt);			/* [any] */
int mali_csf_pgtable_map(struct mali_csf_pgtable *pgt, u64 iova, dma_addr_t pa,
			 size_t size, u32 prot);					/* [any] */
void mali_csf_pgtable_unmap(struct mali_csf_pgtable *pgt, u64 iova, size_t size); /* [any] */
dma_addr_t mali_csf_pgtable_root(const struct mali_csf_pgtable *pgt);		/* [any] */

/* mali_csf_mmu.c */
int mali_csf_mmu_init(struct mali_csf_device *mdev);			/* probe */
struct mali_csf_vm *mali_csf_vm_create(struct mali_csf_device *mdev, bool for_mcu,
				       u64 user_va_range);			/* [any] */
struct mali_csf_vm *mali_csf_vm_get(struct mali_csf_vm *vm);		/* [any] */
void mali_csf_vm_put(struct mali_csf_vm *vm);				/* [any] */
int mali_csf_vm_as(const struct mali_csf_vm *vm);			/* [any] */
int mali_csf_vm_activate(struct mali_csf_vm *vm);			/* [hw] */
void mali_csf_vm_deactivate(struct mali_csf_vm *vm);			/* [hw] */
void mali_csf_vm_drop_active(struct mali_csf_vm *vm);			/* [any] */
void mali_csf_mmu_restore(struct mali_csf_device *mdev);		/* [hw] */
void mali_csf_mmu_irq_enable(struct mali_csf_device *mdev);		/* [hw] */
void mali_csf_mmu_irq_disable(struct mali_csf_device *mdev);		/* [hw] */
int mali_csf_vm_map_sgt(struct mali_csf_vm *vm, u64 va, struct sg_table *sgt,
			u64 offset, u64 size, u32 prot);			/* [any] */
void mali_csf_vm_unmap_range(struct mali_csf_vm *vm, u64 va, u64 size);	/* [any] */
int mali_csf_vm_flush_range(struct mali_csf_vm *vm, u64 va, u64 size);	/* [hw] */
int mali_csf_vm_bind_map(struct mali_csf_vm *vm, struct drm_gem_object *obj, u64 offset,
			 u64 va, u64 size, u32 prot);				/* [any] */
int mali_csf_vm_bind_unmap(struct mali_csf_vm *vm, u64 va, u64 size);	/* [hw] */
int mali_csf_vm_alloc_kernel_va(struct mali_csf_vm *vm, struct drm_mm_node *node,
				u64 size);					/* [any] */
void mali_csf_vm_free_kernel_va(struct mali_csf_vm *vm, struct drm_mm_node *node); /* [any] */
bool mali_csf_vm_user_range_ok(const struct mali_csf_vm *vm, u64 va, u64 size); /* [any] */

/* mali_csf_gem.c */
struct drm_gem_object *mali_csf_gem_create(struct mali_csf_device *mdev, size_t size); /* [any] */
struct mali_csf_kbo *mali_csf_kbo_create(struct mali_csf_device *mdev, struct mali_csf_vm *vm,
					 size_t size, u64 va, u32 prot);	/* [any] */
void mali_csf_kbo_destroy(struct mali_csf_kbo *kbo);			/* [any] */

/* mali_csf_fw.c */
int mali_csf_fw_parse(struct device *dev, const u8 *image, size_t size,
		      struct list_head *sections);				/* [any] */
void mali_csf_fw_free_sections(struct list_head *sections);		/* [any] */
int mali_csf_fw_init(struct mali_csf_device *mdev);			/* probe */
void mali_csf_fw_fini(struct mali_csf_device *mdev);			/* [any] */
int mali_csf_fw_boot(struct mali_csf_device *mdev);			/* [hw] */
void mali_csf_fw_halt(struct mali_csf_device *mdev);			/* [hw] */
void mali_csf_fw_ring_doorbell(struct mali_csf_device *mdev, u32 doorbell);	/* [hw] */
int mali_csf_fw_csg_request(struct mali_csf_device *mdev, u32 slot, u32 req,
			    u32 mask);						/* [hw] */
void mali_csf_fw_start_ping(struct mali_csf_device *mdev);		/* [any] */
void mali_csf_fw_stop_ping(struct mali_csf_device *mdev);		/* [any] */
void mali_csf_fw_disable_ping(struct mali_csf_device *mdev);		/* remove */

/* mali_csf_sched.c */
int mali_csf_sched_init(struct mali_csf_device *mdev);			/* probe */
void mali_csf_sched_unplug(struct mali_csf_device *mdev);		/* remove */
void mali_csf_sched_reset(struct mali_csf_device *mdev);		/* [any] */
void mali_csf_sched_handle_csg_irq(struct mali_csf_device *mdev, u32 slot);	/* [any] */
int mali_csf_group_create(struct mali_csf_file *mfile,
			  struct drm_mali_csf_group_create *args);		/* [hw] */
int mali_csf_group_destroy(struct mali_csf_file *mfile, u32 handle);	/* [any] */
int mali_csf_group_submit(struct drm_file *file, struct mali_csf_file *mfile,
			  struct drm_mali_csf_group_submit *args);		/* [any] */
void mali_csf_sched_file_close(struct mali_csf_file *mfile);		/* [any] */

#endif /* MALI_CSF_DEVICE_H */
