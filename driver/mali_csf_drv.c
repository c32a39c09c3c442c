// SPDX-License-Identifier: GPL-2.0
/*
 * mali_csf: a DRM driver for Arm Mali CSF GPUs (Valhall, 5th generation).
 *
 * This file is the glue: the platform driver (probe and remove), the DRM driver and its
 * ioctls. Which context each function runs in, and why its register accesses are safe, is
 * explained in docs/driver.md; in short:
 *   - probe, remove, the PM callbacks and the IRQ handlers are bound: they run only while
 *     the registers are mapped, and touch them freely;
 *   - ioctls, file callbacks, the scheduler callbacks and work items can run after unbind:
 *     each takes an unbind guard (drm_dev_enter()) before anything that touches registers.
 */
#include <linux/module.h>
#include <linux/of.h>
#include <linux/platform_device.h>
#include <linux/pm_runtime.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#include <linux/xarray.h>
#include <drm/drm_drv.h>
#include <drm/drm_file.h>
#include <drm/drm_gem.h>
#include <drm/drm_gem_shmem_helper.h>
#include <drm/drm_ioctl.h>

#include "mali_csf_device.h"

#define AUTOSUSPEND_DELAY_MS	50

/* ---- ioctls: may run after unbind ---- */

static int mali_csf_ioctl_dev_query(struct drm_device *ddev, void *data, struct drm_file *file)
{
	struct mali_csf_device *mdev = to_mali_csf(ddev);
	struct drm_mali_csf_dev_query *args = data;
	struct drm_mali_csf_csif_info csif = {};
	const void *answer;
	u32 size;

	/* Everything here was read from the hardware at probe: no register access. */
	switch (args->type) {
	case MALI_CSF_QUERY_GPU_INFO:
		answer = &mdev->info;
		size = sizeof(mdev->info);
		break;
	case MALI_CSF_QUERY_CSIF_INFO:
		csif.csg_slot_count = mdev->fw.csg_count;
		csif.cs_slot_count = mdev->fw.cs_count;
		csif.cs_reg_count = CS_FEATURES_WORK_REGS(mdev->fw.cs_features);
		csif.scoreboard_slot_count = CS_FEATURES_SCOREBOARDS(mdev->fw.cs_features);
		csif.unpreserved_cs_reg_count = 4;
		csif.glb_version = mdev->fw.glb_control ? mdev->fw.glb_control->version : 0;
		answer = &csif;
		size = sizeof(csif);
		break;
	default:
		return -EINVAL;
	}
	if (args->size && copy_to_user(u64_to_user_ptr(args->pointer), answer,
				       min(args->size, size)))
		return -EFAULT;
	args->size = size;
	return 0;
}

static int mali_csf_ioctl_vm_create(struct drm_device *ddev, void *data, struct drm_file *file)
{
	struct mali_csf_file *mfile = file->driver_priv;
	struct drm_mali_csf_vm_create *args = data;
	struct mali_csf_vm *vm;
	int ret;

	if (args->flags)
		return -EINVAL;
	/* A VM is memory only; it reaches the MMU when a group first runs on it. */
	vm = mali_csf_vm_create(to_mali_csf(ddev), false, args->user_va_range);
	if (IS_ERR(vm))
		return PTR_ERR(vm);
	mutex_lock(&mfile->lock);
	ret = xa_alloc(&mfile->vms, &args->id, vm, xa_limit_32b, GFP_KERNEL);
	mutex_unlock(&mfile->lock);
	if (ret)
		mali_csf_vm_put(vm);
	return ret;
}

static int mali_csf_ioctl_vm_destroy(struct drm_device *ddev, void *data,
				     struct drm_file *file)
{
	struct mali_csf_file *mfile = file->driver_priv;
	struct drm_mali_csf_vm_destroy *args = data;
	struct mali_csf_vm *vm;

	if (args->pad)
		return -EINVAL;
	mutex_lock(&mfile->lock);
	vm = xa_erase(&mfile->vms, args->id);
	mutex_unlock(&mfile->lock);
	if (!vm)
		return -ENOENT;
	/* Groups keep their own references: the VM lives on until they are destroyed. */
	mali_csf_vm_put(vm);
	return 0;
}

