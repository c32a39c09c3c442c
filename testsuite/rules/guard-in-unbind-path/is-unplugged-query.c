// Pins guard-in-unbind-path on guards that protect nothing: drm_dev_is_unplugged() (an
// inline in drm_drv.h) takes the guard only to test it and drops it at once, so calling it on
// the unbind path after drm_dev_unplug() loses no hardware programming: silent, whether the
// remove calls it directly or through a helper, and likewise a driver's own test written the
// same way. A guard that does protect a register write, after the unplug, still fires
// (-DPROTECTS).
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// RUN: %clang_plugin -Xclang -verify=protects -DPROTECTS %s
// RUN: %bs -Xclang -verify=protects -DPROTECTS %s

#include <linux/io.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>

#define FOO_PWR	0x04

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	bool gone;
};

static bool foo_still_there(struct foo_device *fdev)
{
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx))
		return false;
	drm_dev_exit(idx);
	return true;
}

static void foo_note_state(struct foo_device *fdev)
{
	fdev->gone = drm_dev_is_unplugged(&fdev->drm);
}

static void foo_remove(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);
	int idx;

	drm_dev_unplug(&fdev->drm); // protects-note{{'foo_remove' unplugs the device here}}
	if (drm_dev_is_unplugged(&fdev->drm))
		fdev->gone = true;
	foo_note_state(fdev);
	if (!foo_still_there(fdev))
		fdev->gone = true;
	// protects-warning@+2{{unbind guard taken on the unbind path after 'drm_dev_unplug'}}
	// protects-note@+1{{'foo_remove' calls 'drm_dev_enter' here}}
	if (drm_dev_enter(&fdev->drm, &idx)) {
#ifdef PROTECTS
		writel(0, fdev->regs + FOO_PWR);
#endif
		drm_dev_exit(idx);
	}
}

struct platform_driver foo_driver = {
	.remove = foo_remove,
};

// expected-no-diagnostics
