/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Register map of Arm Mali CSF GPUs (Valhall, 5th generation), as far as this driver uses it.
 * Offsets and field layouts are hardware facts; they match the public kbase and panthor headers.
 */
#ifndef MALI_CSF_REGS_H
#define MALI_CSF_REGS_H

#include <linux/bits.h>
#include <linux/io.h>

/* Identification and features. */
#define GPU_ID				0x000
#define  GPU_ID_ARCH_MAJOR(x)		(((x) >> 28) & 0xf)
#define  GPU_ID_ARCH_MINOR(x)		(((x) >> 24) & 0xf)
#define  GPU_ID_PROD_MAJOR(x)		(((x) >> 16) & 0xf)
#define  GPU_ID_VER_MAJOR(x)		(((x) >> 12) & 0xf)
#define  GPU_ID_VER_MINOR(x)		(((x) >> 4) & 0xff)
#define GPU_L2_FEATURES			0x004
#define GPU_CORE_FEATURES		0x008
#define GPU_TILER_FEATURES		0x00c
#define GPU_MEM_FEATURES		0x010
#define  GPU_MEM_COHERENT_L2		BIT(0)
#define GPU_MMU_FEATURES		0x014
#define  GPU_MMU_VA_BITS(x)		((x) & 0xff)
#define  GPU_MMU_PA_BITS(x)		(((x) >> 8) & 0xff)
#define GPU_AS_PRESENT			0x018
#define GPU_CSF_ID			0x01c

/* The GPU interrupt block; JOB_ and MMU_ blocks below have the same four registers. */
#define GPU_INT_RAWSTAT			0x020
#define GPU_INT_CLEAR			0x024
#define GPU_INT_MASK			0x028
#define GPU_INT_STAT			0x02c
#define  GPU_IRQ_FAULT			BIT(0)
#define  GPU_IRQ_PROTM_FAULT		BIT(1)
#define  GPU_IRQ_RESET_COMPLETED	BIT(8)
#define  GPU_IRQ_POWER_CHANGED		BIT(9)
#define  GPU_IRQ_POWER_CHANGED_ALL	BIT(10)
#define  GPU_IRQ_CLEAN_CACHES_DONE	BIT(17)
#define  GPU_IRQ_MCU_STATUS_CHANGED	BIT(19)

#define GPU_CMD				0x030
#define  GPU_CMD_SOFT_RESET		0x101
#define  GPU_CMD_HARD_RESET		0x201
/* Cache maintenance: clean and invalidate L2, load/store and other caches. */
#define  GPU_CMD_FLUSH_CACHES_ALL	(0x4 | (0x3 << 8) | (0x3 << 12) | (0x3 << 16))

#define GPU_STATUS			0x034
#define  GPU_STATUS_ACTIVE		BIT(0)

#define GPU_FAULT_STATUS		0x03c
#define GPU_FAULT_ADDR_LO		0x040
#define GPU_FAULT_ADDR_HI		0x044

#define GPU_THREAD_MAX_THREADS		0x0a0
#define GPU_THREAD_MAX_WORKGROUP_SIZE	0x0a4
#define GPU_THREAD_MAX_BARRIER_SIZE	0x0a8
#define GPU_THREAD_FEATURES		0x0ac
#define GPU_TEXTURE_FEATURES(n)		(0x0b0 + (n) * 4)

/* Core presence and power domains: each is a 64-bit mask split in LO/HI words. */
#define GPU_SHADER_PRESENT_LO		0x100
#define GPU_TILER_PRESENT_LO		0x110
#define GPU_L2_PRESENT_LO		0x120
#define GPU_SHADER_READY_LO		0x140
#define GPU_TILER_READY_LO		0x150
#define GPU_L2_READY_LO			0x160
#define GPU_SHADER_PWRON_LO		0x180
#define GPU_TILER_PWRON_LO		0x190
#define GPU_L2_PWRON_LO			0x1a0
#define GPU_SHADER_PWROFF_LO		0x1c0
#define GPU_TILER_PWROFF_LO		0x1d0
#define GPU_L2_PWROFF_LO		0x1e0
#define GPU_SHADER_PWRTRANS_LO		0x200
#define GPU_TILER_PWRTRANS_LO		0x210
#define GPU_L2_PWRTRANS_LO		0x220
#define GPU_REG_HI(lo)			((lo) + 4)

#define GPU_REVID			0x280
#define GPU_COHERENCY_FEATURES		0x300

