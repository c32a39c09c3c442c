/* Accessor wrappers in a driver header, as panthor/panfrost/pvr have them. */
struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define gpu_write(fdev, reg, v)	writel(v, (fdev)->regs + (reg))

static inline u32 gpu_read(struct foo_device *fdev, u32 reg)
{
	return ioread32(fdev->regs + reg);
}

#define gpu_read_poll(fdev, reg, val, cond) \
	read_poll_timeout(gpu_read, val, cond, 10, 1000, false, fdev, reg)
