// SPDX-License-Identifier: GPL-2.0
/*
 * GPU virtual address spaces (VMs) and the MMU's address-space (AS) slots.
 *
 * A VM is page tables plus bookkeeping and lives in memory only. It occupies an AS slot while
 * command stream groups run on it (the MCU's VM always holds AS 0); only then does the MMU
 * need to hear about changes. Functions that program AS registers are [hw] (see
 * mali_csf_device.h); the rest only touch memory.
 */
#include <linux/bitops.h>
#include <linux/iopoll.h>
#include <linux/kref.h>
#include <linux/log2.h>
#include <linux/platform_device.h>
#include <linux/scatterlist.h>
#include <linux/slab.h>
#include <linux/sizes.h>
#include <drm/drm_gem.h>
#include <drm/drm_gem_shmem_helper.h>

#include "mali_csf_device.h"
#include "mali_csf_regs.h"

#define AS_POLL_DELAY_US	10
#define AS_TIMEOUT_US		100000
#define AS_LOCK_MIN_SHIFT	15	/* the smallest lockable region is 32 KiB */
#define MAX_VA_BITS		48

struct mali_csf_mapping {
	struct list_head node;
	u64 va;
	u64 size;
	struct drm_gem_object *obj;
};

struct mali_csf_vm {
	struct kref ref;
	struct mali_csf_device *mdev;
	struct mutex lock;		/* page tables, mappings, kernel_mm */
	struct mali_csf_pgtable pgt;
	struct list_head mappings;
	struct drm_mm kernel_mm;	/* VA range for kernel objects */
	u64 user_va_end;
	u32 va_bits;
	bool for_mcu;
	/* Protected by mdev->mmu.lock. */
	int as;
	unsigned int active_users;
	bool faulty;
};

static u32 mali_csf_va_bits(struct mali_csf_device *mdev)
{
	return min_t(u32, GPU_MMU_VA_BITS(mdev->info.mmu_features), MAX_VA_BITS);
}

struct mali_csf_vm *mali_csf_vm_create(struct mali_csf_device *mdev, bool for_mcu,
				       u64 user_va_range)
{
	u32 va_bits = for_mcu ? 32 : mali_csf_va_bits(mdev);
	u64 va_end = BIT_ULL(va_bits);
	struct mali_csf_vm *vm;
	int ret;

	if (for_mcu)
		user_va_range = CSF_MCU_VA_LIMIT;
	else if (!user_va_range)
		user_va_range = va_end / 2;
	if (!IS_ALIGNED(user_va_range, SZ_2M) || user_va_range > va_end - SZ_2M)
		return ERR_PTR(-EINVAL);

	vm = kzalloc(sizeof(*vm), GFP_KERNEL);
	if (!vm)
		return ERR_PTR(-ENOMEM);
	ret = mali_csf_pgtable_init(&vm->pgt, mdev->dev);
	if (ret) {
		kfree(vm);
		return ERR_PTR(ret);
	}
	kref_init(&vm->ref);
	mutex_init(&vm->lock);
	INIT_LIST_HEAD(&vm->mappings);
	vm->mdev = mdev;
	vm->for_mcu = for_mcu;
	vm->va_bits = va_bits;
	vm->user_va_end = user_va_range;
	vm->as = -1;
	drm_mm_init(&vm->kernel_mm, user_va_range, va_end - user_va_range);
	return vm;
}

struct mali_csf_vm *mali_csf_vm_get(struct mali_csf_vm *vm)
{
	kref_get(&vm->ref);
	return vm;
}

static void mali_csf_mapping_free(struct mali_csf_vm *vm, struct mali_csf_mapping *map)
{
	list_del(&map->node);
	drm_gem_object_put(map->obj);
	kfree(map);
}

/*
 * The last reference is gone: nothing runs on this VM any more, and its AS slot (if any) was
 * given back by mali_csf_vm_deactivate() or mali_csf_vm_drop_active(). Memory only.
 */
static void mali_csf_vm_release(struct kref *ref)
{
	struct mali_csf_vm *vm = container_of(ref, struct mali_csf_vm, ref);
	struct mali_csf_mapping *map, *tmp;

	list_for_each_entry_safe(map, tmp, &vm->mappings, node)
		mali_csf_mapping_free(vm, map);
	drm_mm_takedown(&vm->kernel_mm);
	mali_csf_pgtable_fini(&vm->pgt);
	mutex_destroy(&vm->lock);
	kfree(vm);
}

