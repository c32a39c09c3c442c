// expected-no-diagnostics
#include <linux/io.h>
#include <drm/drm_drv.h>

struct foo {
	struct drm_device drm;
};

void foo_device_lost(struct foo *f)
{
	drm_dev_unplug(&f->drm);
}
