// Pins a predicate carried by a returned value. foo_ct_send_locked() tests the CT state (a
// predicate field, Inputs/field-values.json) and returns -EIO or -ENODEV from the paths
// before the test passes; any other value, -EBUSY here, comes from a path after it. A caller
// that sees such a value knows the state test passed and may touch the CT; a caller that sees
// -ENODEV, or a callee with a return whose value is not a known constant, proves nothing.
// RUN: %clang_plugin -Xclang -plugin-arg-boundscope -Xclang config=%S/Inputs/field-values.json -Xclang -verify=with %s
// RUN: %bs --config=%S/Inputs/field-values.json -Xclang -verify=with %s
// RUN: %bs -Xclang -verify=without %s

#include <linux/io.h>
#include <linux/mutex.h>
#include <drm/drm_drv.h>
#include <drm/drm_gem.h>

#define FOO_CT_DESC	0x40

enum foo_ct_state { FOO_CT_NONE, FOO_CT_DISABLED, FOO_CT_STOPPED, FOO_CT_ENABLED };

struct foo_ct {
	struct mutex lock;
	enum foo_ct_state state;	/* FOO_CT_DISABLED by a devm action, under lock */
	bool broken;
	void __iomem *regs;
};

struct foo_bo {
	struct drm_gem_object base;
	struct foo_ct *ct;
};

int foo_ct_pending(struct foo_ct *ct);

static int foo_ct_has_room(struct foo_ct *ct)
{
	return readl(ct->regs + FOO_CT_DESC) < 8 ? -EBUSY : 0;
}

static int foo_ct_send_locked(struct foo_ct *ct)
{
	int ret;

	if (ct->broken) {
		ret = -EIO;
		goto out;
	}
	if (ct->state == FOO_CT_DISABLED) {
		ret = -ENODEV;
		goto out;
	}
	ret = foo_ct_has_room(ct);
	if (ret)
		goto out;
	writel(1, ct->regs);
out:
	return ret;
}

static int foo_ct_send(struct foo_ct *ct)
{
	int ret;

retry:
	ret = foo_ct_send_locked(ct);
	if (ret == -EBUSY) {
		readl(ct->regs + FOO_CT_DESC); // without-note{{'foo_ct_send' accesses MMIO with 'readl' here}}
		goto retry;
	}
	return ret;
}

/* zero comes only from past the test too */
static void foo_ct_send_ack(struct foo_ct *ct)
{
	if (!foo_ct_send_locked(ct))
		writel(2, ct->regs);
	int ret = foo_ct_send_locked(ct);

	if (!ret)
		writel(2, ct->regs); // without-note{{'foo_ct_send_ack' accesses MMIO with 'writel' here}}
}

/* -ENODEV is what the closed CT returns */
static void foo_ct_send_report(struct foo_ct *ct)
{
	int ret = foo_ct_send_locked(ct);

	if (ret == -ENODEV)
		writel(3, ct->regs); // with-note{{'foo_ct_send_report' accesses MMIO with 'writel' here}} without-note{{'foo_ct_send_report' accesses MMIO with 'writel' here}}
}

/* a closed CT may return anything foo_ct_pending() does */
static int foo_ct_try(struct foo_ct *ct)
{
	int ret = foo_ct_pending(ct);

	if (ct->state == FOO_CT_DISABLED)
		return ret;
	return foo_ct_has_room(ct);
}

static void foo_ct_poll(struct foo_ct *ct)
{
	int ret = foo_ct_try(ct);

	if (ret == -EBUSY)
		writel(4, ct->regs); // with-note{{'foo_ct_poll' accesses MMIO with 'writel' here}} without-note{{'foo_ct_poll' accesses MMIO with 'writel' here}}
}

static void foo_bo_free(struct drm_gem_object *obj)
{
	struct foo_bo *bo = container_of(obj, struct foo_bo, base);

	foo_ct_send(bo->ct); // without-warning{{MMIO access without an unbind guard in 'foo_bo_free'}} without-note{{'foo_bo_free' calls 'foo_ct_send' here}}
	foo_ct_send_ack(bo->ct); // without-warning{{MMIO access without an unbind guard in 'foo_bo_free'}} without-note{{'foo_bo_free' calls 'foo_ct_send_ack' here}}
	foo_ct_send_report(bo->ct); // with-warning{{MMIO access without an unbind guard in 'foo_bo_free'}} with-note{{'foo_bo_free' calls 'foo_ct_send_report' here}} without-warning{{MMIO access without an unbind guard in 'foo_bo_free'}} without-note{{'foo_bo_free' calls 'foo_ct_send_report' here}}
	foo_ct_poll(bo->ct); // with-warning{{MMIO access without an unbind guard in 'foo_bo_free'}} with-note{{'foo_bo_free' calls 'foo_ct_poll' here}} without-warning{{MMIO access without an unbind guard in 'foo_bo_free'}} without-note{{'foo_bo_free' calls 'foo_ct_poll' here}}
}

static const struct drm_gem_object_funcs foo_gem_funcs = {
	.free = foo_bo_free, // with-note 2 {{'foo_bo_free' is a GEM object callback, registered here}} without-note 4 {{'foo_bo_free' is a GEM object callback, registered here}}
};

const struct drm_gem_object_funcs *foo_funcs(void)
{
	return &foo_gem_funcs;
}
