/* SPDX-License-Identifier: GPL-2.0 */
/* Test header standing for a kernel header outside the driver: one helper the shipped
 * header-inline table names (iosys_map_memset ends in memset_io) and one it does not. */
#ifndef _BS_TEST_IOSYS_MAP_H
#define _BS_TEST_IOSYS_MAP_H

#include <linux/io.h>
#include <drm/drm_drv.h>

struct iosys_map {
	void __iomem *vaddr_iomem;
	bool is_iomem;
};

static inline void iosys_map_memset(struct iosys_map *dst, size_t offset, int value, size_t len)
{
	if (dst->is_iomem)
		memset_io(dst->vaddr_iomem + offset, value, len);
}

/* Not in the table: a check-only parse skips its body. */
static inline void bs_test_unlisted_poke(struct iosys_map *dst)
{
	writel(1, dst->vaddr_iomem);
}

/* Reaches nothing the analysis reads. */
static inline size_t bs_test_inert(size_t a, size_t b)
{
	return a > b ? a - b : 0;
}

/* Survey-only shapes: each matters for its own reason. */
struct bs_test_ops {
	void (*go)(void);
};

static inline void bs_test_go(const struct bs_test_ops *ops)
{
	ops->go();
}

static inline void bs_test_take(void (*cb)(void))
{
	(void)cb;
}

static inline bool bs_test_enter(struct drm_device *dev, int *idx)
{
	return drm_dev_enter(dev, idx);
}

static inline void bs_test_outer(struct iosys_map *dst)
{
	iosys_map_memset(dst, 0, 0, bs_test_inert(8, 4));
}

#endif