void mali_csf_vm_put(struct mali_csf_vm *vm)
{
	if (vm)
		kref_put(&vm->ref, mali_csf_vm_release);
}

int mali_csf_vm_as(const struct mali_csf_vm *vm)
{
	return READ_ONCE(vm->as);
}

bool mali_csf_vm_user_range_ok(const struct mali_csf_vm *vm, u64 va, u64 size)
{
	return size && IS_ALIGNED(va | size, SZ_4K) && va + size > va &&
	       va + size <= vm->user_va_end;
}

/* ---- AS register programming: [hw], called with mmu.lock held ---- */

static int as_wait_ready(struct mali_csf_device *mdev, int as)
{
	u32 status;
	int ret;

	ret = readl_poll_timeout(mdev->iomem + AS_STATUS(as), status,
				 !(status & AS_STATUS_ACTIVE), AS_POLL_DELAY_US, AS_TIMEOUT_US);
	if (ret)
		dev_err(mdev->dev, "AS%d: MMU command timed out\n", as);
	return ret;
}

static int as_command(struct mali_csf_device *mdev, int as, u32 cmd)
{
	int ret = as_wait_ready(mdev, as);

	if (ret)
		return ret;
	csf_write(mdev, AS_COMMAND(as), cmd);
	return 0;
}

/*
 * AS_LOCKADDR: a naturally aligned power-of-two region covering [va, va + size), encoded as
 * its base address with log2(size) - 1 in the low bits.
 */
static u64 as_lock_region(u64 va, u64 size)
{
	u64 end = va + size - 1;
	u32 shift = max_t(u32, fls64(va ^ end), AS_LOCK_MIN_SHIFT);

	return (va & ~(BIT_ULL(shift) - 1)) | (shift - 1);
}

static int as_flush_locked(struct mali_csf_device *mdev, int as, u64 va, u64 size)
{
	u64 region = as_lock_region(va, size);
	int ret;

	csf_write(mdev, AS_LOCKADDR_LO(as), lower_32_bits(region));
	csf_write(mdev, AS_LOCKADDR_HI(as), upper_32_bits(region));
	ret = as_command(mdev, as, AS_COMMAND_LOCK);
	if (!ret)
		ret = as_command(mdev, as, AS_COMMAND_FLUSH_MEM);
	if (!ret)
		ret = as_command(mdev, as, AS_COMMAND_UNLOCK);
	if (!ret)
		ret = as_wait_ready(mdev, as);
	return ret;
}

static u64 as_memattr(struct mali_csf_device *mdev)
{
	u8 uncached = AS_MEMATTR_INNER_OUTER_NC | AS_MEMATTR_SH_MIDGARD_INNER |
		      AS_MEMATTR_ALLOC_IMPL;
	u8 cached = mdev->coherent ? (AS_MEMATTR_INNER_OUTER_WB | AS_MEMATTR_SH_CPU_INNER |
				      AS_MEMATTR_ALLOC_IMPL) : uncached;

	/* Slot 0 for normal memory, slot 1 for MALI_CSF_PROT_UNCACHED (mali_csf_pgtable.c). */
	return cached | ((u64)uncached << 8);
}

static int as_program(struct mali_csf_device *mdev, int as, struct mali_csf_vm *vm)
{
	u64 transtab = 0, memattr = 0, transcfg = AS_TRANSCFG_ADRMODE_UNMAPPED;
	int ret;

	if (vm && !vm->faulty) {
		transtab = mali_csf_pgtable_root(&vm->pgt);
		memattr = as_memattr(mdev);
		/* The walk starts at level 0, which the MMU derives from 55 - VA bits... */
		transcfg = AS_TRANSCFG_ADRMODE_AARCH64_4K | AS_TRANSCFG_INA_BITS(55 - MAX_VA_BITS) |
			   AS_TRANSCFG_PTW_MEMATTR_WB | AS_TRANSCFG_PTW_RA;
		if (mdev->coherent)
			transcfg |= AS_TRANSCFG_PTW_SH_OS;
	} else {
		/* ...and an unused slot drops whatever it cached first. */
		ret = as_flush_locked(mdev, as, 0, BIT_ULL(MAX_VA_BITS));
		if (ret)
			return ret;
	}
	csf_write(mdev, AS_TRANSTAB_LO(as), lower_32_bits(transtab));
	csf_write(mdev, AS_TRANSTAB_HI(as), upper_32_bits(transtab));
	csf_write(mdev, AS_MEMATTR_LO(as), lower_32_bits(memattr));
	csf_write(mdev, AS_MEMATTR_HI(as), upper_32_bits(memattr));
	csf_write(mdev, AS_TRANSCFG_LO(as), lower_32_bits(transcfg));
	csf_write(mdev, AS_TRANSCFG_HI(as), upper_32_bits(transcfg));
	ret = as_command(mdev, as, AS_COMMAND_UPDATE);
	if (!ret)
		ret = as_wait_ready(mdev, as);
	return ret;
}

