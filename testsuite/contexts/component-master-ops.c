// Pins component_master_ops: .bind is bound, .unbind is where the unbind path starts (vc4's
// vc4_drm_unbind): register accesses in both are silent, and a work item disabled in
// .unbind is stopped on the unbind path (silent) while one nothing stops still fires.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/device.h>
#include <linux/component.h>
#include <linux/workqueue.h>
#include <drm/drm_drv.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct work_struct hpd_work;	/* disabled in .unbind */
	struct work_struct leaked_work;	/* nothing stops it */
};

static void foo_hpd_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(work, struct foo_device, hpd_work);

	writel(1, fdev->regs + 0x10);
}

static void foo_leaked_work(struct work_struct *work)
{
	struct foo_device *fdev = container_of(work, struct foo_device, leaked_work);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_leaked_work', which can run after unbind}}
	// expected-note@+1{{'foo_leaked_work' accesses MMIO with 'writel' here}}
	writel(2, fdev->regs + 0x14);
}

static int foo_drm_bind(struct device *dev)
{
	struct foo_device *fdev = dev_get_drvdata(dev);

	INIT_WORK(&fdev->hpd_work, foo_hpd_work);
	INIT_WORK(&fdev->leaked_work, foo_leaked_work); // expected-note{{'foo_leaked_work' is a work item, registered here}} expected-note{{nothing on the unbind path stops it for good}}
	writel(1, fdev->regs);
	return component_bind_all(dev, &fdev->drm);
}

static void foo_drm_unbind(struct device *dev)
{
	struct foo_device *fdev = dev_get_drvdata(dev);

	drm_dev_unplug(&fdev->drm);
	disable_work_sync(&fdev->hpd_work);
	writel(0, fdev->regs);
	component_unbind_all(dev, &fdev->drm);
}

static const struct component_master_ops foo_drm_ops = {
	.bind = foo_drm_bind,
	.unbind = foo_drm_unbind,
};

int foo_master_probe(struct device *dev, struct component_match *match)
{
	return component_master_add_with_match(dev, &foo_drm_ops, match);
}
