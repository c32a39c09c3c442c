// Input of testsuite/coccinelle/guard-leak.test. FIRES/SILENT in comments.
struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

/* FIRES at the early return */
int foo_error_path(struct foo_device *fdev, u32 v)
{
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx))
		return -ENODEV;
	if (v > 7)
		return -EINVAL;
	writel(v, fdev->regs);
	drm_dev_exit(idx);
	return 0;
}

/* SILENT: exit on every path, shared exit label */
int foo_goto_exit(struct foo_device *fdev, u32 v)
{
	int idx, ret = 0;

	if (!drm_dev_enter(&fdev->drm, &idx))
		return -ENODEV;
	if (v > 7) {
		ret = -EINVAL;
		goto out;
	}
	writel(v, fdev->regs);
out:
	drm_dev_exit(idx);
	return ret;
}

/* FIRES at the closing brace: a void function falls off its end */
void foo_fall_off(struct foo_device *fdev)
{
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx))
		return;
	writel(1, fdev->regs);
}

/* SILENT: positive form with the exit in the block */
void foo_positive_ok(struct foo_device *fdev)
{
	int idx;

	if (drm_dev_enter(&fdev->drm, &idx)) {
		writel(1, fdev->regs);
		drm_dev_exit(idx);
	}
}

/* FIRES: positive form without exit */
void foo_positive_leak(struct foo_device *fdev)
{
	int idx;

	if (drm_dev_enter(&fdev->drm, &idx)) {
		writel(1, fdev->regs);
	}
}

/* FIRES: return inside the positive block, before the exit */
int foo_positive_return(struct foo_device *fdev)
{
	int idx;

	if (drm_dev_enter(&fdev->drm, &idx)) {
		if (readl(fdev->regs) == ~0u)
			return -EIO;
		drm_dev_exit(idx);
	}
	return 0;
}

/* FIRES: break out of a loop with the guard held */
int foo_loop_break(struct foo_device *fdev)
{
	int i, idx;

	for (i = 0; i < 8; i++) {
		if (!drm_dev_enter(&fdev->drm, &idx))
			break;
		if (readl(fdev->regs + 4 * i) == 0)
			break;
		drm_dev_exit(idx);
	}
	return i;
}

/* SILENT: exit before the break */
int foo_loop_ok(struct foo_device *fdev)
{
	int i, idx;
	u32 v;

	for (i = 0; i < 8; i++) {
		if (!drm_dev_enter(&fdev->drm, &idx))
			break;
		v = readl(fdev->regs + 4 * i);
		drm_dev_exit(idx);
		if (v == 0)
			break;
	}
	return i;
}
