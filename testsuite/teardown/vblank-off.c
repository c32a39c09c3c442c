// Pins the vblank stop: a CRTC's vblank hooks (enable/disable_vblank, get_scanout_position)
// run only while its vblank is on. remove runs drm_atomic_helper_shutdown(), every CRTC's
// atomic_disable turns its vblank off outside the guard and every reset resets it to off, so
// the hooks are bound, and so is what reaches them through the core (the page flip's
// drm_crtc_vblank_get()). The writeback CRTC turns its own vblank back on outside a guard
// after unbind: that re-enables only its own hooks (paired with its helper table by the call
// that passes both), which touch no register. Silent.
//   -DNO_SHUTDOWN   remove never disables the CRTCs: the hooks and their callers fire.
//   -DGUARDED_OFF   the main CRTC turns its vblank off only under its guard: the same, with a
//                   note naming the disable.
//   -DNO_RESET      the main CRTC's reset leaves its vblank as it was: the same, with a note.
//   -DMAIN_ON       the main CRTC's atomic_enable turns its vblank on outside its guard: its
//                   hooks (both tables) and their callers fire, with a note at that call.
//   -DUNPAIRED      the writeback tables are set by two calls: which funcs table its vblank-on
//                   re-enables is unknown, so every CRTC's funcs hooks fire; the main CRTC's
//                   helper hook (get_scanout_position) stays bound.
//   -DINDIRECT_ON   the writeback CRTC turns its vblank on in a helper: which CRTC is unknown,
//                   every hook fires.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// RUN: %bs --dump-facts %s 2>/dev/null | FileCheck --check-prefix=DUMP %s
// RUN: %bs -DNO_SHUTDOWN %s 2>&1 | FileCheck --check-prefixes=ALL,DIS --implicit-check-not=warning: --implicit-check-not="'drm_atomic_helper_shutdown' on the unbind path" %s
// RUN: %clang_plugin -DNO_SHUTDOWN %s 2>&1 | FileCheck --check-prefixes=ALL,DIS --implicit-check-not=warning: %s
// RUN: %bs -DGUARDED_OFF %s 2>&1 | FileCheck --check-prefixes=ALL,NOTE-OFF --implicit-check-not=warning: %s
// RUN: %bs -DNO_RESET %s 2>&1 | FileCheck --check-prefixes=ALL,DIS,NOTE-RESET --implicit-check-not=warning: %s
// RUN: %bs -DINDIRECT_ON %s 2>&1 | FileCheck --check-prefixes=ALL,DIS,NOTE-ON --implicit-check-not=warning: %s
// RUN: %bs -DMAIN_ON %s 2>&1 | FileCheck --check-prefixes=ALL,DIS,MAIN --implicit-check-not=warning: %s
// RUN: %bs -DUNPAIRED %s 2>&1 | FileCheck --check-prefixes=DIS,UNPAIRED --implicit-check-not=warning: %s
// expected-no-diagnostics

#include <linux/io.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>
#include <drm/drm_crtc.h>
#include <drm/drm_atomic_helper.h>
#include <drm/drm_modeset_helper_vtables.h>
#include <drm/drm_vblank.h>

#define FOO_CTRL	0x00
#define FOO_VBL_EN	0x04
#define FOO_LINE	0x08

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct drm_crtc crtc, wb;
};

static struct foo_device *crtc_to_foo(struct drm_crtc *crtc)
{
	return container_of(crtc->dev, struct foo_device, drm);
}

// DUMP-LABEL: function foo_enable_vblank at
// DUMP-NEXT: context: bound (KMS CRTC callback
// ALL-DAG: warning: MMIO access without an unbind guard in 'foo_enable_vblank'
// UNPAIRED-DAG: warning: MMIO access without an unbind guard in 'foo_enable_vblank'
static int foo_enable_vblank(struct drm_crtc *crtc)
{
	writel(1, crtc_to_foo(crtc)->regs + FOO_VBL_EN);
	return 0;
}

