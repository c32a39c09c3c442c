// Pins guard-unbalanced for an exit reached after a failed enter: the failure path jumps to a
// label before drm_dev_exit(). Reported at the exit, with a note at the enter that failed on
// that path. The same shape with the failure path jumping past the exit is silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/mutex.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_CTRL	0x10

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct mutex lock;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

#define DRM_IOCTL_FOO_A	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_B	DRM_IO(DRM_COMMAND_BASE + 0x01)

static int foo_ioctl_a(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx, ret = 0;

	mutex_lock(&fdev->lock);
	if (!drm_dev_enter(dev, &idx)) { // expected-note{{'drm_dev_enter' failed on this path}}
		ret = -ENODEV;
		goto out;
	}
	writel(1, fdev->regs + FOO_CTRL);
out:
	drm_dev_exit(idx); // expected-warning{{'drm_dev_exit' called without a held unbind guard on some path}}
	mutex_unlock(&fdev->lock);
	return ret;
}

static int foo_ioctl_b(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx, ret = 0;

	mutex_lock(&fdev->lock);
	if (!drm_dev_enter(dev, &idx)) {
		ret = -ENODEV;
		goto out_unlock;
	}
	writel(1, fdev->regs + FOO_CTRL);
	drm_dev_exit(idx);
out_unlock:
	mutex_unlock(&fdev->lock);
	return ret;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_A, foo_ioctl_a, 0),
	DRM_IOCTL_DEF_DRV(FOO_B, foo_ioctl_b, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
