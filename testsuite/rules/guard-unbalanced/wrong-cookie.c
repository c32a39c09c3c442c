// Pins an exit of the wrong cookie: drm_dev_exit(b) where only cookie a was entered is
// unbalanced (b is not held), and a stays held to the return (a leak). The matching exit is
// silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>

void foo_wrong_cookie(struct drm_device *ddev)
{
	int a, b = 0;

	if (!drm_dev_enter(ddev, &a)) // expected-note{{unbind guard taken here}}
		return;
	drm_dev_exit(b); // expected-warning{{'drm_dev_exit' called without a held unbind guard on some path}}
} // expected-warning{{'foo_wrong_cookie' can return here with the unbind guard from 'drm_dev_enter' still held}}

void foo_right_cookie(struct drm_device *ddev)
{
	int a, b;

	if (!drm_dev_enter(ddev, &a))
		return;
	if (drm_dev_enter(ddev, &b))
		drm_dev_exit(b);
	drm_dev_exit(a);
}
