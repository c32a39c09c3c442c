// Pins which simple-pipe callbacks a disabling commit reaches (checker/data/dispatch.json):
// drm_atomic_helper_shutdown() after drm_dev_unplug() in a USB disconnect runs the pipe's
// disable, so its guard always fails there and the display is never turned off: fires. The
// pipe's check and update are not reached there (the core skips check for a plane that is not
// visible, and calls update only with a NULL framebuffer): their guards are silent, as in gud.
// With -DBEFORE the shutdown comes before the unplug, where the guard still succeeds: silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// RUN: %bs -Xclang -verify=clean -DBEFORE %s
// clean-no-diagnostics

#include <linux/io.h>
#include <linux/usb.h>
#include <drm/drm_drv.h>
#include <drm/drm_atomic_helper.h>
#include <drm/drm_simple_kms_helper.h>

#define FOO_CTRL	0x00
#define FOO_STATE	0x04

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct drm_simple_display_pipe pipe;
};

#define pipe_to_foo(p) container_of(p, struct foo_device, pipe)

static int foo_pipe_check(struct drm_simple_display_pipe *pipe,
			  struct drm_plane_state *plane_state, struct drm_crtc_state *crtc_state)
{
	struct foo_device *fdev = pipe_to_foo(pipe);
	int idx, ret = -ENODEV;

	if (drm_dev_enter(&fdev->drm, &idx)) {
		ret = readl(fdev->regs + FOO_STATE) ? 0 : -EBUSY;
		drm_dev_exit(idx);
	}
	return ret;
}

static void foo_pipe_update(struct drm_simple_display_pipe *pipe,
			    struct drm_plane_state *old_state)
{
	struct foo_device *fdev = pipe_to_foo(pipe);
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx))
		return;
	writel(2, fdev->regs + FOO_CTRL);
	drm_dev_exit(idx);
}

static void foo_pipe_disable(struct drm_simple_display_pipe *pipe)
{
	struct foo_device *fdev = pipe_to_foo(pipe);
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx)) // expected-note{{'foo_pipe_disable' calls 'drm_dev_enter' here}}
		return;
	writel(0, fdev->regs + FOO_CTRL);
	drm_dev_exit(idx);
}

static const struct drm_simple_display_pipe_funcs foo_pipe_funcs = {
	.check = foo_pipe_check,
	.update = foo_pipe_update,
	.disable = foo_pipe_disable,
};

static void foo_disconnect(struct usb_interface *intf)
{
	struct foo_device *fdev = usb_get_intfdata(intf);

#ifdef BEFORE
	drm_atomic_helper_shutdown(&fdev->drm);
	drm_dev_unplug(&fdev->drm);
#else
	drm_dev_unplug(&fdev->drm); // expected-note{{'foo_disconnect' unplugs the device here}}
	// expected-warning@+2{{unbind guard taken on the unbind path after 'drm_dev_unplug'}}
	// expected-note@+1{{'foo_disconnect' calls 'drm_atomic_helper_shutdown' here, which calls 'foo_pipe_disable' through 'drm_simple_display_pipe_funcs.disable'}}
	drm_atomic_helper_shutdown(&fdev->drm);
#endif
}

static struct usb_driver foo_usb_driver = {
	.disconnect = foo_disconnect,
};
