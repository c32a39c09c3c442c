// SPDX-License-Identifier: GPL-2.0
/*
 * fakegpu: a small DRM driver for an imaginary GPU, bundled with boundscope to show what it
 * reports. Most of it is correct: probe, remove, the IRQ handlers and the PM callbacks touch
 * registers only while the device is bound, and most ioctls hold an unbind guard
 * (drm_dev_enter()/drm_dev_exit()) around their register accesses. Five places are wrong on
 * purpose; each is marked "BUG" and explained in examples/README.md.
 *
 * Check it with:  build/bin/boundscope -nostdinc -isystem testsuite/include examples/fakegpu_drv.c
 */
#include <linux/interrupt.h>
#include <linux/iopoll.h>
#include <linux/platform_device.h>
#include <linux/pm_runtime.h>
#include <linux/workqueue.h>
#include <drm/drm_drv.h>
#include <drm/drm_file.h>
#include <drm/drm_ioctl.h>

#include "fakegpu_regs.h"

struct fakegpu_device {
	struct drm_device drm;
	void __iomem *iomem;
	struct work_struct reset_work;
	int irq;
	u32 gpu_id;
};

#define to_fakegpu(ddev) container_of(ddev, struct fakegpu_device, drm)

/* The uapi, kept here to make the example one file. */
struct drm_fakegpu_get_param {
	u32 param;
	u32 pad;
	u64 value;
};

struct drm_fakegpu_submit {
	u64 job_head;
};

struct drm_fakegpu_wait_idle {
	u32 timeout_us;
	u32 pad;
};

#define DRM_FAKEGPU_PARAM_GPU_ID		0
#define DRM_FAKEGPU_PARAM_LATEST_FLUSH_ID	1
#define FAKEGPU_MAX_TIMEOUT_US			100000

#define DRM_IOCTL_FAKEGPU_GET_PARAM \
	DRM_IOWR(DRM_COMMAND_BASE + 0x00, struct drm_fakegpu_get_param)
#define DRM_IOCTL_FAKEGPU_SUBMIT	DRM_IOW(DRM_COMMAND_BASE + 0x01, struct drm_fakegpu_submit)
#define DRM_IOCTL_FAKEGPU_WAIT_IDLE \
	DRM_IOW(DRM_COMMAND_BASE + 0x02, struct drm_fakegpu_wait_idle)
#define DRM_IOCTL_FAKEGPU_RESET		DRM_IO(DRM_COMMAND_BASE + 0x03)
#define DRM_IOCTL_FAKEGPU_CHECK_FAULT	DRM_IO(DRM_COMMAND_BASE + 0x04)

static int fakegpu_soft_reset(struct fakegpu_device *fdev)
{
	u32 status;

	gpu_write(fdev, GPU_CMD, GPU_CMD_SOFT_RESET);
	return readl_poll_timeout(fdev->iomem + GPU_STATUS, status,
				  !(status & GPU_STATUS_ACTIVE), 10, 10000);
}

static void fakegpu_flush_caches(struct fakegpu_device *fdev)
{
	gpu_write(fdev, GPU_CMD, GPU_CMD_CLEAN_CACHES);
}

/* A fatal hardware fault: give the device up. */
static void fakegpu_declare_dead(struct fakegpu_device *fdev)
{
	drm_dev_unplug(&fdev->drm);
}

/* Correct: the register read is inside the unbind guard; the cached ID needs none. */
static int fakegpu_ioctl_get_param(struct drm_device *ddev, void *data, struct drm_file *file)
{
	struct fakegpu_device *fdev = to_fakegpu(ddev);
	struct drm_fakegpu_get_param *args = data;
	int idx;

	switch (args->param) {
	case DRM_FAKEGPU_PARAM_GPU_ID:
		args->value = fdev->gpu_id;
		return 0;
	case DRM_FAKEGPU_PARAM_LATEST_FLUSH_ID:
		if (!drm_dev_enter(ddev, &idx))
			return -ENODEV;
		args->value = gpu_read(fdev, GPU_LATEST_FLUSH_ID);
		drm_dev_exit(idx);
		return 0;
	default:
		return -EINVAL;
	}
}

