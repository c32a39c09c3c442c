// SPDX-License-Identifier: GPL-2.0
/*
 * The GPU model. Register accesses arrive from kmodel's readl()/writel() under the model's
 * lock; slow work (MCU boot, doorbells: firmware requests and command streams) runs on the
 * model's own "GPU" thread, as on hardware, and reports back through the interrupt lines.
 *
 * The GPU reaches memory only through its MMU: the page tables the driver wrote (DMA
 * addresses are CPU addresses here), cached in a small TLB per address space that only the
 * driver's MMU commands (UPDATE, FLUSH_MEM/FLUSH_PT in a LOCK region) invalidate. A driver that
 * frees memory the GPU can still reach is therefore caught by AddressSanitizer. Device DMA is
 * not a CPU thread, so its accesses are hidden from ThreadSanitizer.
 *
 * Register offsets are written down here independently of the driver's mali_csf_regs.h; the
 * shared-memory interface uses the driver's mali_csf_fw_if.h structure layouts.
 */

#include <stdlib.h>

#include <kmodel/test.h>
#include "mali_csf_fw_if.h"
#include "gpu_model.h"

/* Registers (Mali CSF, arch 10). */
enum {
	R_GPU_ID = 0x000, R_L2_FEATURES = 0x004, R_CORE_FEATURES = 0x008,
	R_TILER_FEATURES = 0x00c, R_MEM_FEATURES = 0x010, R_MMU_FEATURES = 0x014,
	R_AS_PRESENT = 0x018, R_CSF_ID = 0x01c,
	R_GPU_IRQ_RAWSTAT = 0x020, R_GPU_IRQ_CLEAR = 0x024, R_GPU_IRQ_MASK = 0x028,
	R_GPU_IRQ_STATUS = 0x02c, R_GPU_CMD = 0x030, R_GPU_STATUS = 0x034,
	R_GPU_FAULTSTATUS = 0x03c, R_GPU_FAULTADDR_LO = 0x040, R_GPU_FAULTADDR_HI = 0x044,
	R_THREAD_MAX_THREADS = 0x0a0, R_THREAD_MAX_WG = 0x0a4, R_THREAD_MAX_BARRIER = 0x0a8,
	R_THREAD_FEATURES = 0x0ac, R_TEXTURE_FEATURES0 = 0x0b0,
	R_SHADER_PRESENT = 0x100, R_TILER_PRESENT = 0x110, R_L2_PRESENT = 0x120,
	R_SHADER_READY = 0x140, R_TILER_READY = 0x150, R_L2_READY = 0x160,
	R_SHADER_PWRON = 0x180, R_TILER_PWRON = 0x190, R_L2_PWRON = 0x1a0,
	R_SHADER_PWROFF = 0x1c0, R_TILER_PWROFF = 0x1d0, R_L2_PWROFF = 0x1e0,
	R_SHADER_PWRTRANS = 0x200, R_TILER_PWRTRANS = 0x210, R_L2_PWRTRANS = 0x220,
	R_REVID = 0x280, R_COHERENCY_FEATURES = 0x300,
	R_MCU_CONTROL = 0x700, R_MCU_STATUS = 0x704,
	R_JOB_IRQ_RAWSTAT = 0x1000, R_JOB_IRQ_CLEAR = 0x1004, R_JOB_IRQ_MASK = 0x1008,
	R_JOB_IRQ_STATUS = 0x100c,
	R_MMU_IRQ_RAWSTAT = 0x2000, R_MMU_IRQ_CLEAR = 0x2004, R_MMU_IRQ_MASK = 0x2008,
	R_MMU_IRQ_STATUS = 0x200c,
	R_MMU_AS0 = 0x2400, R_AS_STRIDE = 0x40,
	R_LATEST_FLUSH = 0x10000,
	R_DOORBELL0 = 0x80000, R_DOORBELL_STRIDE = 0x10000,
};
enum {
	AS_TRANSTAB_LO = 0x00, AS_TRANSTAB_HI = 0x04, AS_MEMATTR_LO = 0x08, AS_MEMATTR_HI = 0x0c,
	AS_LOCKADDR_LO = 0x10, AS_LOCKADDR_HI = 0x14, AS_COMMAND = 0x18, AS_FAULTSTATUS = 0x1c,
	AS_FAULTADDRESS_LO = 0x20, AS_FAULTADDRESS_HI = 0x24, AS_STATUS = 0x28,
	AS_TRANSCFG_LO = 0x30, AS_TRANSCFG_HI = 0x34,
};
#define IRQ_GPU_RESET_COMPLETED	(1u << 8)
#define IRQ_GPU_POWER_CHANGED	(1u << 9)
#define IRQ_GPU_POWER_CHANGED_ALL (1u << 10)
#define IRQ_JOB_GLOBAL		(1u << 31)
#define MCU_DISABLED		0
#define MCU_ENABLED		1
#define MCU_HALT		2
#define MCU_FATAL		3
#define NUM_AS			8
#define TLB_ENTRIES		64
#define PTE_ADDR		0x0000fffffffff000ull
#define PTE_RDONLY		(1ull << 7)
#define PTE_AF			(1ull << 10)

/* The model's hardware configuration: a Mali-G610-like arch 10.8 GPU. */
#define CFG_GPU_ID		0xa8670000u
#define CFG_SHADER_PRESENT	0x50005ull
#define CFG_TILER_PRESENT	0x1ull
#define CFG_L2_PRESENT		0x1ull
#define CFG_MMU_FEATURES	0x3030u		/* 48-bit VA, 48-bit PA */

