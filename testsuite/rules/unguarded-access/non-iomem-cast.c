// Pins address provenance through a cast: a u32 * into plain (vmapped) memory, cast to an
// __iomem pointer to satisfy sparse, still comes from a plain declaration: not MMIO.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// expected-no-diagnostics

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	u32 *fw_shared;		/* vmapped firmware memory, not MMIO */
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

#define DRM_IOCTL_FOO_FW_READ	DRM_IO(DRM_COMMAND_BASE + 0x00)

static int foo_ioctl_fw_read(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	u32 *out = data;

	*out = readl((void __force __iomem *)(fdev->fw_shared + 4));
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_FW_READ, foo_ioctl_fw_read, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
