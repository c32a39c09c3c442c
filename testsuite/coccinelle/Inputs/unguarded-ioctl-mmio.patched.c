// Input of testsuite/coccinelle/unguarded-ioctl-mmio.test.
#include "unguarded-ioctl-mmio.h"

#define to_foo(dev) container_of(dev, struct foo_device, drm)

/* A wrapper in the .c file, around a wrapper of the header. */
static void foo_flush(struct foo_device *fdev)
{
	gpu_write(fdev, 0x30, 1);
}

/* fires: direct writel */
static int __foo_ioctl_direct(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);

	writel(1, fdev->regs + 0x10);
	return 0;
}

static int foo_ioctl_direct(struct drm_device *dev, void *data,
			    struct drm_file *file)
{
	int ret;
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	ret = __foo_ioctl_direct(dev, data, file);
	drm_dev_exit(idx);
	return ret;
}

/* fires: static wrapper -> header macro -> writel, and the header inline */
static int __foo_ioctl_wrapped(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);

	foo_flush(fdev);
	if (gpu_read(fdev, 0x4) & 1)
		return -EBUSY;
	return 0;
}

static int foo_ioctl_wrapped(struct drm_device *dev, void *data,
			     struct drm_file *file)
{
	int ret;
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	ret = __foo_ioctl_wrapped(dev, data, file);
	drm_dev_exit(idx);
	return ret;
}

/* silent: guarded, exit on every path */
static int foo_ioctl_guarded(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx, ret = 0;
	u32 v;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	if (gpu_read_poll(fdev, 0x8, v, v & 1)) {
		ret = -ETIMEDOUT;
		goto out;
	}
	gpu_write(fdev, 0x10, v);
out:
	drm_dev_exit(idx);
	return ret;
}

/* fires: access after drm_dev_exit */
static int foo_ioctl_after_exit(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	gpu_write(fdev, 0x10, 1);
	drm_dev_exit(idx);
	gpu_write(fdev, 0x14, 1);
	return 0;
}

/* positive form: the block is guarded (silent), after it fires */
static int foo_ioctl_positive(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx;

	if (drm_dev_enter(dev, &idx)) {
		gpu_write(fdev, 0x10, 1);
		drm_dev_exit(idx);
	}
	return gpu_read(fdev, 0x18);
}

/* fires: access where the enter failed */
static int foo_ioctl_failure(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx;

	if (!drm_dev_enter(dev, &idx)) {
		writel(0, fdev->regs + 0x20);
		return -ENODEV;
	}
	writel(1, fdev->regs + 0x20);
	drm_dev_exit(idx);
	return 0;
}

/* fires: a handler that is not static (declared in a header) */
static int __foo_ioctl_extern(struct drm_device *dev, void *data, struct drm_file *file)
{
	return readl(to_foo(dev)->regs + 0x50) ? 0 : -EIO;
}

int foo_ioctl_extern(struct drm_device *dev, void *data,
		     struct drm_file *file)
{
	int ret;
	int idx;

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	ret = __foo_ioctl_extern(dev, data, file);
	drm_dev_exit(idx);
	return ret;
}

/* silent: not registered anywhere (bound or unknown context) */
static int foo_helper_not_entry(struct foo_device *fdev)
{
	writel(1, fdev->regs + 0x10);
	return 0;
}

/* silent: no hardware access */
static int foo_ioctl_nohw(struct drm_device *dev, void *data, struct drm_file *file)
{
	return foo_helper_not_entry != 0;
}

/* fires: file_operations and vm_operations_struct callbacks */
static int foo_release(struct inode *inode, struct file *filp)
{
	struct foo_device *fdev = filp->private_data;

	gpu_write(fdev, 0x40, 0);
	return 0;
}

static vm_fault_t foo_vm_fault(struct vm_fault *vmf)
{
	struct foo_device *fdev = vmf->vma->vm_private_data;

	return gpu_read(fdev, 0x44) ? VM_FAULT_SIGBUS : 0;
}

#define FOO_IOCTL(n, func, flags) \
	DRM_IOCTL_DEF_DRV(FOO_##n, foo_ioctl_##func, flags)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_DIRECT, foo_ioctl_direct, DRM_RENDER_ALLOW),
	FOO_IOCTL(WRAPPED, wrapped, DRM_RENDER_ALLOW),
	FOO_IOCTL(GUARDED, guarded, DRM_RENDER_ALLOW),
	FOO_IOCTL(AFTER_EXIT, after_exit, DRM_RENDER_ALLOW),
	FOO_IOCTL(POSITIVE, positive, DRM_RENDER_ALLOW),
	FOO_IOCTL(FAILURE, failure, DRM_RENDER_ALLOW),
	FOO_IOCTL(NOHW, nohw, DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(FOO_EXTERN, foo_ioctl_extern, 0),
};

static const struct file_operations foo_fops = {
	.owner = THIS_MODULE,
	.release = foo_release,
};

static const struct vm_operations_struct foo_vm_ops = {
	.fault = foo_vm_fault,
};
