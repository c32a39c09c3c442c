#include <linux/io.h>
#include <drm/drm_drv.h>

struct foo {
	struct drm_device drm;
};

void foo_device_lost(struct foo *f);

void foo_poke(struct foo *f)
{
	int idx;

	if (!drm_dev_enter(&f->drm, &idx))
		return;
	foo_device_lost(f); // expected-warning{{reached while an unbind guard is held}}
	drm_dev_exit(idx);
}
