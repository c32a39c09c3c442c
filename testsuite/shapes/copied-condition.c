// Pins a condition tested, then copied into a local that decides the guard, while the original
// decides the exit: 'if (args->sync) ... else ...; hw = args->sync; if (hw && !drm_dev_enter())
// return; ...; if (args->sync) drm_dev_exit()'. The paths that tested args->sync true and false
// meet before the copy; keeping them apart there is what ties 'hw' to 'args->sync', so the
// guard is balanced (silent). The same function with the exit tested on another flag fires.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_FLUSH	0x30

struct foo_flush {
	bool sync, stats;
};

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	unsigned int sync_flushes, async_flushes;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

static int foo_ioctl_flush(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	struct foo_flush *args = data;
	bool hw;
	int idx;

	if (args->sync)
		fdev->sync_flushes++;
	else
		fdev->async_flushes++;
	hw = args->sync;	/* only a synchronous flush goes to the hardware */
	if (hw && !drm_dev_enter(dev, &idx))
		return -ENODEV;
	if (hw)
		writel(1, fdev->regs + FOO_FLUSH);
	if (args->sync)
		drm_dev_exit(idx);
	return 0;
}

static int foo_ioctl_flush_stats(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	struct foo_flush *args = data;
	bool hw;
	int idx;

	if (args->sync)
		fdev->sync_flushes++;
	else
		fdev->async_flushes++;
	hw = args->sync;
	if (hw && !drm_dev_enter(dev, &idx)) // expected-note{{unbind guard taken here}}
		return -ENODEV;
	if (hw)
		writel(1, fdev->regs + FOO_FLUSH);
	if (args->stats)
		drm_dev_exit(idx); // expected-warning{{'drm_dev_exit' called without a held unbind guard on some path}}
	return 0; // expected-warning{{'foo_ioctl_flush_stats' can return here with the unbind guard from 'drm_dev_enter' still held}}
}

#define DRM_IOCTL_FOO_FLUSH		DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_FLUSH_STATS	DRM_IO(DRM_COMMAND_BASE + 0x01)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_FLUSH, foo_ioctl_flush, 0),
	DRM_IOCTL_DEF_DRV(FOO_FLUSH_STATS, foo_ioctl_flush_stats, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