// ALL-DAG: warning: MMIO access without an unbind guard in 'foo_disable_vblank'
// UNPAIRED-DAG: warning: MMIO access without an unbind guard in 'foo_disable_vblank'
static void foo_disable_vblank(struct drm_crtc *crtc)
{
	writel(0, crtc_to_foo(crtc)->regs + FOO_VBL_EN);
}

// DUMP-LABEL: function foo_get_scanout_position at
// DUMP-NEXT: context: bound (KMS CRTC helper callback
// ALL-DAG: warning: MMIO access without an unbind guard in 'foo_get_scanout_position'
static bool foo_get_scanout_position(struct drm_crtc *crtc, bool in_vblank_irq, int *vpos,
				     int *hpos, s64 *stime, s64 *etime,
				     const struct drm_display_mode *mode)
{
	*vpos = readl(crtc_to_foo(crtc)->regs + FOO_LINE);
	*hpos = 0;
	return true;
}

// The page flip is a core ioctl's: after unbind it reaches the vblank hooks only while on.
// ALL-DAG: warning: MMIO access without an unbind guard in 'foo_page_flip'
// UNPAIRED-DAG: warning: MMIO access without an unbind guard in 'foo_page_flip'
static int foo_page_flip(struct drm_crtc *crtc, struct drm_framebuffer *fb,
			 struct drm_pending_vblank_event *event, u32 flags,
			 struct drm_modeset_acquire_ctx *ctx)
{
	return drm_crtc_vblank_get(crtc);
}

#ifdef NO_RESET
static void foo_crtc_reset(struct drm_crtc *crtc)
{
}
#endif

static const struct drm_crtc_funcs foo_crtc_funcs = {
#ifdef NO_RESET
	// NOTE-RESET-DAG: note: this CRTC{{.}}s 'reset' does not reset its vblank to off
	.reset = foo_crtc_reset,
#else
	.reset = drm_atomic_helper_crtc_reset,
#endif
	.page_flip = foo_page_flip,
	.enable_vblank = foo_enable_vblank,
	.disable_vblank = foo_disable_vblank,
	.get_vblank_timestamp = drm_crtc_vblank_helper_get_vblank_timestamp,
};

// MAIN-DAG: warning: MMIO access without an unbind guard in 'foo_crtc_atomic_enable'
static void foo_crtc_atomic_enable(struct drm_crtc *crtc, struct drm_atomic_state *state)
{
	struct foo_device *fdev = crtc_to_foo(crtc);
	int idx;

#ifdef MAIN_ON
	// MAIN-DAG: note: 'foo_crtc_atomic_enable' turns a CRTC{{.}}s vblank back on here, outside an unbind guard, after 'drm_atomic_helper_shutdown' on the unbind path turned it off
	drm_crtc_vblank_on(crtc);
#endif
	if (!drm_dev_enter(&fdev->drm, &idx))
		return;
#ifndef MAIN_ON
	drm_crtc_vblank_on(crtc);
#endif
	writel(1, fdev->regs + FOO_CTRL);
	drm_dev_exit(idx);
}

// DIS-DAG: warning: MMIO access without an unbind guard in 'foo_crtc_atomic_disable'
static void foo_crtc_atomic_disable(struct drm_crtc *crtc, struct drm_atomic_state *state)
{
	struct foo_device *fdev = crtc_to_foo(crtc);
	int idx;

#ifndef GUARDED_OFF
	drm_crtc_vblank_off(crtc);
#endif
	if (!drm_dev_enter(&fdev->drm, &idx))
		return;
#ifdef GUARDED_OFF
	drm_crtc_vblank_off(crtc);
#endif
	writel(0, fdev->regs + FOO_CTRL);
	drm_dev_exit(idx);
}

