/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A register-level model of an Arm Mali CSF GPU (arch 10.8): identification registers, power
 * domains, soft reset, interrupts, the MMU (address spaces, commands, page-table walks with a
 * small TLB), the MCU and its firmware's shared-memory interface, doorbells, and a command
 * stream interpreter that runs jobs. DMA addresses are CPU addresses in this model.
 */
#ifndef GPU_MODEL_H
#define GPU_MODEL_H

#include <stdbool.h>
#include <stdint.h>

struct gpu_model;
struct kmodel_board;

#define GPU_MODEL_MMIO_SIZE	0x400000u
#define GPU_MODEL_CSGS		4
#define GPU_MODEL_CS_PER_CSG	2
#define GPU_MODEL_FW_SIGNATURE	"MALI-CSF-MODEL-FW"
/*
 * Where the model's MCU starts executing. A real MCU starts at address 0, but the driver
 * cannot map a firmware section there (mali_csf_kbo_create() takes va == 0 to mean "pick an
 * address"), so the model's entry point and the test image's code section sit at 0x1000.
 */
#define GPU_MODEL_MCU_ENTRY	0x1000u
/* Model-only command stream instruction: wait until the u64 at the address in regs[a] != 0. */
#define GPU_MODEL_OP_WAIT_NONZERO	63ull

enum { GPU_MODEL_IRQ_GPU, GPU_MODEL_IRQ_MMU, GPU_MODEL_IRQ_JOB };

struct gpu_model_stats {
	unsigned long soft_resets, mcu_boots, mcu_halts, glb_requests, csg_starts, csg_terms;
	unsigned long doorbells, jobs, as_updates, as_flushes, mmu_faults, cs_faults;
	unsigned long unpowered_accesses, unknown_regs, protocol_errors;
	unsigned long power_ons, power_offs;
};

struct gpu_model *gpu_model_create(struct kmodel_board *board);
void gpu_model_destroy(struct gpu_model *gpu);
uint32_t gpu_model_read(struct gpu_model *gpu, uint32_t off);
void gpu_model_write(struct gpu_model *gpu, uint32_t off, uint32_t val);
void gpu_model_set_power(struct gpu_model *gpu, bool on);
void gpu_model_get_stats(struct gpu_model *gpu, struct gpu_model_stats *st);
bool gpu_model_mcu_running(struct gpu_model *gpu);
/* Wait until the model has no queued work (doorbells, boot). */
void gpu_model_idle(struct gpu_model *gpu);

#endif