/*
 * Give @vm an AS slot (AS 0 for the MCU) and program it, or count one more user of the slot
 * it already has. [hw]
 */
int mali_csf_vm_activate(struct mali_csf_vm *vm)
{
	struct mali_csf_device *mdev = vm->mdev;
	struct mali_csf_mmu *mmu = &mdev->mmu;
	int as, ret = 0;

	mutex_lock(&mmu->lock);
	if (vm->as >= 0) {
		vm->active_users++;
		goto out;
	}
	if (vm->for_mcu) {
		as = 0;
	} else {
		for (as = 1; as < MALI_CSF_MAX_AS; as++)
			if ((mmu->as_present & BIT(as)) && !mmu->as_vm[as])
				break;
		if (as == MALI_CSF_MAX_AS) {
			ret = -EBUSY;
			goto out;
		}
	}
	ret = as_program(mdev, as, vm);
	if (ret)
		goto out;
	mmu->as_vm[as] = vm;
	WRITE_ONCE(vm->as, as);
	vm->active_users = 1;
out:
	mutex_unlock(&mmu->lock);
	return ret;
}

static bool mali_csf_vm_put_user_locked(struct mali_csf_vm *vm)
{
	if (vm->as < 0 || --vm->active_users)
		return false;
	vm->mdev->mmu.as_vm[vm->as] = NULL;
	return true;
}

/* Drop one user; the last one disables the slot. [hw] */
void mali_csf_vm_deactivate(struct mali_csf_vm *vm)
{
	struct mali_csf_mmu *mmu = &vm->mdev->mmu;
	int as;

	mutex_lock(&mmu->lock);
	as = vm->as;
	if (mali_csf_vm_put_user_locked(vm)) {
		as_program(vm->mdev, as, NULL);
		WRITE_ONCE(vm->as, -1);
	}
	mutex_unlock(&mmu->lock);
}

/*
 * The same without touching the MMU, for when the device is gone: remove has stopped the
 * GPU (mali_csf_device_wait_hw_stopped()), so the slot's contents no longer matter. [any]
 */
void mali_csf_vm_drop_active(struct mali_csf_vm *vm)
{
	struct mali_csf_mmu *mmu = &vm->mdev->mmu;

	mutex_lock(&mmu->lock);
	if (mali_csf_vm_put_user_locked(vm))
		WRITE_ONCE(vm->as, -1);
	mutex_unlock(&mmu->lock);
}

/* After a power cycle or a reset: reprogram every slot from the bookkeeping. [hw] */
void mali_csf_mmu_restore(struct mali_csf_device *mdev)
{
	struct mali_csf_mmu *mmu = &mdev->mmu;
	int as;

	mutex_lock(&mmu->lock);
	for (as = 0; as < MALI_CSF_MAX_AS; as++)
		if (mmu->as_present & BIT(as))
			as_program(mdev, as, mmu->as_vm[as]);
	mutex_unlock(&mmu->lock);
}

/* Make the MMU forget translations of [va, va + size) in @vm, if the VM is live. [hw] */
int mali_csf_vm_flush_range(struct mali_csf_vm *vm, u64 va, u64 size)
{
	struct mali_csf_mmu *mmu = &vm->mdev->mmu;
	int ret = 0;

	mutex_lock(&mmu->lock);
	if (vm->as >= 0)
		ret = as_flush_locked(vm->mdev, vm->as, va, size);
	mutex_unlock(&mmu->lock);
	return ret;
}

/* ---- page-table updates: memory only ---- */

