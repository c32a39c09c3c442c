/* SPDX-License-Identifier: GPL-2.0 */
/* A header of the driver's own (under its directory): its bodies are never skipped. */
#include <linux/io.h>

static inline void foo_ring(void __iomem *doorbell)
{
	writel(1, doorbell);
}