static int mali_csf_vm_bind_op_map(struct drm_file *file, struct mali_csf_vm *vm,
				   struct drm_mali_csf_vm_bind *args)
{
	struct drm_gem_object *obj;
	u32 prot = 0;
	int ret;

	if (args->flags & ~(MALI_CSF_VM_MAP_READONLY | MALI_CSF_VM_MAP_NOEXEC |
			    MALI_CSF_VM_MAP_UNCACHED))
		return -EINVAL;
	if (args->flags & MALI_CSF_VM_MAP_READONLY)
		prot |= MALI_CSF_PROT_READONLY;
	if (args->flags & MALI_CSF_VM_MAP_NOEXEC)
		prot |= MALI_CSF_PROT_NOEXEC;
	if (args->flags & MALI_CSF_VM_MAP_UNCACHED)
		prot |= MALI_CSF_PROT_UNCACHED;
	obj = drm_gem_object_lookup(file, args->bo_handle);
	if (!obj)
		return -ENOENT;
	ret = mali_csf_vm_bind_map(vm, obj, args->bo_offset, args->va, args->size, prot);
	drm_gem_object_put(obj);
	return ret;
}

static int mali_csf_ioctl_vm_bind(struct drm_device *ddev, void *data, struct drm_file *file)
{
	struct mali_csf_file *mfile = file->driver_priv;
	struct drm_mali_csf_vm_bind *args = data;
	struct mali_csf_vm *vm;
	int idx, ret;

	mutex_lock(&mfile->lock);
	vm = xa_load(&mfile->vms, args->vm_id);
	if (vm)
		mali_csf_vm_get(vm);
	mutex_unlock(&mfile->lock);
	if (!vm)
		return -ENOENT;

	switch (args->op) {
	case MALI_CSF_VM_BIND_OP_MAP:
		/* A range the MMU has never seen: page tables only, nothing to flush. */
		ret = mali_csf_vm_bind_op_map(file, vm, args);
		break;
	case MALI_CSF_VM_BIND_OP_UNMAP:
		if (args->flags || args->bo_handle || args->bo_offset) {
			ret = -EINVAL;
			break;
		}
		/* The MMU must drop its translations before the pages may go. */
		if (!drm_dev_enter(ddev, &idx)) {
			ret = -ENODEV;
			break;
		}
		ret = mali_csf_vm_bind_unmap(vm, args->va, args->size);
		drm_dev_exit(idx);
		break;
	default:
		ret = -EINVAL;
		break;
	}
	mali_csf_vm_put(vm);
	return ret;
}

static int mali_csf_ioctl_bo_create(struct drm_device *ddev, void *data, struct drm_file *file)
{
	struct drm_mali_csf_bo_create *args = data;
	struct drm_gem_object *obj;
	int ret;

	if (args->flags || !args->size || args->size > SIZE_MAX - PAGE_SIZE)
		return -EINVAL;
	obj = mali_csf_gem_create(to_mali_csf(ddev), PAGE_ALIGN(args->size));
	if (IS_ERR(obj))
		return PTR_ERR(obj);
	ret = drm_gem_handle_create(file, obj, &args->handle);
	if (!ret)
		args->size = obj->size;
	/* The handle holds the object now (or creating it failed). */
	drm_gem_object_put(obj);
	return ret;
}

static int mali_csf_ioctl_bo_mmap_offset(struct drm_device *ddev, void *data,
					 struct drm_file *file)
{
	struct drm_mali_csf_bo_mmap_offset *args = data;

	if (args->pad)
		return -EINVAL;
	return drm_gem_dumb_map_offset(file, ddev, args->handle, &args->offset);
}

static int mali_csf_ioctl_group_create(struct drm_device *ddev, void *data,
				       struct drm_file *file)
{
	struct mali_csf_device *mdev = to_mali_csf(ddev);
	int idx, ret;

	/* Programs the firmware's group slot and rings a doorbell. */
	if (!drm_dev_enter(ddev, &idx))
		return -ENODEV;
	ret = pm_runtime_resume_and_get(mdev->dev);
	if (!ret) {
		ret = mali_csf_group_create(file->driver_priv, data);
		/* On success the group keeps the PM reference until it is destroyed. */
		if (ret)
			pm_runtime_put_autosuspend(mdev->dev);
	}
	drm_dev_exit(idx);
	return ret;
}

