// Limitation (docs/rules/guard-leak.md, "Limitations"): a guard released by a cleanup-class object
// (__attribute__((cleanup)), as scoped_cond_guard/ACQUIRE would) is not modelled: the return looks
// like a leak and the cleanup's exit unbalanced.
// Expected to fail until the limitation is lifted; then update the page and drop XFAIL.
// XFAIL: *
// RUN: %bs -Xclang -verify %s
// expected-no-diagnostics

#include <linux/io.h>
#include <drm/drm_drv.h>

struct foo {
	struct drm_device drm;
	void __iomem *regs;
};

static void foo_guard_release(int *idx)
{
	if (*idx >= 0)
		drm_dev_exit(*idx);
}

int foo_poke(struct foo *f)
{
	int idx __attribute__((cleanup(foo_guard_release))) = -1;

	if (!drm_dev_enter(&f->drm, &idx))
		return -ENODEV;
	writel(1, f->regs);
	return 0;
}
