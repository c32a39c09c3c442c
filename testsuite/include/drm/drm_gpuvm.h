/* SPDX-License-Identifier: MIT */
#ifndef BS_DRM_GPUVM_H
#define BS_DRM_GPUVM_H

#include <linux/types.h>

struct drm_gpuvm;
struct drm_gpuvm_bo;

struct drm_gpuva_op_map {
	u64 addr;
	u64 range;
};

struct drm_gpuva_op_unmap {
	u64 addr;
	u64 range;
	bool keep;
};

struct drm_gpuva_op {
	int op;
	union {
		struct drm_gpuva_op_map map;
		struct drm_gpuva_op_unmap unmap;
	};
};

struct drm_gpuvm_ops {
	void (*vm_free)(struct drm_gpuvm *gpuvm);
	struct drm_gpuva_op *(*op_alloc)(void);
	void (*op_free)(struct drm_gpuva_op *op);
	struct drm_gpuvm_bo *(*vm_bo_alloc)(void);
	void (*vm_bo_free)(struct drm_gpuvm_bo *vm_bo);
	int (*sm_step_map)(struct drm_gpuva_op *op, void *priv);
	int (*sm_step_remap)(struct drm_gpuva_op *op, void *priv);
	int (*sm_step_unmap)(struct drm_gpuva_op *op, void *priv);
};

struct drm_gpuvm {
	const char *name;
	const struct drm_gpuvm_ops *ops;
};

#endif
