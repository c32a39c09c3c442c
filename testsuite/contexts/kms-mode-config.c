// Pins drm_mode_config_funcs, drm_mode_config_helper_funcs and drm_framebuffer_funcs as
// after-unbind: a commit tail (run on system_unbound_wq for nonblocking commits) and a
// framebuffer .dirty (the DIRTYFB ioctl and the fbdev damage worker) that write registers
// unguarded fire; guarded they are silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_mode_config.h>
#include <drm/drm_framebuffer.h>
#include <drm/drm_atomic_helper.h>
#include <drm/drm_modeset_helper_vtables.h>

#define FOO_COMMIT	0x00
#define FOO_DAMAGE	0x04

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

struct drm_atomic_state {
	struct drm_device *dev;
};

#define to_foo(d) container_of(d, struct foo_device, drm)

static void foo_atomic_commit_tail(struct drm_atomic_state *state)
{
	drm_atomic_helper_commit_tail(state);
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_atomic_commit_tail', which can run after unbind}}
	// expected-note@+1{{'foo_atomic_commit_tail' accesses MMIO with 'writel' here}}
	writel(1, to_foo(state->dev)->regs + FOO_COMMIT);
}

static const struct drm_mode_config_helper_funcs foo_mode_config_helpers = {
	.atomic_commit_tail = foo_atomic_commit_tail, // expected-note{{'foo_atomic_commit_tail' is a KMS commit tail callback, registered here}}
};

static int foo_atomic_check(struct drm_device *dev, struct drm_atomic_state *state)
{
	int idx, ret = -ENODEV;

	if (drm_dev_enter(dev, &idx)) {
		ret = readl(to_foo(dev)->regs + FOO_COMMIT) ? -EBUSY : 0;
		drm_dev_exit(idx);
	}
	return ret ? ret : drm_atomic_helper_check(dev, state);
}

static const struct drm_mode_config_funcs foo_mode_config_funcs = {
	.atomic_check = foo_atomic_check,
	.atomic_commit = drm_atomic_helper_commit,
};

static int foo_fb_dirty(struct drm_framebuffer *fb, struct drm_file *file, unsigned int flags,
			unsigned int color, struct drm_clip_rect *clips, unsigned int num_clips)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_fb_dirty', which can run after unbind}}
	// expected-note@+1{{'foo_fb_dirty' accesses MMIO with 'writel' here}}
	writel(num_clips, to_foo(fb->dev)->regs + FOO_DAMAGE);
	return 0;
}

static void foo_fb_destroy(struct drm_framebuffer *fb)
{
	int idx;

	if (!drm_dev_enter(fb->dev, &idx))
		return;
	writel(0, to_foo(fb->dev)->regs + FOO_DAMAGE);
	drm_dev_exit(idx);
}

const struct drm_framebuffer_funcs foo_fb_funcs = {
	.dirty = foo_fb_dirty, // expected-note{{'foo_fb_dirty' is a KMS framebuffer callback, registered here}}
	.destroy = foo_fb_destroy,
};

struct foo_mode_config {
	const struct drm_mode_config_funcs *funcs;
	const struct drm_mode_config_helper_funcs *helper_private;
};

void foo_mode_config_init(struct foo_mode_config *mc)
{
	mc->funcs = &foo_mode_config_funcs;
	mc->helper_private = &foo_mode_config_helpers;
}
