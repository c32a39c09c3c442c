// SPDX-License-Identifier: GPL-2.0
/*
 * Device resources (clocks, regulator, reset line), the power sequence shared by probe,
 * runtime resume and GPU reset, runtime PM, and the reset work.
 */
#include <linux/clk.h>
#include <linux/delay.h>
#include <linux/platform_device.h>
#include <linux/pm_runtime.h>
#include <linux/regulator/consumer.h>
#include <linux/reset.h>
#include <drm/drm_drv.h>

#include "mali_csf_device.h"

/* Clocks, supply and reset line on; no register access. */
int mali_csf_device_power_on(struct mali_csf_device *mdev)
{
	int ret;

	if (mdev->powered)
		return 0;
	ret = regulator_enable(mdev->supply);
	if (ret)
		return ret;
	ret = clk_bulk_prepare_enable(mdev->num_clks, mdev->clks);
	if (ret)
		goto err_regulator;
	ret = reset_control_deassert(mdev->rstc);
	if (ret)
		goto err_clk;
	mdev->powered = true;
	return 0;

err_clk:
	clk_bulk_disable_unprepare(mdev->num_clks, mdev->clks);
err_regulator:
	regulator_disable(mdev->supply);
	return ret;
}

void mali_csf_device_power_off(struct mali_csf_device *mdev)
{
	if (!mdev->powered)
		return;
	reset_control_assert(mdev->rstc);
	clk_bulk_disable_unprepare(mdev->num_clks, mdev->clks);
	regulator_disable(mdev->supply);
	mdev->powered = false;
}

/*
 * From power-on (or a hung GPU) to a running MCU: soft reset, L2, interrupts, address spaces,
 * firmware. Probe does these steps itself the first time. [hw]
 */
int mali_csf_device_hw_start(struct mali_csf_device *mdev)
{
	int ret;

	ret = mali_csf_gpu_soft_reset(mdev);
	if (ret)
		return ret;
	ret = mali_csf_gpu_l2_power_on(mdev);
	if (ret)
		return ret;
	mali_csf_gpu_irq_enable(mdev);
	mali_csf_mmu_irq_enable(mdev);
	mali_csf_mmu_restore(mdev);
	ret = mali_csf_fw_boot(mdev);
	if (ret)
		return ret;
	mali_csf_fw_start_ping(mdev);
	return 0;
}

/* Halt the MCU, quiesce interrupts and power the cores down. [hw] */
void mali_csf_device_hw_stop(struct mali_csf_device *mdev)
{
	mali_csf_fw_stop_ping(mdev);
	mali_csf_fw_halt(mdev);
	mali_csf_mmu_irq_disable(mdev);
	mali_csf_gpu_irq_disable(mdev);
	mali_csf_gpu_power_off(mdev);
}

void mali_csf_device_wait_hw_stopped(struct mali_csf_device *mdev)
{
	wait_for_completion(&mdev->hw_stopped);
}

void mali_csf_device_schedule_reset(struct mali_csf_device *mdev)
{
	queue_work(system_unbound_wq, &mdev->reset_work);
}

/*
 * The reset work: a work item, so it can run after unbind; the whole hardware sequence runs
 * under the unbind guard. Every group dies; user space sees its jobs fail with -EIO.
 */
static void mali_csf_reset_work(struct work_struct *work)
{
	struct mali_csf_device *mdev = container_of(work, struct mali_csf_device, reset_work);
	int idx;

	if (!drm_dev_enter(&mdev->drm, &idx))
		return;
	/* A suspended GPU is reset by its next resume anyway. */
	if (pm_runtime_get_if_active(mdev->dev) > 0) {
		dev_warn(mdev->dev, "resetting the GPU\n");
		mali_csf_sched_reset(mdev);
		mali_csf_device_hw_stop(mdev);
		if (mali_csf_device_hw_start(mdev))
			dev_err(mdev->dev, "GPU reset failed\n");
		pm_runtime_put_autosuspend(mdev->dev);
	}
	drm_dev_exit(idx);
}

static int mali_csf_runtime_suspend(struct device *dev)
{
	struct mali_csf_device *mdev = dev_get_drvdata(dev);

	mali_csf_device_hw_stop(mdev);
	disable_irq(mdev->irq_job);
	disable_irq(mdev->irq_mmu);
	disable_irq(mdev->irq_gpu);
	mali_csf_device_power_off(mdev);
	return 0;
}

static int mali_csf_runtime_resume(struct device *dev)
{
	struct mali_csf_device *mdev = dev_get_drvdata(dev);
	int ret;

	ret = mali_csf_device_power_on(mdev);
	if (ret)
		return ret;
	enable_irq(mdev->irq_gpu);
	enable_irq(mdev->irq_mmu);
	enable_irq(mdev->irq_job);
	ret = mali_csf_device_hw_start(mdev);
	if (ret) {
		mali_csf_runtime_suspend(dev);
		return ret;
	}
	return 0;
}

const struct dev_pm_ops mali_csf_pm_ops = {
	RUNTIME_PM_OPS(mali_csf_runtime_suspend, mali_csf_runtime_resume, NULL)
};

/* Probe: get the resources and power the GPU up. */
int mali_csf_device_init(struct mali_csf_device *mdev)
{
	struct device *dev = mdev->dev;
	int ret;

	INIT_WORK(&mdev->reset_work, mali_csf_reset_work);
	init_completion(&mdev->hw_stopped);

	ret = devm_clk_bulk_get_all(dev, &mdev->clks);
	if (ret < 0)
		return dev_err_probe(dev, ret, "failed to get clocks\n");
	mdev->num_clks = ret;
	mdev->supply = devm_regulator_get(dev, "mali");
	if (IS_ERR(mdev->supply))
		return dev_err_probe(dev, PTR_ERR(mdev->supply), "failed to get regulator\n");
	mdev->rstc = devm_reset_control_array_get_optional_exclusive(dev);
	if (IS_ERR(mdev->rstc))
		return dev_err_probe(dev, PTR_ERR(mdev->rstc), "failed to get reset\n");

	ret = mali_csf_device_power_on(mdev);
	if (ret)
		return dev_err_probe(dev, ret, "failed to power up\n");
	return 0;
}