/* Where the firmware puts its interface in the shared section (MCU addresses). */
#define SH			CSF_MCU_SHARED_VA
#define SH_GLB_INPUT		(SH + 0x100)
#define SH_GLB_OUTPUT		(SH + 0x200)
#define SH_GROUP_STRIDE		0x800
#define SH_STREAM_STRIDE	0x10
#define SH_CSG_IO(i)		(SH + 0x8000 + (i) * 0x800)
#define SH_CSG_INPUT(i)		SH_CSG_IO(i)
#define SH_CSG_OUTPUT(i)	(SH_CSG_IO(i) + 0x80)
#define SH_CS_INPUT(i, j)	(SH_CSG_IO(i) + 0x100 + (j) * 0x100)
#define SH_CS_OUTPUT(i, j)	(SH_CS_INPUT(i, j) + 0x60)
#define SH_SUSPEND_SIZE		0x1000
#define CS_FEATURES_VALUE	(95u | (8u << 8))	/* 96 work registers, 8 scoreboards */
#define CS_REGS			128

struct tlb_entry {
	u64 va_page;
	u64 pte;
	bool valid;
};

struct gpu_as {
	u64 transtab, memattr, transcfg, lockaddr;	/* as written */
	u64 a_transtab, a_transcfg;			/* live after UPDATE */
	bool locked;
	u64 lock_start, lock_end;
	u32 faultstatus;
	u64 faultaddr;
	struct tlb_entry tlb[TLB_ENTRIES];
};

struct gpu_cs {
	bool started, halted;
	bool in_call;			/* blocked inside the user stream of a CALL */
	u64 call_off;
	u32 doorbell;
	u64 ring_base, rb_in, rb_out;
	u32 ring_size;
	u64 extract;
	u32 regs[CS_REGS];
};

struct gpu_csg {
	bool running;
	u32 as;
	struct gpu_cs cs[GPU_MODEL_CS_PER_CSG];
};

struct gpu_model {
	struct kmodel_board *board;
	pthread_mutex_t lock;
	pthread_cond_t cond, idle_cond;
	pthread_t thread;
	bool stop, busy;

	bool powered;
	u32 gpu_rawstat, gpu_mask, job_rawstat, job_mask, mmu_rawstat, mmu_mask;
	u64 shader_ready, tiler_ready, l2_ready;
	u32 mcu_control, mcu_status;
	bool boot_pending, fw_up;
	u32 doorbells;
	bool lines[3];
	struct gpu_as as[NUM_AS];
	struct gpu_csg csg[GPU_MODEL_CSGS];
	struct gpu_model_stats st;
};

#define gpu_log(gpu, fmt, ...)	kmodel_printk(NULL, "gpu-model", fmt, ##__VA_ARGS__)

static void protocol_error(struct gpu_model *gpu, const char *what, u64 a, u64 b)
{
	gpu->st.protocol_errors++;
	kmodel_printk(NULL, "err", "gpu-model: protocol error: %s (%#llx, %#llx)", what, a, b);
}

/* ---- device DMA: real loads and stores, invisible to ThreadSanitizer ---- */
__attribute__((no_sanitize("thread"))) static u64 dma_rd64(u64 pa)
{
	return *(volatile u64 *)(uintptr_t)pa;
}

__attribute__((no_sanitize("thread"))) static u32 dma_rd32(u64 pa)
{
	return *(volatile u32 *)(uintptr_t)pa;
}

__attribute__((no_sanitize("thread"))) static void dma_wr32(u64 pa, u32 v)
{
	*(volatile u32 *)(uintptr_t)pa = v;
}

__attribute__((no_sanitize("thread"))) static void dma_wr64(u64 pa, u64 v)
{
	*(volatile u64 *)(uintptr_t)pa = v;
}

/* ---- interrupts ---- */
static void update_irqs(struct gpu_model *gpu)
{
	bool lv[3] = {
		gpu->powered && (gpu->gpu_rawstat & gpu->gpu_mask),
		gpu->powered && (gpu->mmu_rawstat & gpu->mmu_mask),
		gpu->powered && (gpu->job_rawstat & gpu->job_mask),
	};
	int i;

	for (i = 0; i < 3; i++) {
		if (lv[i] != gpu->lines[i]) {
			gpu->lines[i] = lv[i];
			kmodel_board_set_irq_level(gpu->board, i, lv[i]);
		}
	}
}

/* ---- the MMU ---- */
static void tlb_flush(struct gpu_as *as, u64 start, u64 end)
{
	int i;

	for (i = 0; i < TLB_ENTRIES; i++)
		if (as->tlb[i].valid && as->tlb[i].va_page >= start && as->tlb[i].va_page < end)
			as->tlb[i].valid = false;
}

static void mmu_fault(struct gpu_model *gpu, int asn, u64 va, u32 status)
{
	struct gpu_as *as = &gpu->as[asn];

	as->faultstatus = status;
	as->faultaddr = va;
	gpu->mmu_rawstat |= 1u << asn;
	gpu->st.mmu_faults++;
	gpu_log(gpu, "AS%d fault %#x at %#llx", asn, status, va);
	update_irqs(gpu);
}

/* Translate @va in address space @asn; false (and an MMU fault) if the GPU may not. */
static bool translate(struct gpu_model *gpu, int asn, u64 va, bool write, u64 *pa)
{
	struct gpu_as *as = &gpu->as[asn];
	struct tlb_entry *t = &as->tlb[(va >> 12) % TLB_ENTRIES];
	u64 pte = 0, table;
	int level;

	if ((as->a_transcfg & 0xf) != 6 || va >> 48) {
		mmu_fault(gpu, asn, va, 0xc0);	/* translation fault, level 0 */
		return false;
	}
	if (t->valid && t->va_page == (va & ~0xfffull)) {
		pte = t->pte;
	} else {
		table = as->a_transtab & PTE_ADDR;
		for (level = 0; level < 4; level++) {
			u64 desc = dma_rd64(table + ((va >> (39 - 9 * level)) & 511) * 8);

			if ((desc & 3) != 3) {
				mmu_fault(gpu, asn, va, 0xc0 | level);
				return false;
			}
			table = desc & PTE_ADDR;
			pte = desc;
		}
		t->va_page = va & ~0xfffull;
		t->pte = pte;
		t->valid = true;
	}
	if (!(pte & PTE_AF) || (write && (pte & PTE_RDONLY))) {
		mmu_fault(gpu, asn, va, 0xc8);	/* permission fault */
		return false;
	}
	*pa = (pte & PTE_ADDR) | (va & 0xfff);
	return true;
}

