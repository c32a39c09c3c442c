// Pins the commit after the check: the core runs the mode_config atomic_commit, the commit
// tail and the plane/CRTC commit hooks only after the mode_config atomic_check of the same
// commit returned 0. foo's atomic_check returns 0 only where its display gate (a predicate
// guard the project configures, commit-gate.json) is proven, so no commit starts after
// unbind: the commit callbacks are bound, the ioctl that commits through drm_atomic_commit()
// reaches them only after the check, and the commit work they queue cannot be queued again
// after unbind (remove cancels it). Silent.
//   (no configuration)  the gate is not a guard: the check can return 0 after unbind, and
//                       every commit callback, the ioctl and the commit work fire.
//   -DOPEN_CHECK        the check returns 0 on a path before the gate: the same.
//   -DHELPER_CHECK      the check is the core's drm_atomic_helper_check (not analysed code,
//                       nothing known of its returns): the same.
//   -DDIRECT            an ioctl calls drm_atomic_helper_commit() itself, which runs no check:
//                       it fires through prepare_fb; the callbacks themselves stay bound.
// RUN: %clang_plugin -Xclang -plugin-arg-boundscope -Xclang config=%S/Inputs/commit-gate.json -Xclang -verify %s
// RUN: %bs --config=%S/Inputs/commit-gate.json -Xclang -verify %s
// RUN: %bs --config=%S/Inputs/commit-gate.json --dump-facts %s 2>/dev/null | FileCheck --check-prefix=DUMP %s
// RUN: %bs %s 2>&1 | FileCheck --check-prefixes=ALL,NOCFG --implicit-check-not=warning: %s
// RUN: %bs --config=%S/Inputs/commit-gate.json -DOPEN_CHECK %s 2>&1 | FileCheck --check-prefixes=ALL,OPEN --implicit-check-not=warning: %s
// RUN: %bs --config=%S/Inputs/commit-gate.json -DHELPER_CHECK %s 2>&1 | FileCheck --check-prefixes=ALL,OPEN --implicit-check-not=warning: %s
// RUN: %bs --config=%S/Inputs/commit-gate.json -DDIRECT %s 2>&1 | FileCheck --check-prefixes=DIRECT --implicit-check-not=warning: %s
// expected-no-diagnostics

#include <linux/io.h>
#include <linux/workqueue.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>
#include <drm/drm_crtc.h>
#include <drm/drm_plane.h>
#include <drm/drm_atomic.h>
#include <drm/drm_atomic_helper.h>
#include <drm/drm_mode_config.h>
#include <drm/drm_modeset_helper_vtables.h>

#define FOO_SCANOUT	0x00
#define FOO_COMMIT	0x04
#define FOO_FLUSH	0x08

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	bool display_allowed;			/* cleared on the unbind path, under the locks */
	struct work_struct commit_work;		/* queued only by the commit */
	struct drm_atomic_state *state;
	struct drm_plane plane;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

/* The gate: a predicate guard by the configuration. */
bool foo_display_allowed(struct foo_device *fdev)
{
	return fdev->display_allowed;
}

// DUMP-LABEL: function foo_prepare_fb at
// DUMP-NEXT: context: bound (KMS plane helper callback
// DUMP-NEXT: teardown: runs only after 'foo_atomic_check' returned 0, which it does only while bound
// ALL-DAG: warning: MMIO access without an unbind guard in 'foo_prepare_fb'
static int foo_prepare_fb(struct drm_plane *plane, struct drm_plane_state *new_state)
{
	writel(1, to_foo(plane->dev)->regs + FOO_SCANOUT);
	return 0;
}

static const struct drm_plane_helper_funcs foo_plane_helper_funcs = {
	.prepare_fb = foo_prepare_fb,
};

// ALL-DAG: warning: MMIO access without an unbind guard in 'foo_commit_work'
static void foo_commit_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(work, struct foo_device, commit_work);

	writel(1, fdev->regs + FOO_FLUSH);
}

// DUMP-LABEL: function foo_atomic_commit at
// DUMP-NEXT: context: bound (KMS mode_config callback
// DUMP-NEXT: teardown: runs only after 'foo_atomic_check' returned 0, which it does only while bound
// ALL-DAG: warning: MMIO access without an unbind guard in 'foo_atomic_commit'
static int foo_atomic_commit(struct drm_device *dev, struct drm_atomic_state *state,
			     bool nonblock)
{
	struct foo_device *fdev = to_foo(dev);

	writel(1, fdev->regs + FOO_COMMIT);
	if (nonblock)
		queue_work(system_unbound_wq, &fdev->commit_work);
	return 0;
}

#ifndef HELPER_CHECK
// The check itself runs after unbind, and touches the hardware only behind the gate.
// NOCFG-DAG: warning: MMIO access without an unbind guard in 'foo_atomic_check'
static int foo_atomic_check(struct drm_device *dev, struct drm_atomic_state *state)
{
	struct foo_device *fdev = to_foo(dev);

#ifdef OPEN_CHECK
	if (!state)
		return 0;
#endif
	if (!foo_display_allowed(fdev))
		return -ENODEV;
	if (readl(fdev->regs + FOO_SCANOUT) & 1)
		return -EBUSY;
	return drm_atomic_helper_check(dev, state);
}
#endif

const struct drm_mode_config_funcs foo_mode_config_funcs = {
#ifdef HELPER_CHECK
	.atomic_check = drm_atomic_helper_check,
#else
	.atomic_check = foo_atomic_check,
#endif
	.atomic_commit = foo_atomic_commit,
};

// A driver ioctl that commits: the core checks first.
// ALL-DAG: warning: MMIO access without an unbind guard in 'foo_ioctl_colorkey'
// NOCFG-DAG: note: 'foo_ioctl_colorkey' calls 'drm_atomic_commit' here, which calls 'foo_atomic_check' through 'drm_mode_config_funcs.atomic_check'
// OPEN-DAG: note: 'foo_ioctl_colorkey' calls 'drm_atomic_commit' here, which calls 'foo_atomic_commit' through 'drm_mode_config_funcs.atomic_commit'
static int foo_ioctl_colorkey(struct drm_device *dev, void *data, struct drm_file *file)
{
	return drm_atomic_commit(to_foo(dev)->state);
}

#ifdef DIRECT
// DIRECT-DAG: warning: MMIO access without an unbind guard in 'foo_ioctl_direct'
// DIRECT-DAG: note: 'foo_ioctl_direct' calls 'drm_atomic_helper_commit' here, which calls 'foo_prepare_fb' through 'drm_plane_helper_funcs.prepare_fb'
static int foo_ioctl_direct(struct drm_device *dev, void *data, struct drm_file *file)
{
	return drm_atomic_helper_commit(dev, to_foo(dev)->state, false);
}
#endif

#define DRM_IOCTL_FOO_COLORKEY	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_DIRECT	DRM_IO(DRM_COMMAND_BASE + 0x01)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_COLORKEY, foo_ioctl_colorkey, 0),
#ifdef DIRECT
	DRM_IOCTL_DEF_DRV(FOO_DIRECT, foo_ioctl_direct, 0),
#endif
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};

static int foo_probe(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	INIT_WORK(&fdev->commit_work, foo_commit_work);
	drm_plane_helper_add(&fdev->plane, &foo_plane_helper_funcs);
	return 0;
}

static void foo_remove(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	fdev->display_allowed = false;
	drm_dev_unplug(&fdev->drm);
	cancel_work_sync(&fdev->commit_work);
}

struct platform_driver foo_driver = {
	.probe = foo_probe,
	.remove = foo_remove,
};
