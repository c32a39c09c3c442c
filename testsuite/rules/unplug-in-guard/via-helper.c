// Pins unplug-in-guard through helpers: the call inside the guard that reaches
// drm_dev_unplug() (two levels down) is reported, with the enter note and one note per call
// down to the unplug.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_STATUS	0x14

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	bool dead;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

static void foo_device_lost(struct foo_device *fdev)
{
	fdev->dead = true;
	drm_dev_unplug(&fdev->drm); // expected-note{{'foo_device_lost' calls 'drm_dev_unplug' here}}
}

static int foo_check_health(struct foo_device *fdev)
{
	if (readl(fdev->regs + FOO_STATUS) != ~0u)
		return 0;
	foo_device_lost(fdev); // expected-note{{'foo_check_health' calls 'foo_device_lost' here}}
	return -ENODEV;
}

#define DRM_IOCTL_FOO_QUERY	DRM_IO(DRM_COMMAND_BASE + 0x00)

static int foo_ioctl_query(struct drm_device *dev, void *data, struct drm_file *file)
{
	int idx, ret;

	if (!drm_dev_enter(dev, &idx)) // expected-note{{unbind guard taken here}}
		return -ENODEV;
	// expected-warning@+2{{'drm_dev_unplug' reached while an unbind guard is held; it waits for the guard and deadlocks}}
	// expected-note@+1{{'foo_ioctl_query' calls 'foo_check_health' here}}
	ret = foo_check_health(to_foo(dev));
	drm_dev_exit(idx);
	return ret;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_QUERY, foo_ioctl_query, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