static bool gpu_rd64(struct gpu_model *gpu, int as, u64 va, u64 *v)
{
	u64 pa;

	if (!translate(gpu, as, va, false, &pa))
		return false;
	*v = dma_rd64(pa);
	return true;
}

static bool gpu_rd32(struct gpu_model *gpu, int as, u64 va, u32 *v)
{
	u64 pa;

	if (!translate(gpu, as, va, false, &pa))
		return false;
	*v = dma_rd32(pa);
	return true;
}

static bool gpu_wr32(struct gpu_model *gpu, int as, u64 va, u32 v)
{
	u64 pa;

	if (!translate(gpu, as, va, true, &pa))
		return false;
	dma_wr32(pa, v);
	return true;
}

static bool gpu_wr64(struct gpu_model *gpu, int as, u64 va, u64 v)
{
	u64 pa;

	if (!translate(gpu, as, va, true, &pa))
		return false;
	dma_wr64(pa, v);
	return true;
}

/* MCU-side accessors of the shared interface (AS 0); a fault is a protocol error. */
static u32 mcu_rd32(struct gpu_model *gpu, u32 va)
{
	u32 v = 0;

	if (!gpu_rd32(gpu, 0, va, &v))
		protocol_error(gpu, "MCU read outside its mapped memory", va, 0);
	return v;
}

static u64 mcu_rd64(struct gpu_model *gpu, u32 va)
{
	u64 v = 0;

	if (!gpu_rd64(gpu, 0, va, &v))
		protocol_error(gpu, "MCU read outside its mapped memory", va, 0);
	return v;
}

static void mcu_wr32(struct gpu_model *gpu, u32 va, u32 v)
{
	if (!gpu_wr32(gpu, 0, va, v))
		protocol_error(gpu, "MCU write outside its writable memory", va, 0);
}

static void as_command(struct gpu_model *gpu, int asn, u32 cmd)
{
	struct gpu_as *as = &gpu->as[asn];
	u32 shift;

	switch (cmd) {
	case 0:		/* NOP */
		break;
	case 1:		/* UPDATE */
		as->a_transtab = as->transtab;
		as->a_transcfg = as->transcfg;
		tlb_flush(as, 0, ~0ull);
		gpu->st.as_updates++;
		if ((as->transcfg & 0xf) == 6 && (!as->transtab || (as->transtab & 0xfff)))
			protocol_error(gpu, "AS UPDATE with a bad TRANSTAB", asn, as->transtab);
		break;
	case 2:		/* LOCK */
		shift = (as->lockaddr & 0x3f) + 1;
		if (shift < 15 || shift > 64) {
			protocol_error(gpu, "AS LOCK region size", asn, as->lockaddr);
			break;
		}
		as->lock_start = shift == 64 ? 0 : as->lockaddr & ~((1ull << shift) - 1);
		as->lock_end = shift >= 48 ? ~0ull : as->lock_start + (1ull << shift);
		as->locked = true;
		break;
	case 3:		/* UNLOCK */
		as->locked = false;
		break;
	case 4:		/* FLUSH_PT */
	case 5:		/* FLUSH_MEM */
		if (as->locked)
			tlb_flush(as, as->lock_start, as->lock_end);
		else
			tlb_flush(as, 0, ~0ull);
		gpu->st.as_flushes++;
		break;
	default:
		protocol_error(gpu, "unknown AS command", asn, cmd);
	}
}

/* ---- reset and power ---- */
static void reset_state(struct gpu_model *gpu)
{
	int i;

	gpu->gpu_rawstat = gpu->gpu_mask = 0;
	gpu->job_rawstat = gpu->job_mask = 0;
	gpu->mmu_rawstat = gpu->mmu_mask = 0;
	gpu->shader_ready = gpu->tiler_ready = gpu->l2_ready = 0;
	gpu->mcu_control = 0;
	gpu->mcu_status = MCU_DISABLED;
	gpu->boot_pending = false;
	gpu->fw_up = false;
	gpu->doorbells = 0;
	memset(gpu->as, 0, sizeof(gpu->as));
	for (i = 0; i < NUM_AS; i++)
		gpu->as[i].transcfg = gpu->as[i].a_transcfg = 1;	/* unmapped */
	memset(gpu->csg, 0, sizeof(gpu->csg));
	update_irqs(gpu);
}

void gpu_model_set_power(struct gpu_model *gpu, bool on)
{
	pthread_mutex_lock(&gpu->lock);
	gpu->powered = on;
	reset_state(gpu);	/* state is lost either way */
	if (on)
		gpu->st.power_ons++;
	else
		gpu->st.power_offs++;
	pthread_mutex_unlock(&gpu->lock);
}

/* ---- register reads and writes ---- */
static u32 domain_read(u64 mask, bool hi)
{
	return hi ? (u32)(mask >> 32) : (u32)mask;
}

static void domain_write(struct gpu_model *gpu, u64 *ready, u64 present, u32 val, bool hi,
			 bool on)
{
	u64 bits = (hi ? (u64)val << 32 : val) & present;

	if (on)
		*ready |= bits;
	else
		*ready &= ~bits;
	gpu->gpu_rawstat |= IRQ_GPU_POWER_CHANGED | IRQ_GPU_POWER_CHANGED_ALL;
	update_irqs(gpu);
}

