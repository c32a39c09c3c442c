// Pins guard cookies that are not plain variables (array elements): the analysis cannot tell
// two of them apart, so it tracks them as one. One such guard at a time is exact: copying
// between the device and its companion with the companion's cookie in an array is balanced
// (silent). Two such guards held at once would be one guard to it, its exit would look
// unbalanced and a leak of the other could go unseen, so that function is reported as not
// analysed, naming where the second guard is taken, and the command exits with 2.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: sh -c '%bs -Xclang -verify %s; echo exit=$?' 2>&1 | FileCheck %s
// CHECK: boundscope: error: 1 function(s) in {{.*}}unnamed-cookies.c could not be analysed
// CHECK: exit=2

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_SRC		0x100
#define FOO_DST		0x200

struct foo_device {
	struct drm_device drm;
	struct drm_device *aux;		/* the companion, unplugged on its own */
	void __iomem *regs;
	void __iomem *aux_regs;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

static int foo_ioctl_copy(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx, aux_idx[1];

	if (!drm_dev_enter(dev, &idx))
		return -ENODEV;
	if (!drm_dev_enter(fdev->aux, &aux_idx[0])) {
		drm_dev_exit(idx);
		return -ENODEV;
	}
	writel(readl(fdev->regs + FOO_SRC), fdev->aux_regs + FOO_DST);
	drm_dev_exit(aux_idx[0]);
	drm_dev_exit(idx);
	return 0;
}

// expected-warning@+1{{boundscope could not analyse 'foo_ioctl_copy_both': it takes the unbind guard at line 53 while another is held, and cannot tell their cookies apart (not plain variables)}}
static int foo_ioctl_copy_both(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	int idx[2];

	if (!drm_dev_enter(dev, &idx[0]))
		return -ENODEV;
	if (!drm_dev_enter(fdev->aux, &idx[1])) {
		drm_dev_exit(idx[0]);
		return -ENODEV;
	}
	writel(readl(fdev->regs + FOO_SRC), fdev->aux_regs + FOO_DST);
	drm_dev_exit(idx[1]);
	drm_dev_exit(idx[0]);
	return 0;
}

#define DRM_IOCTL_FOO_COPY	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_COPY_BOTH	DRM_IO(DRM_COMMAND_BASE + 0x01)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_COPY, foo_ioctl_copy, 0),
	DRM_IOCTL_DEF_DRV(FOO_COPY_BOTH, foo_ioctl_copy_both, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
