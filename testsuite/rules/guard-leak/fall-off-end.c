// Pins guard-leak by falling off the end of a void function: reported at the closing brace,
// with a note at the enter. A work item and a positive-block form; the balanced version is
// silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/workqueue.h>
#include <drm/drm_drv.h>

#define FOO_CTRL	0x10

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct work_struct reset_work;
	struct work_struct idle_work;
	struct work_struct ping_work;
};

static void foo_reset_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(work, struct foo_device, reset_work);
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx)) // expected-note{{unbind guard taken here}}
		return;
	writel(1, fdev->regs + FOO_CTRL);
} // expected-warning{{'foo_reset_work' can return here with the unbind guard from 'drm_dev_enter' still held}}

static void foo_idle_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(work, struct foo_device, idle_work);
	int idx;

	if (drm_dev_enter(&fdev->drm, &idx)) // expected-note{{unbind guard taken here}}
		writel(0, fdev->regs + FOO_CTRL);
} // expected-warning{{'foo_idle_work' can return here with the unbind guard from 'drm_dev_enter' still held}}

static void foo_ping_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(work, struct foo_device, ping_work);
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx))
		return;
	writel(2, fdev->regs + FOO_CTRL);
	drm_dev_exit(idx);
}

void foo_init_work(struct foo_device *fdev)
{
	INIT_WORK(&fdev->reset_work, foo_reset_work);
	INIT_WORK(&fdev->idle_work, foo_idle_work);
	INIT_WORK(&fdev->ping_work, foo_ping_work);
}