static const struct drm_crtc_helper_funcs foo_crtc_helper_funcs = {
	.atomic_enable = foo_crtc_atomic_enable,
	// NOTE-OFF-DAG: note: 'drm_atomic_helper_shutdown' on the unbind path runs every CRTC{{.}}s 'atomic_disable', but this CRTC{{.}}s does not turn its vblank off outside an unbind guard
	.atomic_disable = foo_crtc_atomic_disable,
	.get_scanout_position = foo_get_scanout_position,
};

/* The writeback CRTC: its vblank is a software one. */
static int foo_wb_enable_vblank(struct drm_crtc *crtc)
{
	return 0;
}

static void foo_wb_reset(struct drm_crtc *crtc)
{
	__drm_atomic_helper_crtc_reset(crtc, NULL);
}

static const struct drm_crtc_funcs foo_wb_crtc_funcs = {
	.reset = foo_wb_reset,
	.page_flip = foo_page_flip,
	.enable_vblank = foo_wb_enable_vblank,
};

/* Shared by both CRTCs' commits: waits for the next vblank through the core. */
static void foo_commit_vblank(struct drm_crtc *crtc)
{
	drm_crtc_vblank_get(crtc);
}

#ifdef INDIRECT_ON
static void foo_wb_start(struct drm_crtc *crtc)
{
	// NOTE-ON-DAG: note: 'foo_wb_start' turns a CRTC{{.}}s vblank back on here
	drm_crtc_vblank_on(crtc);
}
#endif

// ALL-DAG: warning: MMIO access without an unbind guard in 'foo_wb_atomic_enable'
// UNPAIRED-DAG: warning: MMIO access without an unbind guard in 'foo_wb_atomic_enable'
static void foo_wb_atomic_enable(struct drm_crtc *crtc, struct drm_atomic_state *state)
{
#ifdef INDIRECT_ON
	foo_wb_start(crtc);
#else
	// UNPAIRED-DAG: note: 'foo_wb_atomic_enable' turns a CRTC{{.}}s vblank back on here
	drm_crtc_vblank_on(crtc);
#endif
	foo_commit_vblank(crtc);
}

// ALL-DAG: warning: MMIO access without an unbind guard in 'foo_wb_atomic_disable'
// UNPAIRED-DAG: warning: MMIO access without an unbind guard in 'foo_wb_atomic_disable'
static void foo_wb_atomic_disable(struct drm_crtc *crtc, struct drm_atomic_state *state)
{
	drm_crtc_vblank_off(crtc);
}

static const struct drm_crtc_helper_funcs foo_wb_helper_funcs = {
	.atomic_enable = foo_wb_atomic_enable,
	.atomic_disable = foo_wb_atomic_disable,
};

static int foo_crtc_init(struct foo_device *fdev, struct drm_crtc *crtc,
			 const struct drm_crtc_funcs *funcs,
			 const struct drm_crtc_helper_funcs *helpers)
{
	drm_crtc_helper_add(crtc, helpers);
	return drm_crtc_init_with_planes(&fdev->drm, crtc, NULL, NULL, funcs, NULL);
}

static int foo_probe(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);
	int ret;

	ret = foo_crtc_init(fdev, &fdev->crtc, &foo_crtc_funcs, &foo_crtc_helper_funcs);
	if (ret)
		return ret;
#ifdef UNPAIRED
	drm_crtc_helper_add(&fdev->wb, &foo_wb_helper_funcs);
	return drm_crtc_init_with_planes(&fdev->drm, &fdev->wb, NULL, NULL, &foo_wb_crtc_funcs,
					 NULL);
#else
	return foo_crtc_init(fdev, &fdev->wb, &foo_wb_crtc_funcs, &foo_wb_helper_funcs);
#endif
}

static void foo_remove(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

#ifndef NO_SHUTDOWN
	drm_atomic_helper_shutdown(&fdev->drm);
#endif
	drm_dev_unplug(&fdev->drm);
}

struct platform_driver foo_driver = {
	.probe = foo_probe,
	.remove = foo_remove,
};
