#include "drv.h"

static void foo_write(struct foo_device *fdev, u32 reg, u32 val)
{
	writel(val, fdev->regs + reg);
}

void foo_hw_flush(struct foo_device *fdev)
{
	foo_write(fdev, 0x30, 1);
}

void foo_hw_kick(struct foo_device *fdev)
{
	foo_write(fdev, 0x34, 1);
}

/* Built with -DFIXED, the status read takes its own guard. */
u32 foo_hw_status(struct foo_device *fdev)
{
#ifdef FIXED
	u32 val = 0;
	int idx;

	if (drm_dev_enter(&fdev->drm, &idx)) {
		val = readl(fdev->regs + 0x40);
		drm_dev_exit(idx);
	}
	return val;
#else
	return readl(fdev->regs + 0x40);
#endif
}
