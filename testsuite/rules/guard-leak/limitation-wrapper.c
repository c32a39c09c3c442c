// Limitation (docs/rules/guard-leak.md, "Limitations"): a driver's own guard wrapper that returns
// with the guard held is reported (and its caller's exit looks unbalanced) unless the wrapper is
// declared as a guard in the configuration; nothing infers it.
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

static bool foo_hw_enter(struct foo *f, int *idx)
{
	return drm_dev_enter(&f->drm, idx);
}

int foo_poke(struct foo *f)
{
	int idx;

	if (!foo_hw_enter(f, &idx))
		return -ENODEV;
	writel(1, f->regs);
	drm_dev_exit(idx);
	return 0;
}
