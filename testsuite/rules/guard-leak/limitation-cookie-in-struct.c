// Limitation (docs/rules/guard-leak.md, "Limitations"): a cookie stored in a struct and released
// in another function is not followed: the enter looks leaked and the exit unbalanced.
// Expected to fail until the limitation is lifted; then update the page and drop XFAIL.
// XFAIL: *
// RUN: %bs -Xclang -verify %s
// expected-no-diagnostics

#include <linux/io.h>
#include <drm/drm_drv.h>

struct foo {
	struct drm_device drm;
	void __iomem *regs;
	int idx;
};

int foo_begin(struct foo *f)
{
	if (!drm_dev_enter(&f->drm, &f->idx))
		return -ENODEV;
	return 0;
}

void foo_end(struct foo *f)
{
	drm_dev_exit(f->idx);
}
