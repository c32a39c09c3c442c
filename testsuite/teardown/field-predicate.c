// Pins a flag declared a predicate guard: `if (!mmu->on) goto unlock;` under the driver's
// lock, with the flag cleared on the unbind path, covers the MMIO after it. The flag is named
// by struct and member ("foo_mmu.on"), so a field of the same name in another struct is not a
// guard. Without the configuration both accesses are findings.
// RUN: %clang_plugin -Xclang -plugin-arg-boundscope -Xclang config=%S/Inputs/field-predicate.json -Xclang -verify=with %s
// RUN: %bs --config=%S/Inputs/field-predicate.json -Xclang -verify=with %s
// RUN: %bs -Xclang -verify=without %s

#include <linux/io.h>
#include <linux/mutex.h>
#include <drm/drm_drv.h>
#include <drm/drm_gem.h>

struct foo_mmu {
	struct mutex lock;
	bool on;		/* cleared by remove, under lock */
	void __iomem *regs;
};

struct foo_other {
	bool on;
	void __iomem *regs;
};

struct foo_bo {
	struct drm_gem_object base;
	struct foo_mmu *mmu;
	struct foo_other *other;
};

static void foo_tlb_flush(struct foo_mmu *mmu)
{
	mutex_lock(&mmu->lock);
	if (!mmu->on)
		goto unlock;
	writel(1, mmu->regs); // without-note{{'foo_tlb_flush' accesses MMIO with 'writel' here}}
unlock:
	mutex_unlock(&mmu->lock);
}

static void foo_other_flush(struct foo_other *other)
{
	if (other->on)
		writel(1, other->regs); // with-note{{'foo_other_flush' accesses MMIO with 'writel' here}} without-note{{'foo_other_flush' accesses MMIO with 'writel' here}}
}

static void foo_bo_free(struct drm_gem_object *obj)
{
	struct foo_bo *bo = container_of(obj, struct foo_bo, base);

	foo_tlb_flush(bo->mmu); // without-warning{{MMIO access without an unbind guard in 'foo_bo_free'}} without-note{{'foo_bo_free' calls 'foo_tlb_flush' here}}
	foo_other_flush(bo->other); // with-warning{{MMIO access without an unbind guard in 'foo_bo_free'}} with-note{{'foo_bo_free' calls 'foo_other_flush' here}} without-warning{{MMIO access without an unbind guard in 'foo_bo_free'}} without-note{{'foo_bo_free' calls 'foo_other_flush' here}}
}

static const struct drm_gem_object_funcs foo_gem_funcs = {
	.free = foo_bo_free, // with-note{{'foo_bo_free' is a GEM object callback, registered here}} without-note 2 {{'foo_bo_free' is a GEM object callback, registered here}}
};

const struct drm_gem_object_funcs *foo_funcs(void)
{
	return &foo_gem_funcs;
}
