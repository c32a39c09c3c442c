// expected-no-diagnostics
#include <linux/io.h>
#include <drm/drm_drv.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

void foo_kick(struct drm_device *dev)
{
	writel(1, container_of(dev, struct foo_device, drm)->regs);
}
