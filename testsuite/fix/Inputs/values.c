/* Returns whose value calls a function: the call must run inside the guard, so the fix
 * computes it into 'ret' (the body's own when it declares one of the return type, else one
 * it declares), then releases the guard and returns that. */
#include <linux/io.h>
#include <linux/mm.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct val_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define to_val(dev) container_of(dev, struct val_device, drm)

static int val_read(struct val_device *vdev, u32 reg)
{
	return readl(vdev->regs + reg);
}

static void val_kick(struct val_device *vdev)
{
	writel(1, vdev->regs + 0x100);
}

/* the body's own 'ret' of the return type */
static int val_ioctl_own(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct val_device *vdev = to_val(dev);
	int ret;

	ret = val_read(vdev, 0x10);
	if (ret)
		return ret;
	return val_read(vdev, 0x14);
}

/* 'ret' of another type: a fresh name; a braceless if and a one-line if */
static int val_ioctl_fresh(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct val_device *vdev = to_val(dev);
	u64 ret = 0;

	writel(ret, vdev->regs + 0x20);
	if (data)
		return val_read(vdev, 0x24);
	if (file) return val_read(vdev, 0x28);
	return 0;
}

/* a void function returning a void call */
static void val_postclose(struct drm_device *dev, struct drm_file *file)
{
	return val_kick(to_val(dev));
}

/* a fault handler: its own return type */
static vm_fault_t val_status(struct val_device *vdev)
{
	return readl(vdev->regs + 0x30) ? VM_FAULT_NOPAGE : VM_FAULT_SIGBUS;
}

static vm_fault_t val_fault(struct vm_fault *vmf)
{
	struct val_device *vdev = vmf->vma->vm_private_data;

	return val_status(vdev);
}

const struct vm_operations_struct val_vm_ops = {
	.fault = val_fault,
};

/* a guard leak at a return whose value calls a function */
static int val_ioctl_leak(struct drm_device *dev, void *data, struct drm_file *file)
{
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	if (data)
		return val_read(to_val(dev), 0x40);
	writel(0, to_val(dev)->regs + 0x44);
	drm_dev_exit(idx);
	return 0;
}

#define DRM_IOCTL_VAL_OWN	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_VAL_FRESH	DRM_IO(DRM_COMMAND_BASE + 0x01)
#define DRM_IOCTL_VAL_LEAK	DRM_IO(DRM_COMMAND_BASE + 0x02)

static const struct drm_ioctl_desc val_ioctls[] = {
	DRM_IOCTL_DEF_DRV(VAL_OWN, val_ioctl_own, 0),
	DRM_IOCTL_DEF_DRV(VAL_FRESH, val_ioctl_fresh, 0),
	DRM_IOCTL_DEF_DRV(VAL_LEAK, val_ioctl_leak, 0),
};

const struct drm_driver val_drm_driver = {
	.postclose = val_postclose,
	.ioctls = val_ioctls,
	.num_ioctls = ARRAY_SIZE(val_ioctls),
};
