/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_IO_H
#define BS_LINUX_IO_H

#include <linux/types.h>

struct device;
struct platform_device;

/*
 * The accessors are static inline functions, as on x86; the _relaxed forms are macros onto
 * __readl()/__writel(), the names clang sees after preprocessing there.
 */
static inline u8 readb(const volatile void __iomem *addr)
{
	return *(const volatile u8 __force *)addr;
}

static inline u16 readw(const volatile void __iomem *addr)
{
	return *(const volatile u16 __force *)addr;
}

static inline u32 readl(const volatile void __iomem *addr)
{
	return *(const volatile u32 __force *)addr;
}

static inline u64 readq(const volatile void __iomem *addr)
{
	return *(const volatile u64 __force *)addr;
}

static inline void writeb(u8 val, volatile void __iomem *addr)
{
	*(volatile u8 __force *)addr = val;
}

static inline void writew(u16 val, volatile void __iomem *addr)
{
	*(volatile u16 __force *)addr = val;
}

static inline void writel(u32 val, volatile void __iomem *addr)
{
	*(volatile u32 __force *)addr = val;
}

static inline void writeq(u64 val, volatile void __iomem *addr)
{
	*(volatile u64 __force *)addr = val;
}

static inline u32 __readl(const volatile void __iomem *addr)
{
	return *(const volatile u32 __force *)addr;
}

static inline void __writel(u32 val, volatile void __iomem *addr)
{
	*(volatile u32 __force *)addr = val;
}

#define readl_relaxed(a)	__readl(a)
#define writel_relaxed(v, a)	__writel(v, a)

extern unsigned int ioread8(const void __iomem *addr);
extern unsigned int ioread16(const void __iomem *addr);
extern unsigned int ioread32(const void __iomem *addr);
extern void iowrite8(u8 val, void __iomem *addr);
extern void iowrite16(u16 val, void __iomem *addr);
extern void iowrite32(u32 val, void __iomem *addr);
extern void ioread32_rep(const void __iomem *addr, void *buf, unsigned long count);
extern void iowrite32_rep(void __iomem *addr, const void *buf, unsigned long count);

extern void memcpy_fromio(void *dst, const volatile void __iomem *src, size_t count);
extern void memcpy_toio(volatile void __iomem *dst, const void *src, size_t count);
extern void memset_io(volatile void __iomem *dst, int c, size_t count);

extern void __iomem *ioremap(phys_addr_t offset, size_t size);
extern void iounmap(volatile void __iomem *addr);
extern void __iomem *devm_ioremap(struct device *dev, resource_size_t offset,
				  resource_size_t size);
extern void __iomem *devm_platform_ioremap_resource(struct platform_device *pdev,
						    unsigned int index);

#endif
