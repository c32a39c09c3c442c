// Pins label-based exits: a failed enter jumping to a shared unlock label past the exit, error
// paths jumping to a shared 'out_exit' label that calls drm_dev_exit(), and a guard released
// at a label reached from several paths. All silent. (The firing forms of these shapes are in
// rules/guard-leak/goto-skips-exit.c and rules/guard-unbalanced/exit-after-failed-enter.c.)
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// expected-no-diagnostics

#include <linux/io.h>
#include <linux/mutex.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_CTRL	0x10
#define FOO_SLOT(n)	(0x100 + (n) * 4)

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct mutex lock;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

#define DRM_IOCTL_FOO_SUBMIT	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_CANCEL	DRM_IO(DRM_COMMAND_BASE + 0x01)

static int foo_ioctl_submit(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	u32 *args = data;
	int idx, ret = 0;

	mutex_lock(&fdev->lock);
	if (!drm_dev_enter(dev, &idx)) {
		ret = -ENODEV;
		goto out_unlock;
	}
	if (args[0] >= 8) {
		ret = -EINVAL;
		goto out_exit;
	}
	if (readl(fdev->regs + FOO_SLOT(args[0]))) {
		ret = -16;
		goto out_exit;
	}
	writel(args[1], fdev->regs + FOO_SLOT(args[0]));

out_exit:
	drm_dev_exit(idx);
out_unlock:
	mutex_unlock(&fdev->lock);
	return ret;
}

static int foo_ioctl_cancel(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	u32 *args = data;
	int idx, ret = -ENODEV;

	if (!drm_dev_enter(dev, &idx))
		goto out;
	ret = 0;
	if (args[0] >= 8)
		ret = -EINVAL;
	else
		writel(0, fdev->regs + FOO_SLOT(args[0]));
	drm_dev_exit(idx);
out:
	return ret;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_SUBMIT, foo_ioctl_submit, 0),
	DRM_IOCTL_DEF_DRV(FOO_CANCEL, foo_ioctl_cancel, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
