// SPDX-License-Identifier: GPL-2.0
/*
 * GPU page tables in the AArch64 4 KiB-granule format the Mali MMU walks (AS_TRANSCFG mode
 * AARCH64_4K): four levels of 512 64-bit descriptors, 48-bit input addresses.
 *
 * The kernel's io-pgtable library has this format, but Debian's x86 configuration does not
 * build it (CONFIG_IOMMU_IO_PGTABLE_LPAE is off), so alloc_io_pgtable_ops() would fail there.
 * This writer is small, works everywhere, and touches no register: flushing the GPU's TLBs
 * after a change is the caller's job (mali_csf_vm_flush_range()).
 *
 * Tables are allocated coherent, so the GPU sees CPU writes without cache maintenance.
 */
#include <linux/dma-mapping.h>
#include <linux/slab.h>
#include <linux/sizes.h>

#include "mali_csf_device.h"

#define PT_LEVELS		4
#define PT_ENTRIES		512
#define PT_SHIFT(level)		(12 + 9 * (PT_LEVELS - 1 - (level)))
#define PT_INDEX(iova, level)	(((iova) >> PT_SHIFT(level)) & (PT_ENTRIES - 1))

#define PTE_VALID		BIT_ULL(0)
#define PTE_TABLE_OR_PAGE	BIT_ULL(1)
#define PTE_ATTR_INDEX(n)	((u64)(n) << 2)
#define PTE_AP_UNPRIV		BIT_ULL(6)
#define PTE_AP_RDONLY		BIT_ULL(7)
#define PTE_SH_INNER		(3ull << 8)
#define PTE_AF			BIT_ULL(10)
#define PTE_XN			(3ull << 53)
#define PTE_ADDR_MASK		GENMASK_ULL(47, 12)

/* AS_MEMATTR slots, see mali_csf_mmu.c. */
#define ATTR_INDEX_CACHED	0
#define ATTR_INDEX_UNCACHED	1

struct mali_csf_pt {
	u64 *desc;
	dma_addr_t dma;
	struct mali_csf_pt **child;	/* NULL in last-level tables */
};

static struct mali_csf_pt *pt_alloc(struct device *dev, int level)
{
	struct mali_csf_pt *pt = kzalloc(sizeof(*pt), GFP_KERNEL);

	if (!pt)
		return NULL;
	pt->desc = dma_alloc_coherent(dev, SZ_4K, &pt->dma, GFP_KERNEL);
	if (!pt->desc)
		goto err_free;
	if (level < PT_LEVELS - 1) {
		pt->child = kcalloc(PT_ENTRIES, sizeof(*pt->child), GFP_KERNEL);
		if (!pt->child)
			goto err_dma;
	}
	return pt;

err_dma:
	dma_free_coherent(dev, SZ_4K, pt->desc, pt->dma);
err_free:
	kfree(pt);
	return NULL;
}

static void pt_free(struct device *dev, struct mali_csf_pt *pt)
{
	int i;

	if (!pt)
		return;
	if (pt->child) {
		for (i = 0; i < PT_ENTRIES; i++)
			pt_free(dev, pt->child[i]);
		kfree(pt->child);
	}
	dma_free_coherent(dev, SZ_4K, pt->desc, pt->dma);
	kfree(pt);
}

int mali_csf_pgtable_init(struct mali_csf_pgtable *pgt, struct device *dev)
{
	pgt->dev = dev;
	pgt->root = pt_alloc(dev, 0);
	return pgt->root ? 0 : -ENOMEM;
}

void mali_csf_pgtable_fini(struct mali_csf_pgtable *pgt)
{
	pt_free(pgt->dev, pgt->root);
	pgt->root = NULL;
}

dma_addr_t mali_csf_pgtable_root(const struct mali_csf_pgtable *pgt)
{
	return pgt->root->dma;
}

static u64 pte_for(dma_addr_t pa, u32 prot)
{
	u64 pte = (pa & PTE_ADDR_MASK) | PTE_VALID | PTE_TABLE_OR_PAGE | PTE_AF | PTE_SH_INNER |
		  PTE_AP_UNPRIV;

	pte |= PTE_ATTR_INDEX((prot & MALI_CSF_PROT_UNCACHED) ? ATTR_INDEX_UNCACHED :
								ATTR_INDEX_CACHED);
	if (prot & MALI_CSF_PROT_READONLY)
		pte |= PTE_AP_RDONLY;
	if (prot & MALI_CSF_PROT_NOEXEC)
		pte |= PTE_XN;
	return pte;
}

/* The last-level table covering @iova, allocating intermediate tables on the way. */
static struct mali_csf_pt *pt_walk(struct mali_csf_pgtable *pgt, u64 iova, bool alloc)
{
	struct mali_csf_pt *pt = pgt->root;
	int level;

	for (level = 0; level < PT_LEVELS - 1; level++) {
		unsigned int idx = PT_INDEX(iova, level);
		struct mali_csf_pt *next = pt->child[idx];

		if (!next) {
			if (!alloc)
				return NULL;
			next = pt_alloc(pgt->dev, level + 1);
			if (!next)
				return NULL;
			pt->child[idx] = next;
			WRITE_ONCE(pt->desc[idx], (next->dma & PTE_ADDR_MASK) | PTE_VALID |
						  PTE_TABLE_OR_PAGE);
		}
		pt = next;
	}
	return pt;
}

int mali_csf_pgtable_map(struct mali_csf_pgtable *pgt, u64 iova, dma_addr_t pa, size_t size,
			 u32 prot)
{
	u64 end = iova + size;

	if (!IS_ALIGNED(iova | pa | size, SZ_4K) || end > BIT_ULL(48) || end < iova)
		return -EINVAL;

	while (iova < end) {
		struct mali_csf_pt *pt = pt_walk(pgt, iova, true);

		if (!pt)
			return -ENOMEM;
		WRITE_ONCE(pt->desc[PT_INDEX(iova, PT_LEVELS - 1)], pte_for(pa, prot));
		iova += SZ_4K;
		pa += SZ_4K;
	}
	/* The descriptors must be visible before the caller tells the MMU about them. */
	wmb();
	return 0;
}

void mali_csf_pgtable_unmap(struct mali_csf_pgtable *pgt, u64 iova, size_t size)
{
	u64 end = iova + size;

	for (; iova < end; iova += SZ_4K) {
		struct mali_csf_pt *pt = pt_walk(pgt, iova, false);

		if (pt)
			WRITE_ONCE(pt->desc[PT_INDEX(iova, PT_LEVELS - 1)], 0);
	}
	/* Cleared descriptors must be visible before the caller flushes the MMU. */
	wmb();
}