static int mali_csf_ioctl_group_destroy(struct drm_device *ddev, void *data,
					struct drm_file *file)
{
	struct drm_mali_csf_group_destroy *args = data;

	if (args->pad)
		return -EINVAL;
	/* Takes the unbind guard itself around the hardware part. */
	return mali_csf_group_destroy(file->driver_priv, args->handle);
}

static int mali_csf_ioctl_group_submit(struct drm_device *ddev, void *data,
				       struct drm_file *file)
{
	/* Memory only: the doorbell is rung later, by run_job(), under its own guard. */
	return mali_csf_group_submit(file, file->driver_priv, data);
}

static const struct drm_ioctl_desc mali_csf_ioctls[] = {
	DRM_IOCTL_DEF_DRV(MALI_CSF_DEV_QUERY, mali_csf_ioctl_dev_query, DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(MALI_CSF_VM_CREATE, mali_csf_ioctl_vm_create, DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(MALI_CSF_VM_DESTROY, mali_csf_ioctl_vm_destroy, DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(MALI_CSF_VM_BIND, mali_csf_ioctl_vm_bind, DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(MALI_CSF_BO_CREATE, mali_csf_ioctl_bo_create, DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(MALI_CSF_BO_MMAP_OFFSET, mali_csf_ioctl_bo_mmap_offset,
			  DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(MALI_CSF_GROUP_CREATE, mali_csf_ioctl_group_create, DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(MALI_CSF_GROUP_DESTROY, mali_csf_ioctl_group_destroy,
			  DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(MALI_CSF_GROUP_SUBMIT, mali_csf_ioctl_group_submit, DRM_RENDER_ALLOW),
};

/* ---- file callbacks: may run after unbind ---- */

static int mali_csf_open(struct drm_device *ddev, struct drm_file *file)
{
	struct mali_csf_file *mfile = kzalloc(sizeof(*mfile), GFP_KERNEL);

	if (!mfile)
		return -ENOMEM;
	mfile->mdev = to_mali_csf(ddev);
	mutex_init(&mfile->lock);
	xa_init_flags(&mfile->vms, XA_FLAGS_ALLOC1);
	xa_init_flags(&mfile->groups, XA_FLAGS_ALLOC1);
	file->driver_priv = mfile;
	return 0;
}

static void mali_csf_postclose(struct drm_device *ddev, struct drm_file *file)
{
	struct mali_csf_file *mfile = file->driver_priv;
	struct mali_csf_vm *vm;
	unsigned long id;

	/* Groups first: destroying one stops the hardware under its own guard. */
	mali_csf_sched_file_close(mfile);
	xa_for_each(&mfile->vms, id, vm)
		mali_csf_vm_put(xa_erase(&mfile->vms, id));
	xa_destroy(&mfile->groups);
	xa_destroy(&mfile->vms);
	mutex_destroy(&mfile->lock);
	kfree(mfile);
}

DEFINE_DRM_GEM_FOPS(mali_csf_fops);

static const struct drm_driver mali_csf_drm_driver = {
	.driver_features = DRIVER_GEM | DRIVER_RENDER | DRIVER_SYNCOBJ,
	.open = mali_csf_open,
	.postclose = mali_csf_postclose,
	.ioctls = mali_csf_ioctls,
	.num_ioctls = ARRAY_SIZE(mali_csf_ioctls),
	.fops = &mali_csf_fops,
	.name = "mali_csf",
	.desc = "Arm Mali CSF GPU",
	.major = 1,
	.minor = 0,
	DRM_GEM_SHMEM_DRIVER_OPS,
};

/* ---- the platform driver: bound ---- */

static void mali_csf_power_off_action(void *data)
{
	mali_csf_device_power_off(data);
}

static int mali_csf_probe(struct platform_device *pdev)
{
	struct device *dev = &pdev->dev;
	struct mali_csf_device *mdev;
	int ret;

	mdev = devm_drm_dev_alloc(dev, &mali_csf_drm_driver, struct mali_csf_device, drm);
	if (IS_ERR(mdev))
		return PTR_ERR(mdev);
	mdev->dev = dev;
	platform_set_drvdata(pdev, mdev);

	ret = mali_csf_device_init(mdev);
	if (ret)
		return ret;
	/* Registered before the mapping, so it runs after it is gone: it touches no register. */
	ret = devm_add_action_or_reset(dev, mali_csf_power_off_action, mdev);
	if (ret)
		return ret;

	mdev->iomem = devm_platform_ioremap_resource(pdev, 0);
	if (IS_ERR(mdev->iomem))
		return PTR_ERR(mdev->iomem);

	/* Each of these requests its IRQ after the mapping: devres frees the IRQs first. */
	ret = mali_csf_gpu_init(mdev);
	if (ret)
		return ret;
	ret = mali_csf_mmu_init(mdev);
	if (ret)
		return ret;
	ret = mali_csf_sched_init(mdev);
	if (ret)
		return ret;
	ret = mali_csf_fw_init(mdev);
	if (ret)
		return dev_err_probe(dev, ret, "firmware initialisation failed\n");

	pm_runtime_set_active(dev);
	pm_runtime_set_autosuspend_delay(dev, AUTOSUSPEND_DELAY_MS);
	pm_runtime_use_autosuspend(dev);
	pm_runtime_enable(dev);

	/* Last: once registered, user space can reach the ioctls. */
	ret = drm_dev_register(&mdev->drm, 0);
	if (ret)
		goto err_pm;
	mali_csf_fw_start_ping(mdev);
	pm_runtime_mark_last_busy(dev);
	return 0;

err_pm:
	pm_runtime_disable(dev);
	pm_runtime_dont_use_autosuspend(dev);
	mali_csf_fw_disable_ping(mdev);
	mali_csf_device_hw_stop(mdev);
	mali_csf_vm_drop_active(mdev->fw.vm);
	mali_csf_fw_fini(mdev);
	return ret;
}

/*
 * Unbind. The order is the point of this driver:
 *  1. drm_dev_unplug(): no unbind guard can be taken any more, and the ones held are waited
 *     for, so from here no ioctl, work item or scheduler callback touches a register;
 *  2. the driver's own async contexts are stopped for good (disable_*_sync: requeueing them
 *     later does nothing), and runtime PM is disabled;
 *  3. the GPU is stopped, in bound scope;
 *  4. hw_stopped tells paths that skipped the hardware (their guard failed) that the GPU no
 *     longer uses memory they are about to free;
 *  5. devres then frees the IRQs, the register mapping, and powers off.
 * Groups, VMs and BOs of still-open files live on in memory until the files close.
 */
static void mali_csf_remove(struct platform_device *pdev)
{
	struct mali_csf_device *mdev = platform_get_drvdata(pdev);
	struct device *dev = &pdev->dev;

	drm_dev_unplug(&mdev->drm);

	mali_csf_fw_disable_ping(mdev);
	disable_work_sync(&mdev->reset_work);
	pm_runtime_disable(dev);
	pm_runtime_dont_use_autosuspend(dev);

	mali_csf_device_hw_stop(mdev);
	complete_all(&mdev->hw_stopped);

	mali_csf_sched_unplug(mdev);
	mali_csf_vm_drop_active(mdev->fw.vm);
	mali_csf_fw_fini(mdev);
	/*
	 * No power-off here: an IRQ thread may still run until devres frees the IRQs, and the
	 * devres action mali_csf_power_off_action() powers off after that.
	 */
	pm_runtime_set_suspended(dev);
}

static const struct of_device_id mali_csf_of_match[] = {
	{ .compatible = "arm,mali-valhall-csf" },
	{ }
};
MODULE_DEVICE_TABLE(of, mali_csf_of_match);

static struct platform_driver mali_csf_platform_driver = {
	.probe = mali_csf_probe,
	.remove = mali_csf_remove,
	.driver = {
		.name = "mali_csf",
		.of_match_table = mali_csf_of_match,
		.pm = pm_ptr(&mali_csf_pm_ops),
	},
};
module_platform_driver(mali_csf_platform_driver);

MODULE_AUTHOR("The boundscope authors");
MODULE_DESCRIPTION("DRM driver for Arm Mali CSF GPUs");
MODULE_LICENSE("GPL");
MODULE_FIRMWARE("arm/mali/arch10.8/mali_csffw.bin");