/* The MCU, the microcontroller that runs the CSF firmware. */
#define MCU_CONTROL			0x700
#define  MCU_CONTROL_DISABLE		0
#define  MCU_CONTROL_ENABLE		1
#define  MCU_CONTROL_AUTO		2
#define MCU_STATUS			0x704
#define  MCU_STATUS_DISABLED		0
#define  MCU_STATUS_ENABLED		1
#define  MCU_STATUS_HALT		2
#define  MCU_STATUS_FATAL		3

/* The job interrupt block: one bit per command stream group slot, plus the global interface. */
#define JOB_INT_RAWSTAT			0x1000
#define JOB_INT_CLEAR			0x1004
#define JOB_INT_MASK			0x1008
#define JOB_INT_STAT			0x100c
#define  JOB_INT_GLOBAL_IF		BIT(31)
#define  JOB_INT_CSG(n)			BIT(n)

/* The MMU interrupt block: bit n is a page fault on AS n, bit n + 16 a bus fault on AS n. */
#define MMU_INT_RAWSTAT			0x2000
#define MMU_INT_CLEAR			0x2004
#define MMU_INT_MASK			0x2008
#define MMU_INT_STAT			0x200c
#define  MMU_INT_PAGE_FAULT(as)		BIT(as)
#define  MMU_INT_BUS_FAULT(as)		BIT((as) + 16)

/* One 64-byte register block per address space. */
#define MMU_AS(as)			(0x2400 + ((as) << 6))
#define AS_TRANSTAB_LO(as)		(MMU_AS(as) + 0x00)
#define AS_TRANSTAB_HI(as)		(MMU_AS(as) + 0x04)
#define AS_MEMATTR_LO(as)		(MMU_AS(as) + 0x08)
#define AS_MEMATTR_HI(as)		(MMU_AS(as) + 0x0c)
#define AS_LOCKADDR_LO(as)		(MMU_AS(as) + 0x10)
#define AS_LOCKADDR_HI(as)		(MMU_AS(as) + 0x14)
#define AS_COMMAND(as)			(MMU_AS(as) + 0x18)
#define  AS_COMMAND_NOP			0
#define  AS_COMMAND_UPDATE		1
#define  AS_COMMAND_LOCK		2
#define  AS_COMMAND_UNLOCK		3
#define  AS_COMMAND_FLUSH_PT		4
#define  AS_COMMAND_FLUSH_MEM		5
#define AS_FAULTSTATUS(as)		(MMU_AS(as) + 0x1c)
#define AS_FAULTADDRESS_LO(as)		(MMU_AS(as) + 0x20)
#define AS_FAULTADDRESS_HI(as)		(MMU_AS(as) + 0x24)
#define AS_STATUS(as)			(MMU_AS(as) + 0x28)
#define  AS_STATUS_ACTIVE		BIT(0)
#define AS_TRANSCFG_LO(as)		(MMU_AS(as) + 0x30)
#define AS_TRANSCFG_HI(as)		(MMU_AS(as) + 0x34)
#define  AS_TRANSCFG_ADRMODE_UNMAPPED	(1 << 0)
#define  AS_TRANSCFG_ADRMODE_AARCH64_4K	(6 << 0)
#define  AS_TRANSCFG_INA_BITS(x)	((x) << 6)
#define  AS_TRANSCFG_PTW_MEMATTR_WB	(2 << 24)
#define  AS_TRANSCFG_PTW_SH_OS		(2 << 28)
#define  AS_TRANSCFG_PTW_RA		BIT(30)

/* AS_MEMATTR: eight 8-bit attribute slots, selected by the AttrIndx field of a PTE. */
#define  AS_MEMATTR_ALLOC_IMPL		(2 << 2)
#define  AS_MEMATTR_SH_CPU_INNER	(1 << 4)
#define  AS_MEMATTR_SH_MIDGARD_INNER	(0 << 4)
#define  AS_MEMATTR_INNER_OUTER_NC	(1 << 6)
#define  AS_MEMATTR_INNER_OUTER_WB	(2 << 6)

#define CSF_LATEST_FLUSH_ID		0x10000

/* Doorbell pages: 0 is the global interface's, 1.. are handed to command streams. */
#define CSF_DOORBELL(n)			(0x80000 + (n) * 0x10000)
#define CSF_GLB_DOORBELL		0

/*
 * The only register accessors of the driver. Every use must be in bound scope (probe, remove,
 * PM callbacks, IRQ handlers) or under drm_dev_enter(); see docs/driver.md.
 */
#define csf_read(mdev, reg)		readl((mdev)->iomem + (reg))
#define csf_write(mdev, reg, val)	writel((val), (mdev)->iomem + (reg))

#endif /* MALI_CSF_REGS_H */
