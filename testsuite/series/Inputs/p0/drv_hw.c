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
