// SPDX-License-Identifier: GPL-2.0
/*
 * The GPU control block: identification, soft reset, power domains and the GPU interrupt.
 *
 * Everything here touches registers and is called from bound scope (probe, remove, PM
 * callbacks, the GPU IRQ) or from the reset work with an unbind guard held.
 */
#include <linux/device.h>
#include <linux/iopoll.h>
#include <linux/platform_device.h>
#include <linux/property.h>

#include "mali_csf_device.h"
#include "mali_csf_regs.h"

#define POLL_DELAY_US		10
#define RESET_TIMEOUT_US	100000
#define POWER_TIMEOUT_US	100000

#define GPU_IRQ_HANDLED		(GPU_IRQ_FAULT | GPU_IRQ_PROTM_FAULT)

static u64 csf_read64(struct mali_csf_device *mdev, u32 lo)
{
	return csf_read(mdev, lo) | ((u64)csf_read(mdev, GPU_REG_HI(lo)) << 32);
}

static void csf_write64(struct mali_csf_device *mdev, u32 lo, u64 val)
{
	csf_write(mdev, lo, lower_32_bits(val));
	csf_write(mdev, GPU_REG_HI(lo), upper_32_bits(val));
}

static void mali_csf_gpu_read_info(struct mali_csf_device *mdev)
{
	struct drm_mali_csf_gpu_info *info = &mdev->info;
	int i;

	info->gpu_id = csf_read(mdev, GPU_ID);
	info->gpu_rev = csf_read(mdev, GPU_REVID);
	info->csf_id = csf_read(mdev, GPU_CSF_ID);
	info->l2_features = csf_read(mdev, GPU_L2_FEATURES);
	info->core_features = csf_read(mdev, GPU_CORE_FEATURES);
	info->tiler_features = csf_read(mdev, GPU_TILER_FEATURES);
	info->mem_features = csf_read(mdev, GPU_MEM_FEATURES);
	info->mmu_features = csf_read(mdev, GPU_MMU_FEATURES);
	info->thread_features = csf_read(mdev, GPU_THREAD_FEATURES);
	info->max_threads = csf_read(mdev, GPU_THREAD_MAX_THREADS);
	info->thread_max_workgroup_size = csf_read(mdev, GPU_THREAD_MAX_WORKGROUP_SIZE);
	info->thread_max_barrier_size = csf_read(mdev, GPU_THREAD_MAX_BARRIER_SIZE);
	info->coherency_features = csf_read(mdev, GPU_COHERENCY_FEATURES);
	for (i = 0; i < ARRAY_SIZE(info->texture_features); i++)
		info->texture_features[i] = csf_read(mdev, GPU_TEXTURE_FEATURES(i));
	info->as_present = csf_read(mdev, GPU_AS_PRESENT);
	info->shader_present = csf_read64(mdev, GPU_SHADER_PRESENT_LO);
	info->tiler_present = csf_read64(mdev, GPU_TILER_PRESENT_LO);
	info->l2_present = csf_read64(mdev, GPU_L2_PRESENT_LO);
}

int mali_csf_gpu_soft_reset(struct mali_csf_device *mdev)
{
	u32 status;
	int ret;

	csf_write(mdev, GPU_INT_MASK, 0);
	csf_write(mdev, GPU_INT_CLEAR, GPU_IRQ_RESET_COMPLETED);
	csf_write(mdev, GPU_CMD, GPU_CMD_SOFT_RESET);
	ret = readl_poll_timeout(mdev->iomem + GPU_INT_RAWSTAT, status,
				 status & GPU_IRQ_RESET_COMPLETED, POLL_DELAY_US, RESET_TIMEOUT_US);
	if (ret) {
		dev_err(mdev->dev, "soft reset timed out\n");
		return ret;
	}
	csf_write(mdev, GPU_INT_CLEAR, ~0u);
	return 0;
}

/* Power a domain up and wait until every core of @mask reports ready. */
static int mali_csf_gpu_domain_on(struct mali_csf_device *mdev, u32 pwron, u32 ready, u64 mask)
{
	u32 lo, hi;
	int ret;

	if (!mask)
		return 0;
	csf_write64(mdev, pwron, mask);
	ret = readl_poll_timeout(mdev->iomem + ready, lo,
				 (lo & lower_32_bits(mask)) == lower_32_bits(mask),
				 POLL_DELAY_US, POWER_TIMEOUT_US);
	if (ret)
		return ret;
	return readl_poll_timeout(mdev->iomem + GPU_REG_HI(ready), hi,
				  (hi & upper_32_bits(mask)) == upper_32_bits(mask),
				  POLL_DELAY_US, POWER_TIMEOUT_US);
}

/* Shader cores and the tiler are powered on demand by the MCU; the host only powers L2. */
int mali_csf_gpu_l2_power_on(struct mali_csf_device *mdev)
{
	int ret;

	ret = mali_csf_gpu_domain_on(mdev, GPU_L2_PWRON_LO, GPU_L2_READY_LO,
				     mdev->info.l2_present);
	if (ret)
		dev_err(mdev->dev, "L2 power-up timed out\n");
	return ret;
}

