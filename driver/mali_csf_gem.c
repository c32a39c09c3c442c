// SPDX-License-Identifier: GPL-2.0
/*
 * Buffer objects: user BOs are plain shmem GEM objects (the helpers provide mmap, pinning and
 * the GEM callbacks, none of which touch registers); kernel BOs are the same objects, vmapped
 * and mapped into a GPU VM for the driver's own use (firmware sections, ring buffers, queue
 * interfaces). Nothing here touches registers: a caller that changes a live VM flushes it.
 */
#include <linux/iosys-map.h>
#include <linux/slab.h>
#include <drm/drm_gem.h>
#include <drm/drm_gem_shmem_helper.h>

#include "mali_csf_device.h"

struct drm_gem_object *mali_csf_gem_create(struct mali_csf_device *mdev, size_t size)
{
	struct drm_gem_shmem_object *shmem;

	shmem = drm_gem_shmem_create(&mdev->drm, size);
	if (IS_ERR(shmem))
		return ERR_CAST(shmem);
	/* GPU mappings use the pages' DMA addresses; keep CPU mappings write-combined. */
	shmem->map_wc = !mdev->coherent;
	return &shmem->base;
}

/*
 * A kernel BO of @size bytes, zeroed, vmapped and mapped into @vm at @va (or, with @va == 0,
 * at an address taken from the VM's kernel range).
 */
struct mali_csf_kbo *mali_csf_kbo_create(struct mali_csf_device *mdev, struct mali_csf_vm *vm,
					 size_t size, u64 va, u32 prot)
{
	struct mali_csf_kbo *kbo;
	struct iosys_map map;
	struct sg_table *sgt;
	int ret;

	size = PAGE_ALIGN(size);
	kbo = kzalloc(sizeof(*kbo), GFP_KERNEL);
	if (!kbo)
		return ERR_PTR(-ENOMEM);
	kbo->size = size;
	kbo->obj = mali_csf_gem_create(mdev, size);
	if (IS_ERR(kbo->obj)) {
		ret = PTR_ERR(kbo->obj);
		goto err_free;
	}
	ret = drm_gem_vmap_unlocked(kbo->obj, &map);
	if (ret)
		goto err_put;
	kbo->vaddr = map.vaddr;
	memset(kbo->vaddr, 0, size);

	sgt = drm_gem_shmem_get_pages_sgt(to_drm_gem_shmem_obj(kbo->obj));
	if (IS_ERR(sgt)) {
		ret = PTR_ERR(sgt);
		goto err_vunmap;
	}
	if (!va) {
		ret = mali_csf_vm_alloc_kernel_va(vm, &kbo->va_node, size);
		if (ret)
			goto err_vunmap;
		va = kbo->va_node.start;
	}
	ret = mali_csf_vm_map_sgt(vm, va, sgt, 0, size, prot);
	if (ret)
		goto err_va;
	kbo->vm = mali_csf_vm_get(vm);
	kbo->gpu_va = va;
	return kbo;

err_va:
	mali_csf_vm_free_kernel_va(vm, &kbo->va_node);
err_vunmap:
	drm_gem_vunmap_unlocked(kbo->obj, &map);
err_put:
	drm_gem_object_put(kbo->obj);
err_free:
	kfree(kbo);
	return ERR_PTR(ret);
}

/*
 * Unmap and free a kernel BO. The GPU must no longer use it: its group was terminated, or the
 * whole GPU was stopped.
 */
void mali_csf_kbo_destroy(struct mali_csf_kbo *kbo)
{
	struct iosys_map map;

	if (IS_ERR_OR_NULL(kbo))
		return;
	iosys_map_set_vaddr(&map, kbo->vaddr);
	mali_csf_vm_unmap_range(kbo->vm, kbo->gpu_va, kbo->size);
	mali_csf_vm_free_kernel_va(kbo->vm, &kbo->va_node);
	mali_csf_vm_put(kbo->vm);
	drm_gem_vunmap_unlocked(kbo->obj, &map);
	drm_gem_object_put(kbo->obj);
	kfree(kbo);
}
