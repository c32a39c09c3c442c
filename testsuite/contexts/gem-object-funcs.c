// Pins drm_gem_object_funcs callbacks: after-unbind (objects are freed when the last reference
// goes, possibly after unbind). Unguarded fires, guarded is silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_gem.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

struct foo_bo {
	struct drm_gem_object base;
	u32 handle;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)
#define to_foo_bo(obj) container_of(obj, struct foo_bo, base)

static void foo_gem_free(struct drm_gem_object *obj)
{
	struct foo_device *fdev = to_foo(obj->dev);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_gem_free', which can run after unbind}}
	// expected-note@+1{{'foo_gem_free' accesses MMIO with 'writel' here}}
	writel(to_foo_bo(obj)->handle, fdev->regs + 0x500);
	drm_gem_object_release(obj);
}

static void foo_gem_close(struct drm_gem_object *obj, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(obj->dev);
	int idx;

	if (!drm_dev_enter(obj->dev, &idx))
		return;
	writel(to_foo_bo(obj)->handle, fdev->regs + 0x504);
	drm_dev_exit(idx);
}

static const struct drm_gem_object_funcs foo_gem_funcs = {
	.free = foo_gem_free, // expected-note{{'foo_gem_free' is a GEM object callback, registered here}}
	.close = foo_gem_close,
};

void foo_bo_init(struct foo_bo *bo)
{
	bo->base.funcs = &foo_gem_funcs;
}