uint32_t gpu_model_read(struct gpu_model *gpu, uint32_t off)
{
	u32 v = 0;

	pthread_mutex_lock(&gpu->lock);
	if (!gpu->powered) {
		gpu->st.unpowered_accesses++;
		gpu_log(gpu, "register read %#x while the GPU is powered off", off);
		goto out;
	}
	if (off >= R_MMU_AS0 && off < R_MMU_AS0 + NUM_AS * R_AS_STRIDE) {
		struct gpu_as *as = &gpu->as[(off - R_MMU_AS0) / R_AS_STRIDE];

		switch ((off - R_MMU_AS0) % R_AS_STRIDE) {
		case AS_TRANSTAB_LO: v = (u32)as->transtab; break;
		case AS_TRANSTAB_HI: v = as->transtab >> 32; break;
		case AS_MEMATTR_LO: v = (u32)as->memattr; break;
		case AS_MEMATTR_HI: v = as->memattr >> 32; break;
		case AS_LOCKADDR_LO: v = (u32)as->lockaddr; break;
		case AS_LOCKADDR_HI: v = as->lockaddr >> 32; break;
		case AS_FAULTSTATUS: v = as->faultstatus; break;
		case AS_FAULTADDRESS_LO: v = (u32)as->faultaddr; break;
		case AS_FAULTADDRESS_HI: v = as->faultaddr >> 32; break;
		case AS_STATUS: v = 0; break;	/* commands complete at once */
		case AS_TRANSCFG_LO: v = (u32)as->transcfg; break;
		case AS_TRANSCFG_HI: v = as->transcfg >> 32; break;
		default: goto unknown;
		}
		goto out;
	}
	switch (off) {
	case R_GPU_ID: v = CFG_GPU_ID; break;
	case R_L2_FEATURES: v = 0x07120206; break;
	case R_CORE_FEATURES: v = 0x2; break;
	case R_TILER_FEATURES: v = 0x809; break;
	case R_MEM_FEATURES: v = 0x1; break;
	case R_MMU_FEATURES: v = CFG_MMU_FEATURES; break;
	case R_AS_PRESENT: v = (1u << NUM_AS) - 1; break;
	case R_CSF_ID: v = 0x40a00; break;
	case R_GPU_IRQ_RAWSTAT: v = gpu->gpu_rawstat; break;
	case R_GPU_IRQ_MASK: v = gpu->gpu_mask; break;
	case R_GPU_IRQ_STATUS: v = gpu->gpu_rawstat & gpu->gpu_mask; break;
	case R_GPU_STATUS: v = 0; break;
	case R_GPU_FAULTSTATUS: case R_GPU_FAULTADDR_LO: case R_GPU_FAULTADDR_HI: v = 0; break;
	case R_THREAD_MAX_THREADS: v = 2048; break;
	case R_THREAD_MAX_WG: v = 1024; break;
	case R_THREAD_MAX_BARRIER: v = 1024; break;
	case R_THREAD_FEATURES: v = 0x4001800; break;
	case R_TEXTURE_FEATURES0: v = 0xc1ffff9e; break;
	case R_TEXTURE_FEATURES0 + 4: v = 0x00000ff0; break;
	case R_TEXTURE_FEATURES0 + 8: v = 0x7e0000; break;
	case R_TEXTURE_FEATURES0 + 12: v = 0; break;
	case R_SHADER_PRESENT: case R_SHADER_PRESENT + 4:
		v = domain_read(CFG_SHADER_PRESENT, off & 4); break;
	case R_TILER_PRESENT: case R_TILER_PRESENT + 4:
		v = domain_read(CFG_TILER_PRESENT, off & 4); break;
	case R_L2_PRESENT: case R_L2_PRESENT + 4:
		v = domain_read(CFG_L2_PRESENT, off & 4); break;
	case R_SHADER_READY: case R_SHADER_READY + 4:
		v = domain_read(gpu->shader_ready, off & 4); break;
	case R_TILER_READY: case R_TILER_READY + 4:
		v = domain_read(gpu->tiler_ready, off & 4); break;
	case R_L2_READY: case R_L2_READY + 4:
		v = domain_read(gpu->l2_ready, off & 4); break;
	case R_SHADER_PWRTRANS: case R_SHADER_PWRTRANS + 4:
	case R_TILER_PWRTRANS: case R_TILER_PWRTRANS + 4:
	case R_L2_PWRTRANS: case R_L2_PWRTRANS + 4:
		v = 0; break;	/* transitions are instantaneous */
	case R_REVID: v = 0x0; break;
	case R_COHERENCY_FEATURES: v = 0x1; break;
	case R_MCU_CONTROL: v = gpu->mcu_control; break;
	case R_MCU_STATUS: v = gpu->mcu_status; break;
	case R_JOB_IRQ_RAWSTAT: v = gpu->job_rawstat; break;
	case R_JOB_IRQ_MASK: v = gpu->job_mask; break;
	case R_JOB_IRQ_STATUS: v = gpu->job_rawstat & gpu->job_mask; break;
	case R_MMU_IRQ_RAWSTAT: v = gpu->mmu_rawstat; break;
	case R_MMU_IRQ_MASK: v = gpu->mmu_mask; break;
	case R_MMU_IRQ_STATUS: v = gpu->mmu_rawstat & gpu->mmu_mask; break;
	case R_LATEST_FLUSH: v = 0; break;
	default:
		goto unknown;
	}
	goto out;
unknown:
	gpu->st.unknown_regs++;
	kmodel_printk(NULL, "err", "gpu-model: read of unknown register %#x", off);
out:
	pthread_mutex_unlock(&gpu->lock);
	return v;
}

