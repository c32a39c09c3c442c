// Pins a regression: a void function that ends in a positive guard block has a branch whose
// false edge goes straight to the function's exit. Only the worlds that take that edge (the
// failed enter) may be checked for leaks there: no guard-leak. The same shape with a missing
// exit in the block still leaks, at the closing brace.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

static void foo_flush(struct foo_device *fdev)
{
	writel(1, fdev->regs);
}

void foo_postclose(struct drm_device *ddev)
{
	struct foo_device *fdev = container_of(ddev, struct foo_device, drm);
	int idx;

	if (drm_dev_enter(ddev, &idx)) {
		foo_flush(fdev);
		drm_dev_exit(idx);
	}
}

void foo_postclose_leaky(struct drm_device *ddev)
{
	struct foo_device *fdev = container_of(ddev, struct foo_device, drm);
	int idx;

	if (drm_dev_enter(ddev, &idx)) { // expected-note{{unbind guard taken here}}
		foo_flush(fdev);
	}
} // expected-warning{{'foo_postclose_leaky' can return here with the unbind guard from 'drm_dev_enter' still held}}