/* BUG 1 (unguarded-access): rings the doorbell with no unbind guard. */
static int fakegpu_ioctl_submit(struct drm_device *ddev, void *data, struct drm_file *file)
{
	struct fakegpu_device *fdev = to_fakegpu(ddev);
	struct drm_fakegpu_submit *args = data;

	fakegpu_flush_caches(fdev);
	gpu_write(fdev, GPU_JOB_HEAD, (u32)args->job_head);
	gpu_write(fdev, GPU_JOB_START, 1);
	return 0;
}

/* BUG 2 (guard-leak): the argument check returns with the guard still held. */
static int fakegpu_ioctl_wait_idle(struct drm_device *ddev, void *data, struct drm_file *file)
{
	struct fakegpu_device *fdev = to_fakegpu(ddev);
	struct drm_fakegpu_wait_idle *args = data;
	u32 status;
	int idx, ret;

	if (!drm_dev_enter(ddev, &idx))
		return -ENODEV;
	if (args->timeout_us > FAKEGPU_MAX_TIMEOUT_US)
		return -EINVAL;
	ret = readl_poll_timeout(fdev->iomem + GPU_STATUS, status,
				 !(status & GPU_STATUS_ACTIVE), 10, args->timeout_us);
	drm_dev_exit(idx);
	return ret;
}

/* BUG 3 (guard-unbalanced): the error path exits the guard, then "out" exits it again. */
static int fakegpu_ioctl_reset(struct drm_device *ddev, void *data, struct drm_file *file)
{
	struct fakegpu_device *fdev = to_fakegpu(ddev);
	int idx, ret;

	if (!drm_dev_enter(ddev, &idx))
		return -ENODEV;
	ret = fakegpu_soft_reset(fdev);
	if (ret) {
		drm_dev_exit(idx);
		goto out;
	}
	gpu_write(fdev, GPU_IRQ_MASK, GPU_IRQ_ALL);
out:
	drm_dev_exit(idx);
	return ret;
}

/* BUG 4 (unplug-in-guard): drm_dev_unplug() waits for this very guard: a deadlock. */
static int fakegpu_ioctl_check_fault(struct drm_device *ddev, void *data, struct drm_file *file)
{
	struct fakegpu_device *fdev = to_fakegpu(ddev);
	int idx, ret = 0;

	if (drm_dev_enter(ddev, &idx)) {
		if (gpu_read(fdev, GPU_FAULT_STATUS) & GPU_FAULT_FATAL) {
			fakegpu_declare_dead(fdev);
			ret = -EIO;
		}
		drm_dev_exit(idx);
	}
	return ret;
}

