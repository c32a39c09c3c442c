// Pins hv_driver: .probe and the other callbacks are bound (register access silent) and .remove is
// where the unbind path starts: a work item disabled there is stopped (silent), one nothing stops
// still fires.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/workqueue.h>
#include <linux/hyperv.h>
#include <drm/drm_drv.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct work_struct reset_work;	/* disabled in .remove */
	struct work_struct leaked_work;	/* nothing stops it */
};

static struct foo_device *foo_dev;

static void foo_reset_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(work, struct foo_device, reset_work);

	writel(1, fdev->regs + 0x10);
}

static void foo_leaked_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(work, struct foo_device, leaked_work);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_leaked_work', which can run after unbind}}
	// expected-note@+1{{'foo_leaked_work' accesses MMIO with 'writel' here}}
	writel(2, fdev->regs + 0x14);
}

static int foo_probe(struct hv_device *hdev, const struct hv_vmbus_device_id *id)
{
	INIT_WORK(&foo_dev->reset_work, foo_reset_work);
	INIT_WORK(&foo_dev->leaked_work, foo_leaked_work); // expected-note{{'foo_leaked_work' is a work item, registered here}} expected-note{{nothing on the unbind path stops it for good}}
	writel(1, foo_dev->regs);
	return 0;
}

static void foo_remove(struct hv_device *hdev)
{
	drm_dev_unplug(&foo_dev->drm);
	disable_work_sync(&foo_dev->reset_work);
	writel(0, foo_dev->regs);
}

static int foo_suspend(struct hv_device *hdev)
{
	writel(0, foo_dev->regs + 0x04);
	return 0;
}

static struct hv_driver foo_driver = {
	.probe = foo_probe,
	.remove = foo_remove,
	.suspend = foo_suspend,
};

int foo_init(void)
{
	return __vmbus_driver_register(&foo_driver, THIS_MODULE, "foo");
}
