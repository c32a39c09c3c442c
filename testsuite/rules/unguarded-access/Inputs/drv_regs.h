/* A driver's own register header: static inline accessors next to the driver's sources. */
#ifndef FOO_DRV_REGS_H
#define FOO_DRV_REGS_H

#include <linux/io.h>
#include <drm/drm_drv.h>

#define FOO_CTRL	0x10
#define FOO_STATUS	0x14

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

static inline void gpu_write(struct foo_device *fdev, u32 reg, u32 val)
{
	writel(val, fdev->regs + reg);
}

static inline u32 gpu_read(struct foo_device *fdev, u32 reg)
{
	return readl(fdev->regs + reg);
}

#endif
