/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_DMA_FENCE_H
#define BS_LINUX_DMA_FENCE_H

#include <linux/types.h>

struct dma_fence_ops;

struct dma_fence {
	const struct dma_fence_ops *ops;
	u64 context;
	u64 seqno;
	unsigned long flags;
};

struct dma_fence_ops {
	const char *(*get_driver_name)(struct dma_fence *fence);
	const char *(*get_timeline_name)(struct dma_fence *fence);
	bool (*enable_signaling)(struct dma_fence *fence);
	bool (*signaled)(struct dma_fence *fence);
	long (*wait)(struct dma_fence *fence, bool intr, long timeout);
	void (*release)(struct dma_fence *fence);
};

extern void dma_fence_init(struct dma_fence *fence, const struct dma_fence_ops *ops,
			   void *lock, u64 context, u64 seqno);
extern int dma_fence_signal(struct dma_fence *fence);
extern int dma_fence_signal_locked(struct dma_fence *fence);
extern void dma_fence_enable_sw_signaling(struct dma_fence *fence);
extern long dma_fence_wait_timeout(struct dma_fence *fence, bool intr, long timeout);

#define DMA_FENCE_FLAG_SIGNALED_BIT	0

/* As the kernel's: the signaled callback runs only while the signalled bit is clear. */
static inline bool dma_fence_is_signaled(struct dma_fence *fence)
{
	if (fence->flags & (1UL << DMA_FENCE_FLAG_SIGNALED_BIT))
		return true;
	if (fence->ops->signaled && fence->ops->signaled(fence)) {
		dma_fence_signal(fence);
		return true;
	}
	return false;
}
extern void dma_fence_put(struct dma_fence *fence);

#endif
