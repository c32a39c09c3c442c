// Pins unplug-in-guard for a direct call: drm_dev_unplug() inside a held guard waits in
// synchronize_srcu() for that very guard. Reported at the call, with a note at the enter and
// the chain note for the call itself. A work item detecting a fatal error, and an ioctl.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/workqueue.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_STATUS	0x14
#define FOO_FATAL	0x80000000u

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct work_struct fatal_work;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

static void foo_fatal_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(work, struct foo_device, fatal_work);
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx)) // expected-note{{unbind guard taken here}}
		return;
	if (readl(fdev->regs + FOO_STATUS) & FOO_FATAL)
		// expected-warning@+2{{'drm_dev_unplug' reached while an unbind guard is held; it waits for the guard and deadlocks}}
		// expected-note@+1{{'foo_fatal_work' calls 'drm_dev_unplug' here}}
		drm_dev_unplug(&fdev->drm);
	drm_dev_exit(idx);
}

void foo_init_work(struct foo_device *fdev)
{
	INIT_WORK(&fdev->fatal_work, foo_fatal_work);
}

#define DRM_IOCTL_FOO_DIE	DRM_IO(DRM_COMMAND_BASE + 0x00)

static int foo_ioctl_die(struct drm_device *dev, void *data, struct drm_file *file)
{
	int idx;

	if (!drm_dev_enter(dev, &idx)) // expected-note{{unbind guard taken here}}
		return -ENODEV;
	// expected-warning@+2{{'drm_dev_unplug' reached while an unbind guard is held; it waits for the guard and deadlocks}}
	// expected-note@+1{{'foo_ioctl_die' calls 'drm_dev_unplug' here}}
	drm_dev_unplug(dev);
	drm_dev_exit(idx);
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_DIE, foo_ioctl_die, 0),
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
