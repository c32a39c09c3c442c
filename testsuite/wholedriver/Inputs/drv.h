/* A two-file driver: the ioctl table in drv_main.c, the hardware helpers in drv_hw.c. */
#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

void foo_hw_flush(struct foo_device *fdev);
void foo_hw_kick(struct foo_device *fdev);
u32 foo_hw_status(struct foo_device *fdev);
