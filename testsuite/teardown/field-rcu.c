// Pins a predicate field read through READ_ONCE() or rcu_dereference(): both reach the field
// as *(volatile T *)&(p->m), rcu_dereference() through a local of a statement expression. A
// pointer the unbind path clears under RCU (each pending fence's channel, set to NULL before
// synchronize_rcu() and the unmap) guards where the value read was non-NULL, also through the
// local it was kept in. A pointer read and not tested guards nothing, and WRITE_ONCE() is a
// store: a local overwritten that way no longer holds the test's result.
// RUN: %clang_plugin -Xclang -plugin-arg-boundscope -Xclang config=%S/Inputs/field-rcu.json -Xclang -verify=with %s
// RUN: %bs --config=%S/Inputs/field-rcu.json -Xclang -verify=with %s
// RUN: %bs -Xclang -verify=without %s

#include <linux/container_of.h>
#include <linux/dma-fence.h>
#include <linux/io.h>
#include <linux/rcupdate.h>
#include <drm/drm_drv.h>

struct foo_chan {
	void __iomem *user;
};

struct foo_fence {
	struct dma_fence base;
	struct foo_chan __rcu *channel;	/* NULL once signalled, then synchronize_rcu() */
};

#define to_foo_fence(f) container_of(f, struct foo_fence, base)

static bool foo_fence_signaled(struct dma_fence *f)
{
	struct foo_fence *fence = to_foo_fence(f);
	struct foo_chan *chan;
	bool ret = false;

	rcu_read_lock();
	chan = rcu_dereference(fence->channel);
	if (chan)
		ret = readl(chan->user) != 0; // without-warning{{MMIO access without an unbind guard in 'foo_fence_signaled'}} without-note{{'foo_fence_signaled' accesses MMIO with 'readl' here}}
	rcu_read_unlock();
	return ret;
}

static bool foo_fence_enable_signaling(struct dma_fence *f)
{
	struct foo_fence *fence = to_foo_fence(f);

	if (!READ_ONCE(fence->channel))
		return false;
	writel(1, fence->channel->user); // without-warning{{MMIO access without an unbind guard in 'foo_fence_enable_signaling'}} without-note{{'foo_fence_enable_signaling' accesses MMIO with 'writel' here}}
	return true;
}

/* read, not tested */
static long foo_fence_wait(struct dma_fence *f, bool intr, long timeout)
{
	struct foo_chan *chan = rcu_dereference_protected(to_foo_fence(f)->channel, 1);

	writel(2, chan->user); // with-warning{{MMIO access without an unbind guard in 'foo_fence_wait'}} without-warning{{MMIO access without an unbind guard in 'foo_fence_wait'}} with-note{{'foo_fence_wait' accesses MMIO with 'writel' here}} without-note{{'foo_fence_wait' accesses MMIO with 'writel' here}}
	return timeout;
}

/* the test's result, overwritten through WRITE_ONCE() */
static void foo_fence_release(struct dma_fence *f)
{
	bool live = READ_ONCE(to_foo_fence(f)->channel) != NULL;

	WRITE_ONCE(live, true);
	if (!live)
		return;
	writel(3, to_foo_fence(f)->channel->user); // with-warning{{MMIO access without an unbind guard in 'foo_fence_release'}} without-warning{{MMIO access without an unbind guard in 'foo_fence_release'}} with-note{{'foo_fence_release' accesses MMIO with 'writel' here}} without-note{{'foo_fence_release' accesses MMIO with 'writel' here}}
}

static const struct dma_fence_ops foo_fence_ops = {
	.signaled = foo_fence_signaled, // without-note{{'foo_fence_signaled' is a dma_fence_ops callback, registered here}}
	.enable_signaling = foo_fence_enable_signaling, // without-note{{'foo_fence_enable_signaling' is a dma_fence_ops callback, registered here}}
	.wait = foo_fence_wait, // with-note{{'foo_fence_wait' is a dma_fence_ops callback, registered here}} without-note{{'foo_fence_wait' is a dma_fence_ops callback, registered here}}
	.release = foo_fence_release, // with-note{{'foo_fence_release' is a dma_fence_ops callback, registered here}} without-note{{'foo_fence_release' is a dma_fence_ops callback, registered here}}
};

void foo_fence_init(struct foo_fence *fence, u64 context, u64 seqno)
{
	dma_fence_init(&fence->base, &foo_fence_ops, NULL, context, seqno);
}