int mali_csf_vm_map_sgt(struct mali_csf_vm *vm, u64 va, struct sg_table *sgt, u64 offset,
			u64 size, u32 prot)
{
	struct scatterlist *sg;
	u64 mapped = 0;
	int i, ret;

	mutex_lock(&vm->lock);
	for_each_sgtable_dma_sg(sgt, sg, i) {
		dma_addr_t pa = sg_dma_address(sg);
		u64 len = sg_dma_len(sg);

		if (offset >= len) {
			offset -= len;
			continue;
		}
		pa += offset;
		len = min(len - offset, size - mapped);
		offset = 0;
		ret = mali_csf_pgtable_map(&vm->pgt, va + mapped, pa, len, prot);
		if (ret)
			goto err_unmap;
		mapped += len;
		if (mapped == size)
			break;
	}
	if (mapped != size) {
		ret = -EINVAL;
		goto err_unmap;
	}
	mutex_unlock(&vm->lock);
	return 0;

err_unmap:
	mali_csf_pgtable_unmap(&vm->pgt, va, size);
	mutex_unlock(&vm->lock);
	return ret;
}

void mali_csf_vm_unmap_range(struct mali_csf_vm *vm, u64 va, u64 size)
{
	mutex_lock(&vm->lock);
	mali_csf_pgtable_unmap(&vm->pgt, va, size);
	mutex_unlock(&vm->lock);
}

int mali_csf_vm_alloc_kernel_va(struct mali_csf_vm *vm, struct drm_mm_node *node, u64 size)
{
	int ret;

	mutex_lock(&vm->lock);
	ret = drm_mm_insert_node_generic(&vm->kernel_mm, node, size, SZ_4K, 0, DRM_MM_INSERT_BEST);
	mutex_unlock(&vm->lock);
	return ret;
}

void mali_csf_vm_free_kernel_va(struct mali_csf_vm *vm, struct drm_mm_node *node)
{
	mutex_lock(&vm->lock);
	if (drm_mm_node_allocated(node))
		drm_mm_remove_node(node);
	mutex_unlock(&vm->lock);
}

static bool mali_csf_vm_overlaps(struct mali_csf_vm *vm, u64 va, u64 size)
{
	struct mali_csf_mapping *map;

	list_for_each_entry(map, &vm->mappings, node)
		if (va < map->va + map->size && map->va < va + size)
			return true;
	return false;
}

/* VM_BIND map: the MMU has never seen this range, so no flush is needed. [any] */
int mali_csf_vm_bind_map(struct mali_csf_vm *vm, struct drm_gem_object *obj, u64 offset,
			 u64 va, u64 size, u32 prot)
{
	struct mali_csf_mapping *map;
	struct sg_table *sgt;
	int ret;

	if (!mali_csf_vm_user_range_ok(vm, va, size) || !IS_ALIGNED(offset, SZ_4K) ||
	    offset > obj->size || size > obj->size - offset)
		return -EINVAL;

	sgt = drm_gem_shmem_get_pages_sgt(to_drm_gem_shmem_obj(obj));
	if (IS_ERR(sgt))
		return PTR_ERR(sgt);

	map = kzalloc(sizeof(*map), GFP_KERNEL);
	if (!map)
		return -ENOMEM;
	map->va = va;
	map->size = size;
	map->obj = obj;

	mutex_lock(&vm->lock);
	if (mali_csf_vm_overlaps(vm, va, size)) {
		mutex_unlock(&vm->lock);
		kfree(map);
		return -EEXIST;
	}
	list_add(&map->node, &vm->mappings);
	mutex_unlock(&vm->lock);

	ret = mali_csf_vm_map_sgt(vm, va, sgt, offset, size, prot);
	if (ret) {
		mutex_lock(&vm->lock);
		list_del(&map->node);
		mutex_unlock(&vm->lock);
		kfree(map);
		return ret;
	}
	drm_gem_object_get(obj);
	return 0;
}

/*
 * VM_BIND unmap: the pages may only be released once the MMU has dropped its translations,
 * hence the flush before the mapping (and its BO reference) goes. [hw]
 */
