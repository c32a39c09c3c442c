// Limitation (docs/rules/unplug-in-guard.md, "Limitations"): the unplug calls are
// configuration; a driver function that waits for the guards some other way (here
// synchronize_srcu() on drm_unplug_srcu) is not seen unless it is listed there.
// Expected to fail until the limitation is lifted; then update the page and drop XFAIL.
// XFAIL: *
// RUN: %bs -Xclang -verify -Xclang -verify-ignore-unexpected=note %s

#include <linux/io.h>
#include <drm/drm_drv.h>

struct foo {
	struct drm_device drm;
};

struct srcu_struct;
extern struct srcu_struct drm_unplug_srcu;
void synchronize_srcu(struct srcu_struct *ssp);

static void foo_wait_for_users(struct foo *f)
{
	synchronize_srcu(&drm_unplug_srcu);
}

void foo_poke(struct foo *f)
{
	int idx;

	if (!drm_dev_enter(&f->drm, &idx))
		return;
	foo_wait_for_users(f); // expected-warning{{reached while an unbind guard is held}}
	drm_dev_exit(idx);
}