void gpu_model_write(struct gpu_model *gpu, uint32_t off, uint32_t val)
{
	pthread_mutex_lock(&gpu->lock);
	if (!gpu->powered) {
		gpu->st.unpowered_accesses++;
		gpu_log(gpu, "register write %#x = %#x while the GPU is powered off", off, val);
		goto out;
	}
	if (off >= R_DOORBELL0 && off < R_DOORBELL0 + 32 * R_DOORBELL_STRIDE &&
	    !((off - R_DOORBELL0) % R_DOORBELL_STRIDE)) {
		gpu->st.doorbells++;
		if (gpu->mcu_status == MCU_ENABLED) {
			gpu->doorbells |= 1u << ((off - R_DOORBELL0) / R_DOORBELL_STRIDE);
			pthread_cond_broadcast(&gpu->cond);
		}
		goto out;
	}
	if (off >= R_MMU_AS0 && off < R_MMU_AS0 + NUM_AS * R_AS_STRIDE) {
		int asn = (off - R_MMU_AS0) / R_AS_STRIDE;
		struct gpu_as *as = &gpu->as[asn];

		switch ((off - R_MMU_AS0) % R_AS_STRIDE) {
		case AS_TRANSTAB_LO: as->transtab = (as->transtab & ~0xffffffffull) | val; break;
		case AS_TRANSTAB_HI: as->transtab = (u32)as->transtab | ((u64)val << 32); break;
		case AS_MEMATTR_LO: as->memattr = (as->memattr & ~0xffffffffull) | val; break;
		case AS_MEMATTR_HI: as->memattr = (u32)as->memattr | ((u64)val << 32); break;
		case AS_LOCKADDR_LO: as->lockaddr = (as->lockaddr & ~0xffffffffull) | val; break;
		case AS_LOCKADDR_HI: as->lockaddr = (u32)as->lockaddr | ((u64)val << 32); break;
		case AS_TRANSCFG_LO: as->transcfg = (as->transcfg & ~0xffffffffull) | val; break;
		case AS_TRANSCFG_HI: as->transcfg = (u32)as->transcfg | ((u64)val << 32); break;
		case AS_COMMAND: as_command(gpu, asn, val); break;
		default: goto unknown;
		}
		goto out;
	}
	switch (off) {
	case R_GPU_IRQ_CLEAR: gpu->gpu_rawstat &= ~val; update_irqs(gpu); break;
	case R_GPU_IRQ_MASK: gpu->gpu_mask = val; update_irqs(gpu); break;
	case R_GPU_CMD:
		if (val == 0x101 || val == 0x201) {
			reset_state(gpu);
			gpu->st.soft_resets++;
			gpu->gpu_rawstat |= IRQ_GPU_RESET_COMPLETED;
			update_irqs(gpu);
		} else {
			protocol_error(gpu, "unknown GPU command", val, 0);
		}
		break;
	case R_SHADER_PWRON: case R_SHADER_PWRON + 4:
		domain_write(gpu, &gpu->shader_ready, CFG_SHADER_PRESENT, val, off & 4, true); break;
	case R_TILER_PWRON: case R_TILER_PWRON + 4:
		domain_write(gpu, &gpu->tiler_ready, CFG_TILER_PRESENT, val, off & 4, true); break;
	case R_L2_PWRON: case R_L2_PWRON + 4:
		domain_write(gpu, &gpu->l2_ready, CFG_L2_PRESENT, val, off & 4, true); break;
	case R_SHADER_PWROFF: case R_SHADER_PWROFF + 4:
		domain_write(gpu, &gpu->shader_ready, CFG_SHADER_PRESENT, val, off & 4, false); break;
	case R_TILER_PWROFF: case R_TILER_PWROFF + 4:
		domain_write(gpu, &gpu->tiler_ready, CFG_TILER_PRESENT, val, off & 4, false); break;
	case R_L2_PWROFF: case R_L2_PWROFF + 4:
		if (gpu->mcu_status == MCU_ENABLED)
			protocol_error(gpu, "L2 powered off under a running MCU", val, 0);
		domain_write(gpu, &gpu->l2_ready, CFG_L2_PRESENT, val, off & 4, false); break;
	case R_MCU_CONTROL:
		gpu->mcu_control = val;
		if (val == 1 || val == 2) {
			if (gpu->mcu_status != MCU_ENABLED) {
				gpu->boot_pending = true;
				pthread_cond_broadcast(&gpu->cond);
			}
		} else if (val == 0) {
			gpu->boot_pending = false;
			gpu->fw_up = false;
			gpu->doorbells = 0;
			gpu->mcu_status = MCU_DISABLED;
			memset(gpu->csg, 0, sizeof(gpu->csg));
		} else {
			protocol_error(gpu, "bad MCU_CONTROL", val, 0);
		}
		break;
	case R_JOB_IRQ_CLEAR: gpu->job_rawstat &= ~val; update_irqs(gpu); break;
	case R_JOB_IRQ_MASK: gpu->job_mask = val; update_irqs(gpu); break;
	case R_MMU_IRQ_CLEAR: gpu->mmu_rawstat &= ~val; update_irqs(gpu); break;
	case R_MMU_IRQ_MASK: gpu->mmu_mask = val; update_irqs(gpu); break;
	default:
		goto unknown;
	}
	goto out;
unknown:
	gpu->st.unknown_regs++;
	kmodel_printk(NULL, "err", "gpu-model: write of unknown register %#x = %#x", off, val);
out:
	pthread_mutex_unlock(&gpu->lock);
}

