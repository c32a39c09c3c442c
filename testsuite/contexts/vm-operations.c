// Pins vm_operations_struct callbacks: after-unbind (a user mapping outlives the unbind).
// Unguarded fires, guarded is silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/mm.h>
#include <drm/drm_drv.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

static vm_fault_t foo_gem_fault(struct vm_fault *vmf)
{
	struct foo_device *fdev = vmf->vma->vm_private_data;

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_gem_fault', which can run after unbind}}
	// expected-note@+1{{'foo_gem_fault' accesses MMIO with 'writel' here}}
	writel(vmf->pgoff, fdev->regs + 0x40);
	return VM_FAULT_NOPAGE;
}

static void foo_gem_vm_close(struct vm_area_struct *vma)
{
	struct foo_device *fdev = vma->vm_private_data;
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx))
		return;
	writel(0, fdev->regs + 0x44);
	drm_dev_exit(idx);
}

const struct vm_operations_struct foo_gem_vm_ops = {
	.fault = foo_gem_fault, // expected-note{{'foo_gem_fault' is a vm_operations_struct callback, registered here}}
	.close = foo_gem_vm_close,
};
