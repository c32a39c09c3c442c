// Limitation (docs/rules/guard-unbalanced.md, "Limitations"): the guard state is tracked per
// function: a helper that releases a guard its caller took is reported, and the caller looks like
// it leaks.
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

static void foo_hw_exit(int idx)
{
	drm_dev_exit(idx);
}

int foo_poke(struct foo *f)
{
	int idx;

	if (!drm_dev_enter(&f->drm, &idx))
		return -ENODEV;
	writel(1, f->regs);
	foo_hw_exit(idx);
	return 0;
}
