// Pins drm_gpuvm_ops callbacks: after-unbind (VM bind ioctls and VM teardown on file close
// drive them). Unguarded fires, guarded is silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_gpuvm.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

struct foo_vm {
	struct drm_gpuvm base;
	struct foo_device *fdev;
	u32 as;
};

static int foo_gpuva_sm_step_map(struct drm_gpuva_op *op, void *priv)
{
	struct foo_vm *vm = priv;
	int idx;

	if (!drm_dev_enter(&vm->fdev->drm, &idx))
		return -ENODEV;
	writel((u32)op->map.addr, vm->fdev->regs + 0x2400 + vm->as * 0x40);
	drm_dev_exit(idx);
	return 0;
}

static int foo_gpuva_sm_step_unmap(struct drm_gpuva_op *op, void *priv)
{
	struct foo_vm *vm = priv;

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_gpuva_sm_step_unmap', which can run after unbind}}
	// expected-note@+1{{'foo_gpuva_sm_step_unmap' accesses MMIO with 'writel' here}}
	writel((u32)op->unmap.addr, vm->fdev->regs + 0x2404 + vm->as * 0x40);
	return 0;
}

static void foo_vm_free(struct drm_gpuvm *gpuvm)
{
}

const struct drm_gpuvm_ops foo_gpuvm_ops = {
	.vm_free = foo_vm_free,
	.sm_step_map = foo_gpuva_sm_step_map,
	.sm_step_unmap = foo_gpuva_sm_step_unmap, // expected-note{{'foo_gpuva_sm_step_unmap' is a drm_gpuvm_ops callback, registered here}}
};
