/* A driver whose hardware hook is called through a table; its KUnit tests supply a mock. */
#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct foo_device;

struct foo_hw_ops {
	void (*poke)(struct foo_device *fdev);
};

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	const struct foo_hw_ops *ops;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)
