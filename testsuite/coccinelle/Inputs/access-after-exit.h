struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define gpu_read(fdev, reg)	readl((fdev)->regs + (reg))