/* ---- the MCU: boot, the global interface, CSG requests ---- */
static void mcu_boot(struct gpu_model *gpu)
{
	char sig[sizeof(GPU_MODEL_FW_SIGNATURE)];
	u32 i, j, off;

	if (!(gpu->l2_ready & CFG_L2_PRESENT) || (gpu->as[0].a_transcfg & 0xf) != 6) {
		protocol_error(gpu, "MCU started without L2 power or AS 0", gpu->l2_ready,
			       gpu->as[0].a_transcfg);
		gpu->mcu_status = MCU_FATAL;
		return;
	}
	/* The firmware's first instructions must be what the image held. */
	for (i = 0; i < sizeof(sig); i += 4) {
		u32 w = mcu_rd32(gpu, GPU_MODEL_MCU_ENTRY + i);

		memcpy(sig + i, &w, min_t(u32, 4, sizeof(sig) - i));
	}
	if (memcmp(sig, GPU_MODEL_FW_SIGNATURE, sizeof(sig))) {
		protocol_error(gpu, "MCU: no firmware at its entry point", 0, 0);
		gpu->mcu_status = MCU_FATAL;
		return;
	}
#define GLB(f)	(SH + offsetof(struct csf_glb_control, f))
	mcu_wr32(gpu, GLB(version), 1u << 24 | 1u << 16);
	mcu_wr32(gpu, GLB(features), 0);
	mcu_wr32(gpu, GLB(input_va), SH_GLB_INPUT);
	mcu_wr32(gpu, GLB(output_va), SH_GLB_OUTPUT);
	mcu_wr32(gpu, GLB(group_num), GPU_MODEL_CSGS);
	mcu_wr32(gpu, GLB(group_stride), SH_GROUP_STRIDE);
	for (i = 0; i < GPU_MODEL_CSGS; i++) {
		off = SH + CSF_GROUP_CONTROL_OFFSET + i * SH_GROUP_STRIDE;
#define CSG(f)	(off + offsetof(struct csf_csg_control, f))
		mcu_wr32(gpu, CSG(input_va), SH_CSG_INPUT(i));
		mcu_wr32(gpu, CSG(output_va), SH_CSG_OUTPUT(i));
		mcu_wr32(gpu, CSG(suspend_size), SH_SUSPEND_SIZE);
		mcu_wr32(gpu, CSG(stream_num), GPU_MODEL_CS_PER_CSG);
		mcu_wr32(gpu, CSG(stream_stride), SH_STREAM_STRIDE);
		for (j = 0; j < GPU_MODEL_CS_PER_CSG; j++) {
			u32 cs = off + CSF_STREAM_CONTROL_OFFSET + j * SH_STREAM_STRIDE;

			mcu_wr32(gpu, cs + offsetof(struct csf_cs_control, features),
				 CS_FEATURES_VALUE);
			mcu_wr32(gpu, cs + offsetof(struct csf_cs_control, input_va),
				 SH_CS_INPUT(i, j));
			mcu_wr32(gpu, cs + offsetof(struct csf_cs_control, output_va),
				 SH_CS_OUTPUT(i, j));
		}
	}
	gpu->mcu_status = MCU_ENABLED;
	gpu->fw_up = true;
	gpu->st.mcu_boots++;
	gpu->job_rawstat |= IRQ_JOB_GLOBAL;
	update_irqs(gpu);
}

static void raise_csg(struct gpu_model *gpu, u32 slot)
{
	gpu->job_rawstat |= 1u << slot;
	update_irqs(gpu);
}

static void cs_fault(struct gpu_model *gpu, u32 slot, u32 j, const char *why)
{
	u32 ack_va = SH_CS_OUTPUT(slot, j) + offsetof(struct csf_cs_output, ack);
	u32 irq_va = SH_CSG_OUTPUT(slot) + offsetof(struct csf_csg_output, cs_irq_req);

	gpu->csg[slot].cs[j].halted = true;
	gpu->st.cs_faults++;
	gpu_log(gpu, "CSG%u CS%u fault: %s", slot, j, why);
	mcu_wr32(gpu, ack_va, mcu_rd32(gpu, ack_va) ^ CS_FAULT);
	mcu_wr32(gpu, irq_va, mcu_rd32(gpu, irq_va) ^ (1u << j));
	raise_csg(gpu, slot);
}

static u64 reg64(struct gpu_cs *cs, u32 r)
{
	return cs->regs[r] | ((u64)cs->regs[r + 1] << 32);
}

enum { EXEC_OK, EXEC_FAULT, EXEC_BLOCK };

/* One instruction. */
static int cs_exec(struct gpu_model *gpu, u32 slot, u32 j, u64 instr, int depth, bool *sync)
{
	struct gpu_cs *cs = &gpu->csg[slot].cs[j];
	int as = gpu->csg[slot].as;
	u32 op = instr >> 56, r = (instr >> 48) & 0xff, a = (instr >> 40) & 0xff;
	u32 v = (instr >> 32) & 0xff;
	u64 addr, size, off, word;

	bool mov = op == CS_OP_MOV48 || op == CS_OP_MOV32;

	if (mov ? r + 1 >= CS_REGS : (a + 1 >= CS_REGS || v + 1 >= CS_REGS)) {
		cs_fault(gpu, slot, j, "register out of range");
		return EXEC_FAULT;
	}
	switch (op) {
	case 0:				/* NOP */
	case CS_OP_WAIT:
		return EXEC_OK;
	case CS_OP_MOV48:
		cs->regs[r] = (u32)instr;
		cs->regs[r + 1] = (instr >> 32) & 0xffff;
		return EXEC_OK;
	case CS_OP_MOV32:
		cs->regs[r] = (u32)instr;
		return EXEC_OK;
	case CS_OP_CALL:
		addr = reg64(cs, a);
		size = cs->regs[v];
		if (depth >= 4 || size % 8) {
			cs_fault(gpu, slot, j, "bad CALL");
			return EXEC_FAULT;
		}
		off = 0;
		if (depth == 0 && cs->in_call)
			off = cs->call_off;
		else if (depth == 0)
			gpu->st.jobs++;
		cs->in_call = false;
		for (; off < size; off += 8) {
			int ret;

			if (!gpu_rd64(gpu, as, addr + off, &word)) {
				cs_fault(gpu, slot, j, "MMU fault fetching instructions");
				return EXEC_FAULT;
			}
			ret = cs_exec(gpu, slot, j, word, depth + 1, sync);
			if (ret == EXEC_BLOCK && depth == 0) {
				cs->in_call = true;
				cs->call_off = off;
			}
			if (ret != EXEC_OK)
				return ret;
		}
		return EXEC_OK;
	case CS_OP_SYNC_ADD64:
		addr = reg64(cs, a);
		if (!gpu_rd64(gpu, as, addr, &word) || !gpu_wr64(gpu, as, addr, word + reg64(cs, v))) {
			cs_fault(gpu, slot, j, "MMU fault on SYNC_ADD64");
			return EXEC_FAULT;
		}
		*sync = true;
		return EXEC_OK;
	case GPU_MODEL_OP_WAIT_NONZERO:
		/* A model-only instruction: wait until the 64-bit word at regs[a] is non-zero. */
		if (!gpu_rd64(gpu, as, reg64(cs, a), &word)) {
			cs_fault(gpu, slot, j, "MMU fault on WAIT_NONZERO");
			return EXEC_FAULT;
		}
		return word ? EXEC_OK : EXEC_BLOCK;
	default:
		cs_fault(gpu, slot, j, "unknown instruction");
		return EXEC_FAULT;
	}
}

