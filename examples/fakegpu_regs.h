/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Register map of the imaginary fakegpu, and the driver's register accessors.
 *
 * gpu_read()/gpu_write() are plain macros around readl()/writel(), the shape most DRM drivers
 * use. boundscope infers that they access MMIO (nothing lists them) and reports an access at
 * the place the macro is used in the driver, not here.
 */
#ifndef FAKEGPU_REGS_H
#define FAKEGPU_REGS_H

#include <linux/io.h>

#define GPU_ID				0x000
#define GPU_IRQ_RAWSTAT			0x020
#define GPU_IRQ_CLEAR			0x024
#define GPU_IRQ_MASK			0x028
#define GPU_IRQ_STATUS			0x02c
#define   GPU_IRQ_FAULT			BIT(0)
#define   GPU_IRQ_RESET_DONE		BIT(8)
#define   GPU_IRQ_ALL			(GPU_IRQ_FAULT | GPU_IRQ_RESET_DONE)
#define GPU_CMD				0x030
#define   GPU_CMD_SOFT_RESET		0x01
#define   GPU_CMD_CLEAN_CACHES		0x08
#define GPU_STATUS			0x034
#define   GPU_STATUS_ACTIVE		BIT(0)
#define GPU_LATEST_FLUSH_ID		0x038
#define GPU_FAULT_STATUS		0x03c
#define   GPU_FAULT_FATAL		BIT(31)
#define GPU_JOB_HEAD			0x100
#define GPU_JOB_START			0x108
#define GPU_PWR_ON			0x180
#define GPU_PWR_OFF			0x184

#define gpu_write(fdev, reg, val)	writel(val, (fdev)->iomem + (reg))
#define gpu_read(fdev, reg)		readl((fdev)->iomem + (reg))

#endif
