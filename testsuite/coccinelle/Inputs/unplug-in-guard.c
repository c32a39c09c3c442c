// Input of testsuite/coccinelle/unplug-in-guard.test. FIRES/SILENT in comments.
struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	bool dead;
};

static void foo_device_lost(struct foo_device *fdev)
{
	fdev->dead = true;
	drm_dev_unplug(&fdev->drm);
}

static int foo_check(struct foo_device *fdev)
{
	if (readl(fdev->regs) != ~0u)
		return 0;
	foo_device_lost(fdev);
	return -ENODEV;
}

/* FIRES: direct */
int foo_fatal(struct foo_device *fdev)
{
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx))
		return -ENODEV;
	if (readl(fdev->regs) & 1)
		drm_dev_unplug(&fdev->drm);
	drm_dev_exit(idx);
	return 0;
}

/* FIRES: through two static helpers */
int foo_query(struct foo_device *fdev)
{
	int idx, ret;

	if (!drm_dev_enter(&fdev->drm, &idx))
		return -ENODEV;
	ret = foo_check(fdev);
	drm_dev_exit(idx);
	return ret;
}

/* FIRES: positive form */
void foo_positive(struct foo_device *fdev)
{
	int idx;

	if (drm_dev_enter(&fdev->drm, &idx)) {
		drm_dev_unplug(&fdev->drm);
		drm_dev_exit(idx);
	}
}

/* SILENT: unplug after the exit */
int foo_outside(struct foo_device *fdev)
{
	int idx, dead;

	if (!drm_dev_enter(&fdev->drm, &idx))
		return -ENODEV;
	dead = readl(fdev->regs) == ~0u;
	drm_dev_exit(idx);
	if (dead)
		foo_device_lost(fdev);
	return 0;
}

/* SILENT: no guard (the remove path) */
void foo_remove(struct foo_device *fdev)
{
	drm_dev_unplug(&fdev->drm);
}