static void cs_run(struct gpu_model *gpu, u32 slot, u32 j)
{
	struct gpu_cs *cs = &gpu->csg[slot].cs[j];
	int as = gpu->csg[slot].as, budget = 4096;
	u64 insert, instr;
	bool sync = false;

	if (!gpu_rd64(gpu, as, cs->rb_in + offsetof(struct csf_ringbuf_input, insert), &insert)) {
		cs_fault(gpu, slot, j, "MMU fault reading the ring's insert pointer");
		return;
	}
	while (cs->extract < insert && budget--) {
		if (!gpu_rd64(gpu, as, cs->ring_base + cs->extract % cs->ring_size, &instr)) {
			cs_fault(gpu, slot, j, "MMU fault fetching from the ring");
			return;
		}
		if (cs_exec(gpu, slot, j, instr, 0, &sync) != EXEC_OK)
			break;
		cs->extract += 8;
	}
	if (cs->halted)
		return;
	gpu_wr64(gpu, as, cs->rb_out + offsetof(struct csf_ringbuf_output, extract), cs->extract);
	if (sync) {
		u32 ack_va = SH_CSG_OUTPUT(slot) + offsetof(struct csf_csg_output, ack);

		mcu_wr32(gpu, ack_va, mcu_rd32(gpu, ack_va) ^ CSG_SYNC_UPDATE);
		raise_csg(gpu, slot);
	}
}

static void csg_request(struct gpu_model *gpu, u32 slot)
{
	u32 in = SH_CSG_INPUT(slot), out = SH_CSG_OUTPUT(slot), j;
	u32 req = mcu_rd32(gpu, in + offsetof(struct csf_csg_input, req));
	u32 ack = mcu_rd32(gpu, out + offsetof(struct csf_csg_output, ack));
	u32 state = req & CSG_STATE_MASK;
	struct gpu_csg *csg = &gpu->csg[slot];

	if (!((req ^ ack) & CSG_STATE_MASK))
		return;
	if (state == CSG_STATE_START) {
		csg->running = true;
		csg->as = mcu_rd32(gpu, in + offsetof(struct csf_csg_input, config));
		/* An unmapped AS is legal (a faulty VM): every access of the group faults. */
		if (csg->as >= NUM_AS) {
			protocol_error(gpu, "CSG started on an AS that does not exist", slot, csg->as);
			csg->as = 0;
		}
		if (!mcu_rd64(gpu, in + offsetof(struct csf_csg_input, suspend_buf)))
			protocol_error(gpu, "CSG started without a suspend buffer", slot, 0);
		for (j = 0; j < GPU_MODEL_CS_PER_CSG; j++) {
			u32 ci = SH_CS_INPUT(slot, j), co = SH_CS_OUTPUT(slot, j);
			u32 creq = mcu_rd32(gpu, ci + offsetof(struct csf_cs_input, req));
			u32 cack = mcu_rd32(gpu, co + offsetof(struct csf_cs_output, ack));
			struct gpu_cs *cs = &csg->cs[j];

			memset(cs, 0, sizeof(*cs));
			if ((creq & CS_STATE_MASK) != CS_STATE_START)
				continue;
			cs->started = true;
			cs->ring_base = mcu_rd64(gpu, ci + offsetof(struct csf_cs_input, ringbuf_base));
			cs->ring_size = mcu_rd32(gpu, ci + offsetof(struct csf_cs_input, ringbuf_size));
			cs->rb_in = mcu_rd64(gpu, ci + offsetof(struct csf_cs_input, ringbuf_input));
			cs->rb_out = mcu_rd64(gpu, ci + offsetof(struct csf_cs_input, ringbuf_output));
			cs->doorbell = (mcu_rd32(gpu, ci + offsetof(struct csf_cs_input, config)) >> 8) &
				       0xff;
			if (!cs->ring_size || cs->ring_size % 64)
				protocol_error(gpu, "CS ring size", slot, cs->ring_size);
			mcu_wr32(gpu, co + offsetof(struct csf_cs_output, ack),
				 (cack & ~CS_STATE_MASK) | CS_STATE_START);
		}
		gpu->st.csg_starts++;
	} else if (state == CSG_STATE_TERMINATE) {
		memset(csg, 0, sizeof(*csg));
		gpu->st.csg_terms++;
	} else {
		protocol_error(gpu, "unsupported CSG state request", slot, state);
	}
	mcu_wr32(gpu, out + offsetof(struct csf_csg_output, ack), (ack & ~CSG_STATE_MASK) | state);
	mcu_wr32(gpu, out + offsetof(struct csf_csg_output, status_state), state);
	raise_csg(gpu, slot);
}

