// Input of testsuite/coccinelle/access-after-exit.test. FIRES/SILENT in comments.
#include "access-after-exit.h"

static inline void foo_irq_mask(struct foo_device *fdev)
{
	iowrite32(0, fdev->regs + 0x8);
}

/* FIRES: direct access after the exit */
int foo_after_exit(struct foo_device *fdev)
{
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx))
		return -ENODEV;
	writel(1, fdev->regs);
	drm_dev_exit(idx);
	writel(2, fdev->regs);
	return 0;
}

/* FIRES: through a static inline and through a header macro */
int foo_after_exit_wrapped(struct foo_device *fdev)
{
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx))
		return -ENODEV;
	drm_dev_exit(idx);
	foo_irq_mask(fdev);
	return gpu_read(fdev, 0x10);
}

/* SILENT: a new guard before the second access */
int foo_reenter(struct foo_device *fdev)
{
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx))
		return -ENODEV;
	writel(1, fdev->regs);
	drm_dev_exit(idx);
	if (!drm_dev_enter(&fdev->drm, &idx))
		return -ENODEV;
	writel(2, fdev->regs);
	drm_dev_exit(idx);
	return 0;
}

/* SILENT: loop, each iteration takes its own guard */
void foo_loop(struct foo_device *fdev)
{
	int i, idx;

	for (i = 0; i < 4; i++) {
		if (!drm_dev_enter(&fdev->drm, &idx))
			return;
		writel(i, fdev->regs + 4 * i);
		drm_dev_exit(idx);
	}
}
