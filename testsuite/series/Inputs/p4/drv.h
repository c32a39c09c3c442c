/* A two-file driver under review: the ioctls in drv_main.c, register helpers in drv_hw.c. */
#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	unsigned int rings;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

void foo_hw_flush(struct foo_device *fdev);
void foo_hw_kick(struct foo_device *fdev);

static inline void foo_ring(struct foo_device *fdev)
{
	fdev->rings++;
	writel(fdev->rings, fdev->regs + 0x50);
}