static void glb_doorbell(struct gpu_model *gpu)
{
	const u32 known = GLB_HALT | GLB_CFG_PROGRESS_TIMER | GLB_CFG_ALLOC_EN |
			  GLB_CFG_POWEROFF_TIMER | GLB_PING | GLB_IDLE_EN;
	u32 in = SH_GLB_INPUT, out = SH_GLB_OUTPUT, s;
	u32 req = mcu_rd32(gpu, in + offsetof(struct csf_glb_input, req));
	u32 ack = mcu_rd32(gpu, out + offsetof(struct csf_glb_output, ack));
	u32 changed = req ^ ack, dbreq, dback;

	if (changed & ~known)
		protocol_error(gpu, "unknown global request bits", changed, 0);
	if (changed) {
		gpu->st.glb_requests++;
		mcu_wr32(gpu, out + offsetof(struct csf_glb_output, ack), req);
		if (mcu_rd32(gpu, in + offsetof(struct csf_glb_input, ack_irq_mask)) & changed) {
			gpu->job_rawstat |= IRQ_JOB_GLOBAL;
			update_irqs(gpu);
		}
		if (changed & GLB_HALT) {
			gpu->st.mcu_halts++;
			gpu->mcu_status = MCU_HALT;
			gpu->fw_up = false;
			memset(gpu->csg, 0, sizeof(gpu->csg));
			return;
		}
	}
	dbreq = mcu_rd32(gpu, in + offsetof(struct csf_glb_input, doorbell_req));
	dback = mcu_rd32(gpu, out + offsetof(struct csf_glb_output, doorbell_ack));
	for (s = 0; s < GPU_MODEL_CSGS; s++)
		if ((dbreq ^ dback) & (1u << s))
			csg_request(gpu, s);
	if ((dbreq ^ dback) & ~((1u << GPU_MODEL_CSGS) - 1))
		protocol_error(gpu, "doorbell request for a CSG that does not exist", dbreq, 0);
	if (dbreq != dback)
		mcu_wr32(gpu, out + offsetof(struct csf_glb_output, doorbell_ack), dbreq);
}

static void csg_doorbell(struct gpu_model *gpu, u32 db)
{
	u32 s, j;

	for (s = 0; s < GPU_MODEL_CSGS; s++) {
		if (!gpu->csg[s].running)
			continue;
		for (j = 0; j < GPU_MODEL_CS_PER_CSG; j++) {
			struct gpu_cs *cs = &gpu->csg[s].cs[j];

			if (cs->started && !cs->halted && cs->doorbell == db)
				cs_run(gpu, s, j);
		}
	}
}

/* Command streams blocked in WAIT_NONZERO: poll them, as the hardware re-evaluates waits. */
static bool run_blocked(struct gpu_model *gpu, bool run)
{
	bool any = false;
	u32 s, j;

	for (s = 0; s < GPU_MODEL_CSGS; s++) {
		for (j = 0; j < GPU_MODEL_CS_PER_CSG; j++) {
			struct gpu_cs *cs = &gpu->csg[s].cs[j];

			if (!gpu->csg[s].running || !cs->started || cs->halted || !cs->in_call)
				continue;
			any = true;
			if (run)
				cs_run(gpu, s, j);
		}
	}
	return any;
}

static void *gpu_main(void *p)
{
	struct gpu_model *gpu = p;

	kmodel_set_context("gpu-model");
	pthread_mutex_lock(&gpu->lock);
	while (!gpu->stop) {
		if (!gpu->powered || (!gpu->boot_pending && !gpu->doorbells)) {
			gpu->busy = false;
			pthread_cond_broadcast(&gpu->idle_cond);
			if (gpu->powered && gpu->fw_up && run_blocked(gpu, false)) {
				struct timespec ts;

				kmodel_deadline(&ts, 1);
				pthread_cond_timedwait(&gpu->cond, &gpu->lock, &ts);
				run_blocked(gpu, true);
			} else {
				pthread_cond_wait(&gpu->cond, &gpu->lock);
			}
			continue;
		}
		gpu->busy = true;
		if (gpu->boot_pending) {
			gpu->boot_pending = false;
			mcu_boot(gpu);
			continue;
		}
		{
			u32 db = __builtin_ctz(gpu->doorbells);

			gpu->doorbells &= ~(1u << db);
			if (gpu->mcu_status != MCU_ENABLED || !gpu->fw_up)
				continue;
			if (db == 0)
				glb_doorbell(gpu);
			else
				csg_doorbell(gpu, db);
		}
	}
	pthread_mutex_unlock(&gpu->lock);
	return NULL;
}

struct gpu_model *gpu_model_create(struct kmodel_board *board)
{
	struct gpu_model *gpu = calloc(1, sizeof(*gpu));

	gpu->board = board;
	pthread_mutex_init(&gpu->lock, NULL);
	kmodel_cond_init(&gpu->cond);
	kmodel_cond_init(&gpu->idle_cond);
	reset_state(gpu);
	kmodel_thread_create(&gpu->thread, gpu_main, gpu, "gpu-model");
	return gpu;
}

void gpu_model_destroy(struct gpu_model *gpu)
{
	pthread_mutex_lock(&gpu->lock);
	gpu->stop = true;
	pthread_cond_broadcast(&gpu->cond);
	pthread_mutex_unlock(&gpu->lock);
	pthread_join(gpu->thread, NULL);
	free(gpu);
}

void gpu_model_get_stats(struct gpu_model *gpu, struct gpu_model_stats *st)
{
	pthread_mutex_lock(&gpu->lock);
	*st = gpu->st;
	pthread_mutex_unlock(&gpu->lock);
}

bool gpu_model_mcu_running(struct gpu_model *gpu)
{
	bool r;

	pthread_mutex_lock(&gpu->lock);
	r = gpu->powered && gpu->mcu_status == MCU_ENABLED;
	pthread_mutex_unlock(&gpu->lock);
	return r;
}

void gpu_model_idle(struct gpu_model *gpu)
{
	pthread_mutex_lock(&gpu->lock);
	while (gpu->busy || (gpu->powered && (gpu->boot_pending || gpu->doorbells)))
		pthread_cond_wait(&gpu->idle_cond, &gpu->lock);
	pthread_mutex_unlock(&gpu->lock);
}
