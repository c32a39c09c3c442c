// Pins address provenance: accessors and poll helpers on plain memory (firmware interface
// structures in vmapped memory, a u32 * field) are not MMIO, even in an after-unbind ioctl.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// expected-no-diagnostics

#include <linux/iopoll.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct foo_fw_iface {
	u32 req;
	u32 ack;
	u32 status;
};

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct foo_fw_iface *fw_iface;	/* vmapped firmware memory, not MMIO */
	u32 *fw_status;			/* likewise */
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

#define DRM_IOCTL_FOO_FW_WAIT	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_FW_POLL	DRM_IO(DRM_COMMAND_BASE + 0x01)
#define DRM_IOCTL_FOO_FW_READ	DRM_IO(DRM_COMMAND_BASE + 0x02)

static int foo_ioctl_fw_wait(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	u32 ack;

	return read_poll_timeout_atomic(READ_ONCE, ack, ack == fdev->fw_iface->req, 10, 1000,
					false, fdev->fw_iface->ack);
}

static int foo_ioctl_fw_poll(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	u32 status;

	return readl_poll_timeout(fdev->fw_status, status, status & 1, 10, 1000);
}

static int foo_ioctl_fw_read(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	u32 *out = data;

	*out = readl(fdev->fw_status + 1);
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_FW_WAIT, foo_ioctl_fw_wait, 0),
	DRM_IOCTL_DEF_DRV(FOO_FW_POLL, foo_ioctl_fw_poll, 0),
	DRM_IOCTL_DEF_DRV(FOO_FW_READ, foo_ioctl_fw_read, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