static void mali_csf_gpu_domain_off(struct mali_csf_device *mdev, u32 pwroff, u32 trans,
				    u64 mask)
{
	u32 lo;

	if (!mask)
		return;
	csf_write64(mdev, pwroff, mask);
	if (readl_poll_timeout(mdev->iomem + trans, lo, !(lo & lower_32_bits(mask)),
			       POLL_DELAY_US, POWER_TIMEOUT_US))
		dev_warn(mdev->dev, "power domain at %#x did not turn off\n", pwroff);
}

void mali_csf_gpu_power_off(struct mali_csf_device *mdev)
{
	mali_csf_gpu_domain_off(mdev, GPU_SHADER_PWROFF_LO, GPU_SHADER_PWRTRANS_LO,
				mdev->info.shader_present);
	mali_csf_gpu_domain_off(mdev, GPU_TILER_PWROFF_LO, GPU_TILER_PWRTRANS_LO,
				mdev->info.tiler_present);
	mali_csf_gpu_domain_off(mdev, GPU_L2_PWROFF_LO, GPU_L2_PWRTRANS_LO,
				mdev->info.l2_present);
}

void mali_csf_gpu_irq_enable(struct mali_csf_device *mdev)
{
	csf_write(mdev, GPU_INT_CLEAR, ~0u);
	csf_write(mdev, GPU_INT_MASK, GPU_IRQ_HANDLED);
}

void mali_csf_gpu_irq_disable(struct mali_csf_device *mdev)
{
	csf_write(mdev, GPU_INT_MASK, 0);
}

static irqreturn_t mali_csf_gpu_irq(int irq, void *data)
{
	struct mali_csf_device *mdev = data;

	if (!csf_read(mdev, GPU_INT_STAT))
		return IRQ_NONE;
	/* Masked until the thread has dealt with the cause. */
	csf_write(mdev, GPU_INT_MASK, 0);
	return IRQ_WAKE_THREAD;
}

static irqreturn_t mali_csf_gpu_irq_thread(int irq, void *data)
{
	struct mali_csf_device *mdev = data;
	u32 status = csf_read(mdev, GPU_INT_RAWSTAT) & GPU_IRQ_HANDLED;

	if (status & (GPU_IRQ_FAULT | GPU_IRQ_PROTM_FAULT)) {
		u32 fault = csf_read(mdev, GPU_FAULT_STATUS);
		u64 addr = csf_read(mdev, GPU_FAULT_ADDR_LO) |
			   ((u64)csf_read(mdev, GPU_FAULT_ADDR_HI) << 32);

		dev_err_ratelimited(mdev->dev, "GPU fault %#x at %#llx\n", fault, addr);
		mali_csf_device_schedule_reset(mdev);
	}
	csf_write(mdev, GPU_INT_CLEAR, status);
	csf_write(mdev, GPU_INT_MASK, GPU_IRQ_HANDLED);
	return IRQ_HANDLED;
}

/*
 * Called from probe with the device powered: identify the GPU, bring it to a known state and
 * request its interrupt. The IRQ is requested after the register mapping, so devres frees it
 * first: its handlers only ever run while the registers are mapped.
 */
int mali_csf_gpu_init(struct mali_csf_device *mdev)
{
	struct platform_device *pdev = to_platform_device(mdev->dev);
	u32 mmu;
	int ret;

	mali_csf_gpu_read_info(mdev);
	if (GPU_ID_ARCH_MAJOR(mdev->info.gpu_id) < 10) {
		dev_err(mdev->dev, "GPU %#x is not a CSF GPU\n", mdev->info.gpu_id);
		return -ENODEV;
	}
	mmu = mdev->info.mmu_features;
	if (GPU_MMU_VA_BITS(mmu) < 32 || GPU_MMU_PA_BITS(mmu) < 32 || !mdev->info.l2_present) {
		dev_err(mdev->dev, "unsupported MMU/L2 configuration %#x\n", mmu);
		return -ENODEV;
	}
	mdev->coherent = device_get_dma_attr(mdev->dev) == DEV_DMA_COHERENT;
	dev_info(mdev->dev, "Mali GPU id %#x (arch %u.%u, r%up%u), %u shader cores\n",
		 mdev->info.gpu_id, GPU_ID_ARCH_MAJOR(mdev->info.gpu_id),
		 GPU_ID_ARCH_MINOR(mdev->info.gpu_id), GPU_ID_VER_MAJOR(mdev->info.gpu_id),
		 GPU_ID_VER_MINOR(mdev->info.gpu_id),
		 (unsigned int)hweight64(mdev->info.shader_present));

	ret = mali_csf_gpu_soft_reset(mdev);
	if (ret)
		return ret;
	ret = mali_csf_gpu_l2_power_on(mdev);
	if (ret)
		return ret;

	mdev->irq_gpu = platform_get_irq_byname(pdev, "gpu");
	if (mdev->irq_gpu < 0)
		return mdev->irq_gpu;
	ret = devm_request_threaded_irq(mdev->dev, mdev->irq_gpu, mali_csf_gpu_irq,
					mali_csf_gpu_irq_thread, IRQF_ONESHOT, "mali-csf-gpu", mdev);
	if (ret)
		return ret;
	mali_csf_gpu_irq_enable(mdev);
	return 0;
}
