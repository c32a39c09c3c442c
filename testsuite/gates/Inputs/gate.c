/* A small driver with one unguarded ioctl and one leaked guard, for the gate tests. */
#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct gate_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define to_gate(dev) container_of(dev, struct gate_device, drm)

static void gate_kick(struct gate_device *gdev)
{
	writel(1, gdev->regs + 0x10);
}

static int gate_ioctl_kick(struct drm_device *dev, void *data, struct drm_file *file)
{
	gate_kick(to_gate(dev));
	return 0;
}

static int gate_ioctl_wait(struct drm_device *dev, void *data, struct drm_file *file)
{
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	if (!data)
		return -EINVAL;
	gate_kick(to_gate(dev));
	drm_dev_exit(idx);
	return 0;
}

#define DRM_IOCTL_GATE_KICK	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_GATE_WAIT	DRM_IO(DRM_COMMAND_BASE + 0x01)

static const struct drm_ioctl_desc gate_ioctls[] = {
	DRM_IOCTL_DEF_DRV(GATE_KICK, gate_ioctl_kick, 0),
	DRM_IOCTL_DEF_DRV(GATE_WAIT, gate_ioctl_wait, 0),
};

const struct drm_driver gate_drm_driver = {
	.ioctls = gate_ioctls,
	.num_ioctls = ARRAY_SIZE(gate_ioctls),
};
