#include "tdn.h"

static void tdn_ping_work(struct work_struct *work)
{
	struct tdn_device *tdn = container_of(work, struct tdn_device, ping_work);

	writel(1, tdn->regs + 0x10);
	schedule_work(&tdn->ping_work);
}

void tdn_reset_work(struct work_struct *work)
{
	struct tdn_device *tdn = container_of(to_delayed_work(work), struct tdn_device,
					      reset_work);

	writel(1, tdn->regs + 0x20);
}

void tdn_hw_flush(struct tdn_device *tdn)
{
	writel(1, tdn->regs + 0x30);
}

void tdn_hw_init(struct tdn_device *tdn)
{
	INIT_WORK(&tdn->ping_work, tdn_ping_work);
	schedule_work(&tdn->ping_work);
}

void tdn_hw_unplug(struct tdn_device *tdn)
{
	disable_work_sync(&tdn->ping_work);
}
