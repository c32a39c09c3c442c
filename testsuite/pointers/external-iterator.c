// Pins a driver function handed to a function outside the driver: idr_for_each() calls it
// synchronously, in the caller's context (as vc4's postclose stops its perfmons). A
// registration the context table knows (a timer) is not such a call.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/idr.h>
#include <linux/timer.h>
#include <drm/drm_drv.h>
#include <drm/drm_file.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct timer_list timer;
};

struct foo_file {
	struct idr perfmons;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

static int foo_perfmon_stop_one(int id, void *p, void *data)
{
	struct foo_device *fdev = data;

	writel(id, fdev->regs + 0x80); // expected-note{{'foo_perfmon_stop_one' accesses MMIO with 'writel' here}}
	return 0;
}

static int foo_count_one(int id, void *p, void *data)
{
	(*(int *)data)++;
	return 0;
}

static void foo_postclose(struct drm_device *dev, struct drm_file *file)
{
	struct foo_file *ff = file->driver_priv;
	int n = 0;

	idr_for_each(&ff->perfmons, foo_count_one, &n);
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_postclose', which can run after unbind}}
	// expected-note@+1{{'foo_postclose' passes 'foo_perfmon_stop_one' to 'idr_for_each' here}}
	idr_for_each(&ff->perfmons, foo_perfmon_stop_one, to_foo(dev));
	idr_destroy(&ff->perfmons);
}

/* A registration, not a call: the timer runs later, in its own context, not in foo_open's. */
static void foo_tick(struct timer_list *t)
{
}

static int foo_open(struct drm_device *dev, struct drm_file *file)
{
	timer_setup(&to_foo(dev)->timer, foo_tick, 0);
	return 0;
}

const struct drm_driver foo_drm_driver = {
	.open = foo_open,
	.postclose = foo_postclose, // expected-note{{'foo_postclose' is a drm_driver callback, registered here}}
};
