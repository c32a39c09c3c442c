// Pins the fence kill: the dma-fence core runs a fence's signaled and enable_signaling
// callbacks only while the fence is not yet signalled. foo's remove runs foo_fence_ctx_kill(),
// which signals every pending fence and refuses new ones, and the project declares so
// (fence-kill.json: the function and its dma_fence_ops table). So those two callbacks are
// bound, and so is the retire work's call of dma_fence_is_signaled(), a kernel header's body
// that runs the signaled callback. The wait callback stays after-unbind: the core runs it
// whatever the fence's state. Fires there only.
//   (no configuration)  nothing is declared: signaled, enable_signaling and the retire work
//                       fire too.
//   -DNOT_ON_PATH       remove does not kill the fences (an ioctl does): the same, with a
//                       note that the declared kill is not met.
//   -DNO_SIGNAL         the kill only marks the context dead, signalling nothing: the same,
//                       with the note.
//   -DOTHER_TABLE       the callbacks are in a table the declaration does not name: the same.
//   -DDIRECT            an ioctl calls the signaled callback through the fence's ops itself,
//                       bypassing the core's test: it fires through foo_fence_signaled, which
//                       stays bound.
// RUN: %clang_plugin -Xclang -plugin-arg-boundscope -Xclang config=%S/Inputs/fence-kill.json %s 2>&1 | FileCheck --check-prefixes=ALL --implicit-check-not=warning: %s
// RUN: %bs --config=%S/Inputs/fence-kill.json %s 2>&1 | FileCheck --check-prefixes=ALL --implicit-check-not=warning: %s
// RUN: %bs --config=%S/Inputs/fence-kill.json --dump-facts %s 2>/dev/null | FileCheck --check-prefix=DUMP %s
// RUN: %bs %s 2>&1 | FileCheck --check-prefixes=ALL,OPEN --implicit-check-not=warning: --implicit-check-not="configuration declares" %s
// RUN: %bs --config=%S/Inputs/fence-kill.json -DNOT_ON_PATH %s 2>&1 | FileCheck --check-prefixes=ALL,OPEN,UNMET --implicit-check-not=warning: %s
// RUN: %bs --config=%S/Inputs/fence-kill.json -DNO_SIGNAL %s 2>&1 | FileCheck --check-prefixes=ALL,OPEN,UNMET --implicit-check-not=warning: %s
// RUN: %bs --config=%S/Inputs/fence-kill.json -DOTHER_TABLE %s 2>&1 | FileCheck --check-prefixes=ALL,OPEN --implicit-check-not=warning: --implicit-check-not="configuration declares" %s
// RUN: %bs --config=%S/Inputs/fence-kill.json -DDIRECT %s 2>&1 | FileCheck --check-prefixes=ALL,DIRECT --implicit-check-not=warning: %s

#include <linux/io.h>
#include <linux/dma-fence.h>
#include <linux/workqueue.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_SEQNO	0x00
#define FOO_IRQ_EN	0x04

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct foo_fence *pending[8];	/* under the fence lock */
	bool killed;
	struct work_struct retire_work;
	struct dma_fence *last;
};

struct foo_fence {
	struct dma_fence base;
	struct foo_device *fdev;
};

#define to_foo_fence(f) container_of(f, struct foo_fence, base)
#define to_foo(dev) container_of(dev, struct foo_device, drm)

static const char *foo_fence_name(struct dma_fence *f)
{
	return "foo";
}

// DUMP-LABEL: function foo_fence_signaled at
// DUMP-NEXT: context: bound (dma_fence_ops callback
// DUMP-NEXT: teardown: stopped on the unbind path by {{.*}}fence-kill.c:[[#KILL:]]:
// OPEN-DAG: warning: MMIO access without an unbind guard in 'foo_fence_signaled'
// UNMET-DAG: note: the configuration declares that 'foo_fence_ctx_kill' signals this table's fences on the unbind path, but it is not analysed code there that signals a fence
static bool foo_fence_signaled(struct dma_fence *f)
{
	return readl(to_foo_fence(f)->fdev->regs + FOO_SEQNO) >= f->seqno;
}

// DUMP-LABEL: function foo_fence_enable_signaling at
// DUMP-NEXT: context: bound (dma_fence_ops callback
// OPEN-DAG: warning: MMIO access without an unbind guard in 'foo_fence_enable_signaling'
static bool foo_fence_enable_signaling(struct dma_fence *f)
{
	writel(1, to_foo_fence(f)->fdev->regs + FOO_IRQ_EN);
	return true;
}

// DUMP-LABEL: function foo_fence_wait at
// DUMP-NEXT: context: after-unbind (dma_fence_ops callback
// ALL-DAG: warning: MMIO access without an unbind guard in 'foo_fence_wait'
static long foo_fence_wait(struct dma_fence *f, bool intr, long timeout)
{
	while (readl(to_foo_fence(f)->fdev->regs + FOO_SEQNO) < f->seqno && timeout > 0)
		timeout--;
	return timeout;
}

#ifdef OTHER_TABLE
#define foo_fence_ops foo_hw_fence_ops
#endif

const struct dma_fence_ops foo_fence_ops = {
	.get_driver_name = foo_fence_name,
	.get_timeline_name = foo_fence_name,
	.signaled = foo_fence_signaled,
	.enable_signaling = foo_fence_enable_signaling,
	.wait = foo_fence_wait,
};

// The kill the configuration declares.
void foo_fence_ctx_kill(struct foo_device *fdev)
{
	fdev->killed = true;
	for (int i = 0; i < 8; i++)
#ifndef NO_SIGNAL
		if (fdev->pending[i])
			dma_fence_signal_locked(&fdev->pending[i]->base);
#else
		fdev->pending[i] = NULL;
#endif
}

// The retire work asks the core whether the last fence is done.
// OPEN-DAG: warning: MMIO access without an unbind guard in 'foo_retire_work'
// OPEN-DAG: note: 'dma_fence_is_signaled' calls 'foo_fence_signaled' here
static void foo_retire_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(work, struct foo_device, retire_work);

	if (dma_fence_is_signaled(fdev->last))
		fdev->last = NULL;
}

static int foo_ioctl_submit(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);

	queue_work(system_wq, &fdev->retire_work);
#ifdef NOT_ON_PATH
	foo_fence_ctx_kill(fdev);
#endif
	return 0;
}

#ifdef DIRECT
// DIRECT-DAG: warning: MMIO access without an unbind guard in 'foo_ioctl_poll'
// DIRECT-DAG: note: 'foo_ioctl_poll' calls 'foo_fence_signaled' here
static int foo_ioctl_poll(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct dma_fence *f = to_foo(dev)->last;

	return f->ops->signaled(f);
}
#endif

#define DRM_IOCTL_FOO_SUBMIT	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_POLL	DRM_IO(DRM_COMMAND_BASE + 0x01)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_SUBMIT, foo_ioctl_submit, 0),
#ifdef DIRECT
	DRM_IOCTL_DEF_DRV(FOO_POLL, foo_ioctl_poll, 0),
#endif
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};

static int foo_probe(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	INIT_WORK(&fdev->retire_work, foo_retire_work);
	return 0;
}

static void foo_remove(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);

	drm_dev_unplug(&fdev->drm);
#ifndef NOT_ON_PATH
	foo_fence_ctx_kill(fdev);	// DUMP-DAG: [[#KILL]]
#endif
}

struct platform_driver foo_driver = {
	.probe = foo_probe,
	.remove = foo_remove,
};
