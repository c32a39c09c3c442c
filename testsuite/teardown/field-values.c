// Pins predicate fields that are not plain booleans: a state the unbind path sets to a known
// value ("unbound_value": any test showing another value proves the device bound), and a bit
// of a flags word the unbind path clears ("mask": a set bit proves it, also through a local
// that keeps the test's result). A test that leaves the unbound value possible, or tests
// another bit, proves nothing. Without the configuration every access is a finding.
// RUN: %clang_plugin -Xclang -plugin-arg-boundscope -Xclang config=%S/Inputs/field-values.json -Xclang -verify=with %s
// RUN: %bs --config=%S/Inputs/field-values.json -Xclang -verify=with %s
// RUN: %bs -Xclang -verify=without %s

#include <linux/io.h>
#include <linux/mutex.h>
#include <drm/drm_drv.h>
#include <drm/drm_gem.h>

enum foo_ct_state { FOO_CT_NONE, FOO_CT_DISABLED, FOO_CT_STOPPED, FOO_CT_ENABLED };

struct foo_ct {
	struct mutex lock;
	enum foo_ct_state state;	/* FOO_CT_DISABLED by a devm action, under lock */
	void __iomem *regs;
};

#define FOO_GTT_64K	BIT(0)
#define FOO_GTT_ONLINE	BIT(1)

struct foo_gtt {
	struct mutex lock;
	unsigned int flags;		/* ONLINE cleared by a devm action, under lock */
	void __iomem *regs;
};

struct foo_bo {
	struct drm_gem_object base;
	struct foo_ct *ct;
	struct foo_gtt *gtt;
};

static int foo_ct_send(struct foo_ct *ct)
{
	if (ct->state == FOO_CT_DISABLED)
		return -ENODEV;
	if (ct->state == FOO_CT_STOPPED)
		return -EBUSY;
	writel(1, ct->regs); // without-note{{'foo_ct_send' accesses MMIO with 'writel' here}}
	return 0;
}

static void foo_ct_kick(struct foo_ct *ct)
{
	if (ct->state != FOO_CT_ENABLED)
		return;
	writel(2, ct->regs); // without-note{{'foo_ct_kick' accesses MMIO with 'writel' here}}
}

/* STOPPED is not the unbound state: DISABLED passes this test */
static void foo_ct_poke(struct foo_ct *ct)
{
	if (ct->state == FOO_CT_STOPPED)
		return;
	writel(3, ct->regs); // with-note{{'foo_ct_poke' accesses MMIO with 'writel' here}} without-note{{'foo_ct_poke' accesses MMIO with 'writel' here}}
}

static void foo_gtt_remove(struct foo_gtt *gtt)
{
	bool bound;

	mutex_lock(&gtt->lock);
	bound = gtt->flags & FOO_GTT_ONLINE;
	if (bound)
		writel(0, gtt->regs);
	mutex_unlock(&gtt->lock);
	if (!bound)
		return;
	writel(1, gtt->regs); // without-note{{'foo_gtt_remove' accesses MMIO with 'writel' here}}
}

/* the page-size bit says nothing of the device */
static void foo_gtt_resize(struct foo_gtt *gtt)
{
	if (gtt->flags & FOO_GTT_64K)
		writel(2, gtt->regs); // with-note{{'foo_gtt_resize' accesses MMIO with 'writel' here}} without-note{{'foo_gtt_resize' accesses MMIO with 'writel' here}}
}

static void foo_bo_free(struct drm_gem_object *obj)
{
	struct foo_bo *bo = container_of(obj, struct foo_bo, base);

	foo_ct_send(bo->ct); // without-warning{{MMIO access without an unbind guard in 'foo_bo_free'}} without-note{{'foo_bo_free' calls 'foo_ct_send' here}}
	foo_ct_kick(bo->ct); // without-warning{{MMIO access without an unbind guard in 'foo_bo_free'}} without-note{{'foo_bo_free' calls 'foo_ct_kick' here}}
	foo_ct_poke(bo->ct); // with-warning{{MMIO access without an unbind guard in 'foo_bo_free'}} with-note{{'foo_bo_free' calls 'foo_ct_poke' here}} without-warning{{MMIO access without an unbind guard in 'foo_bo_free'}} without-note{{'foo_bo_free' calls 'foo_ct_poke' here}}
	foo_gtt_remove(bo->gtt); // without-warning{{MMIO access without an unbind guard in 'foo_bo_free'}} without-note{{'foo_bo_free' calls 'foo_gtt_remove' here}}
	foo_gtt_resize(bo->gtt); // with-warning{{MMIO access without an unbind guard in 'foo_bo_free'}} with-note{{'foo_bo_free' calls 'foo_gtt_resize' here}} without-warning{{MMIO access without an unbind guard in 'foo_bo_free'}} without-note{{'foo_bo_free' calls 'foo_gtt_resize' here}}
}

static const struct drm_gem_object_funcs foo_gem_funcs = {
	.free = foo_bo_free, // with-note 2 {{'foo_bo_free' is a GEM object callback, registered here}} without-note 5 {{'foo_bo_free' is a GEM object callback, registered here}}
};

const struct drm_gem_object_funcs *foo_funcs(void)
{
	return &foo_gem_funcs;
}
