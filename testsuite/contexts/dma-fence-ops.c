// Pins dma_fence_ops callbacks: after-unbind (fences are shared with other drivers and
// user space). Unguarded fires, guarded is silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/dma-fence.h>
#include <drm/drm_drv.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

struct foo_fence {
	struct dma_fence base;
	struct foo_device *fdev;
	u32 seqno;
};

#define to_foo_fence(f) container_of(f, struct foo_fence, base)

static const char *foo_fence_get_driver_name(struct dma_fence *f)
{
	return "foo";
}

static bool foo_fence_signaled(struct dma_fence *f)
{
	struct foo_fence *fence = to_foo_fence(f);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_fence_signaled', which can run after unbind}}
	// expected-note@+1{{'foo_fence_signaled' accesses MMIO with 'readl' here}}
	return readl(fence->fdev->regs + 0x600) >= fence->seqno;
}

static bool foo_fence_enable_signaling(struct dma_fence *f)
{
	struct foo_fence *fence = to_foo_fence(f);
	int idx;

	if (!drm_dev_enter(&fence->fdev->drm, &idx))
		return false;
	writel(fence->seqno, fence->fdev->regs + 0x604);
	drm_dev_exit(idx);
	return true;
}

static const struct dma_fence_ops foo_fence_ops = {
	.get_driver_name = foo_fence_get_driver_name,
	.get_timeline_name = foo_fence_get_driver_name,
	.enable_signaling = foo_fence_enable_signaling,
	.signaled = foo_fence_signaled, // expected-note{{'foo_fence_signaled' is a dma_fence_ops callback, registered here}}
};

void foo_fence_init(struct foo_fence *fence, u64 context)
{
	dma_fence_init(&fence->base, &foo_fence_ops, NULL, context, fence->seqno);
}
