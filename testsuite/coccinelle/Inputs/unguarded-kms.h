/* Shared by the unguarded-kms-*.c inputs: a display device and its register accessors. */
struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct drm_simple_display_pipe pipe;
};

#define to_foo(d) container_of(d, struct foo_device, drm)

#define foo_write(fdev, reg, v)	writel(v, (fdev)->regs + (reg))

static inline u32 foo_read(struct foo_device *fdev, u32 reg)
{
	return readl(fdev->regs + reg);
}
