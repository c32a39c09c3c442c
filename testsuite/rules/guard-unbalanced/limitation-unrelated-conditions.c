// Limitation (docs/rules/guard-unbalanced.md, "Limitations"): conditions the analysis cannot
// relate (two calls of one predicate) make the exit look unbalanced, and the enter leaked, on the
// infeasible path.
// Expected to fail until the limitation is lifted; then update the page and drop XFAIL.
// XFAIL: *
// RUN: %bs -Xclang -verify %s
// expected-no-diagnostics

#include <linux/io.h>
#include <drm/drm_drv.h>

struct foo {
	struct drm_device drm;
	void __iomem *regs;
	bool live;
};
bool foo_live(struct foo *f);

void foo_poke(struct foo *f, struct drm_device *drm)
{
	int idx;

	if (foo_live(f)) {
		if (!drm_dev_enter(drm, &idx))
			return;
	}
	writel(1, f->regs);
	if (foo_live(f))
		drm_dev_exit(idx);
}