int mali_csf_vm_bind_unmap(struct mali_csf_vm *vm, u64 va, u64 size)
{
	struct mali_csf_mapping *map, *found = NULL;
	int ret;

	mutex_lock(&vm->lock);
	list_for_each_entry(map, &vm->mappings, node) {
		if (map->va == va && map->size == size) {
			found = map;
			list_del_init(&map->node);
			break;
		}
	}
	if (found)
		mali_csf_pgtable_unmap(&vm->pgt, va, size);
	mutex_unlock(&vm->lock);
	if (!found)
		return -ENOENT;

	ret = mali_csf_vm_flush_range(vm, va, size);
	drm_gem_object_put(found->obj);
	kfree(found);
	return ret;
}

/* ---- the MMU interrupt: bound (requested after the register mapping) ---- */

void mali_csf_mmu_irq_enable(struct mali_csf_device *mdev)
{
	u32 mask = mdev->mmu.as_present & 0xffff;

	csf_write(mdev, MMU_INT_CLEAR, ~0u);
	csf_write(mdev, MMU_INT_MASK, mask | (mask << 16));
}

void mali_csf_mmu_irq_disable(struct mali_csf_device *mdev)
{
	csf_write(mdev, MMU_INT_MASK, 0);
}

static irqreturn_t mali_csf_mmu_irq(int irq, void *data)
{
	struct mali_csf_device *mdev = data;

	if (!csf_read(mdev, MMU_INT_STAT))
		return IRQ_NONE;
	csf_write(mdev, MMU_INT_MASK, 0);
	return IRQ_WAKE_THREAD;
}

/*
 * A fault stalls the address space. Nothing here grows memory on demand, so a faulting VM is
 * a bug in the job: report it and take the VM off the MMU, which fails its jobs.
 */
static irqreturn_t mali_csf_mmu_irq_thread(int irq, void *data)
{
	struct mali_csf_device *mdev = data;
	struct mali_csf_mmu *mmu = &mdev->mmu;
	u32 status = csf_read(mdev, MMU_INT_RAWSTAT);
	int as;

	mutex_lock(&mmu->lock);
	for (as = 0; as < MALI_CSF_MAX_AS; as++) {
		u32 bits = MMU_INT_PAGE_FAULT(as) | MMU_INT_BUS_FAULT(as);
		struct mali_csf_vm *vm = mmu->as_vm[as];
		u32 fault;
		u64 addr;

		if (!(status & bits))
			continue;
		fault = csf_read(mdev, AS_FAULTSTATUS(as));
		addr = csf_read(mdev, AS_FAULTADDRESS_LO(as)) |
		       ((u64)csf_read(mdev, AS_FAULTADDRESS_HI(as)) << 32);
		dev_err_ratelimited(mdev->dev, "AS%d: %s fault %#x at %#llx\n", as,
				    (status & MMU_INT_PAGE_FAULT(as)) ? "page" : "bus", fault,
				    addr);
		if (vm)
			vm->faulty = true;
		as_program(mdev, as, vm);
		csf_write(mdev, MMU_INT_CLEAR, bits);
		if (!as)
			mali_csf_device_schedule_reset(mdev);
	}
	mutex_unlock(&mmu->lock);
	mali_csf_mmu_irq_enable(mdev);
	return IRQ_HANDLED;
}

int mali_csf_mmu_init(struct mali_csf_device *mdev)
{
	struct platform_device *pdev = to_platform_device(mdev->dev);
	int ret;

	mutex_init(&mdev->mmu.lock);
	/* AS 0 belongs to the MCU; a GPU without a second slot cannot run user work. */
	mdev->mmu.as_present = mdev->info.as_present & GENMASK(MALI_CSF_MAX_AS - 1, 0);
	if ((mdev->mmu.as_present & 3) != 3) {
		dev_err(mdev->dev, "too few address spaces (%#x)\n", mdev->info.as_present);
		return -ENODEV;
	}
	ret = dma_set_mask_and_coherent(mdev->dev,
					DMA_BIT_MASK(GPU_MMU_PA_BITS(mdev->info.mmu_features)));
	if (ret)
		return ret;

	mdev->irq_mmu = platform_get_irq_byname(pdev, "mmu");
	if (mdev->irq_mmu < 0)
		return mdev->irq_mmu;
	ret = devm_request_threaded_irq(mdev->dev, mdev->irq_mmu, mali_csf_mmu_irq,
					mali_csf_mmu_irq_thread, IRQF_ONESHOT, "mali-csf-mmu", mdev);
	if (ret)
		return ret;
	mali_csf_mmu_irq_enable(mdev);
	return 0;
}