static const struct drm_ioctl_desc fakegpu_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FAKEGPU_GET_PARAM, fakegpu_ioctl_get_param, DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(FAKEGPU_SUBMIT, fakegpu_ioctl_submit, DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(FAKEGPU_WAIT_IDLE, fakegpu_ioctl_wait_idle, DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(FAKEGPU_RESET, fakegpu_ioctl_reset, DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(FAKEGPU_CHECK_FAULT, fakegpu_ioctl_check_fault, DRM_RENDER_ALLOW),
};

/* Correct: a file can be closed long after unbind, so the cache flush is guarded. */
static void fakegpu_postclose(struct drm_device *ddev, struct drm_file *file)
{
	int idx;

	if (drm_dev_enter(ddev, &idx)) {
		fakegpu_flush_caches(to_fakegpu(ddev));
		drm_dev_exit(idx);
	}
}

static const struct drm_driver fakegpu_drm_driver = {
	.driver_features = DRIVER_GEM | DRIVER_RENDER,
	.postclose = fakegpu_postclose,
	.ioctls = fakegpu_ioctls,
	.num_ioctls = ARRAY_SIZE(fakegpu_ioctls),
	.name = "fakegpu",
	.desc = "boundscope example driver",
};

/*
 * BUG 5 (unguarded-access): queued by the IRQ thread, this work item can still run after
 * remove() (cancel_work_sync() there does not stop the IRQ from queueing it again before
 * devres frees the IRQ), and it reads a register unguarded.
 */
static void fakegpu_reset_work(struct work_struct *work)
{
	struct fakegpu_device *fdev = container_of(work, struct fakegpu_device, reset_work);

	if (gpu_read(fdev, GPU_FAULT_STATUS))
		fakegpu_soft_reset(fdev);
}

/* Correct: IRQ handlers are freed (devres) before the register mapping they use. */
static irqreturn_t fakegpu_irq(int irq, void *data)
{
	struct fakegpu_device *fdev = data;

	if (!gpu_read(fdev, GPU_IRQ_STATUS))
		return IRQ_NONE;
	gpu_write(fdev, GPU_IRQ_MASK, 0);
	return IRQ_WAKE_THREAD;
}

static irqreturn_t fakegpu_irq_thread(int irq, void *data)
{
	struct fakegpu_device *fdev = data;
	u32 status = gpu_read(fdev, GPU_IRQ_RAWSTAT);

	gpu_write(fdev, GPU_IRQ_CLEAR, status);
	if (status & GPU_IRQ_FAULT)
		schedule_work(&fdev->reset_work);
	gpu_write(fdev, GPU_IRQ_MASK, GPU_IRQ_ALL);
	return IRQ_HANDLED;
}

/* Correct: PM callbacks run only while the driver is bound. */
static int fakegpu_runtime_suspend(struct device *dev)
{
	struct fakegpu_device *fdev = dev_get_drvdata(dev);

	fakegpu_flush_caches(fdev);
	gpu_write(fdev, GPU_PWR_OFF, 1);
	return 0;
}

static int fakegpu_runtime_resume(struct device *dev)
{
	struct fakegpu_device *fdev = dev_get_drvdata(dev);

	gpu_write(fdev, GPU_PWR_ON, 1);
	return fakegpu_soft_reset(fdev);
}

static DEFINE_RUNTIME_DEV_PM_OPS(fakegpu_pm_ops, fakegpu_runtime_suspend,
				 fakegpu_runtime_resume, NULL);

static int fakegpu_probe(struct platform_device *pdev)
{
	struct fakegpu_device *fdev;
	int ret;

	fdev = devm_drm_dev_alloc(&pdev->dev, &fakegpu_drm_driver, struct fakegpu_device, drm);
	if (IS_ERR(fdev))
		return PTR_ERR(fdev);
	platform_set_drvdata(pdev, fdev);

	fdev->iomem = devm_platform_ioremap_resource(pdev, 0);
	if (IS_ERR(fdev->iomem))
		return PTR_ERR(fdev->iomem);
	fdev->gpu_id = gpu_read(fdev, GPU_ID);
	ret = fakegpu_soft_reset(fdev);
	if (ret)
		return ret;

	INIT_WORK(&fdev->reset_work, fakegpu_reset_work);
	fdev->irq = platform_get_irq(pdev, 0);
	if (fdev->irq < 0)
		return fdev->irq;
	ret = devm_request_threaded_irq(&pdev->dev, fdev->irq, fakegpu_irq, fakegpu_irq_thread,
					IRQF_SHARED, "fakegpu", fdev);
	if (ret)
		return ret;
	gpu_write(fdev, GPU_IRQ_MASK, GPU_IRQ_ALL);

	pm_runtime_enable(&pdev->dev);
	ret = drm_dev_register(&fdev->drm, 0);
	if (ret)
		pm_runtime_disable(&pdev->dev);
	return ret;
}

static void fakegpu_remove(struct platform_device *pdev)
{
	struct fakegpu_device *fdev = platform_get_drvdata(pdev);

	drm_dev_unplug(&fdev->drm);
	gpu_write(fdev, GPU_IRQ_MASK, 0);
	cancel_work_sync(&fdev->reset_work);
	pm_runtime_disable(&pdev->dev);
}

static struct platform_driver fakegpu_driver = {
	.probe = fakegpu_probe,
	.remove = fakegpu_remove,
	.driver = {
		.name = "fakegpu",
		.pm = pm_ptr(&fakegpu_pm_ops),
	},
};
module_platform_driver(fakegpu_driver);
