/* A three-file driver whose teardown and registrations cross files. */
#include <linux/io.h>
#include <linux/workqueue.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct tdn_device {
	struct drm_device drm;
	void __iomem *regs;
	struct work_struct ping_work;	/* tdn_hw.c: disabled for good by tdn_hw_unplug() */
	struct delayed_work reset_work;	/* tdn_drv.c registers tdn_hw.c's handler; never stopped */
};

#define to_tdn(dev) container_of(dev, struct tdn_device, drm)

void tdn_hw_init(struct tdn_device *tdn);
void tdn_hw_unplug(struct tdn_device *tdn);
void tdn_hw_flush(struct tdn_device *tdn);
void tdn_reset_work(struct work_struct *work);
struct tdn_device *tdn_of(struct platform_device *pdev);
