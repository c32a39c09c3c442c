// Pins the bus drivers of the display and accel stacks: .probe and the other callbacks are
// bound (register access silent) and .remove (USB: .disconnect) is where the unbind path
// starts: a work item disabled there is stopped (silent), one nothing stops still fires. One
// source, one bus per run.
// RUN: %clang_plugin -Xclang -verify -DBUS_I2C %s
// RUN: %bs -Xclang -verify -DBUS_I2C %s
// RUN: %clang_plugin -Xclang -verify -DBUS_SPI %s
// RUN: %bs -Xclang -verify -DBUS_SPI %s
// RUN: %clang_plugin -Xclang -verify -DBUS_USB %s
// RUN: %bs -Xclang -verify -DBUS_USB %s
// RUN: %clang_plugin -Xclang -verify -DBUS_VIRTIO %s
// RUN: %bs -Xclang -verify -DBUS_VIRTIO %s
// RUN: %clang_plugin -Xclang -verify -DBUS_HV %s
// RUN: %bs -Xclang -verify -DBUS_HV %s
// RUN: %clang_plugin -Xclang -verify -DBUS_AUXILIARY %s
// RUN: %bs -Xclang -verify -DBUS_AUXILIARY %s
// RUN: %clang_plugin -Xclang -verify -DBUS_HOST1X %s
// RUN: %bs -Xclang -verify -DBUS_HOST1X %s
// RUN: %clang_plugin -Xclang -verify -DBUS_MHI %s
// RUN: %bs -Xclang -verify -DBUS_MHI %s

#include <linux/io.h>
#include <linux/workqueue.h>
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

static int foo_setup(void)
{
	INIT_WORK(&foo_dev->reset_work, foo_reset_work);
	INIT_WORK(&foo_dev->leaked_work, foo_leaked_work); // expected-note{{'foo_leaked_work' is a work item, registered here}} expected-note{{nothing on the unbind path stops it for good}}
	writel(1, foo_dev->regs);
	return 0;
}

static void foo_teardown(void)
{
	drm_dev_unplug(&foo_dev->drm);
	disable_work_sync(&foo_dev->reset_work);
	writel(0, foo_dev->regs);
}

/* Per bus: probe, remove, one more callback with register access, and the registration. */
#if defined(BUS_I2C)
#include <linux/i2c.h>
static int foo_probe(struct i2c_client *client) { return foo_setup(); }
static void foo_remove(struct i2c_client *client) { foo_teardown(); }
static void foo_alert(struct i2c_client *client, enum i2c_alert_protocol protocol,
		      unsigned int data)
{
	readl(foo_dev->regs + 0x20);
}
static struct i2c_driver foo_driver = {
	.probe = foo_probe, .remove = foo_remove, .alert = foo_alert,
};
int foo_init(void) { return i2c_register_driver(THIS_MODULE, &foo_driver); }
#elif defined(BUS_SPI)
#include <linux/spi/spi.h>
static int foo_probe(struct spi_device *spi) { return foo_setup(); }
static void foo_remove(struct spi_device *spi) { foo_teardown(); }
static void foo_shutdown(struct spi_device *spi) { writel(0, foo_dev->regs + 0x04); }
static struct spi_driver foo_driver = {
	.probe = foo_probe, .remove = foo_remove, .shutdown = foo_shutdown,
};
int foo_init(void) { return __spi_register_driver(THIS_MODULE, &foo_driver); }
#elif defined(BUS_USB)
#include <linux/usb.h>
static int foo_probe(struct usb_interface *intf, const struct usb_device_id *id)
{
	return foo_setup();
}
static void foo_disconnect(struct usb_interface *intf) { foo_teardown(); }
static int foo_unlocked_ioctl(struct usb_interface *intf, unsigned int code, void *buf)
{
	return readl(foo_dev->regs + 0x20);
}
static struct usb_driver foo_driver = {
	.probe = foo_probe, .disconnect = foo_disconnect, .unlocked_ioctl = foo_unlocked_ioctl,
};
int foo_init(void) { return usb_register_driver(&foo_driver, THIS_MODULE, "foo"); }
#elif defined(BUS_VIRTIO)
#include <linux/virtio.h>
static int foo_probe(struct virtio_device *vdev) { return foo_setup(); }
static void foo_remove(struct virtio_device *vdev) { foo_teardown(); }
static void foo_config_changed(struct virtio_device *vdev) { readl(foo_dev->regs + 0x20); }
static struct virtio_driver foo_driver = {
	.probe = foo_probe, .remove = foo_remove, .config_changed = foo_config_changed,
};
int foo_init(void) { return __register_virtio_driver(&foo_driver, THIS_MODULE); }
#elif defined(BUS_HV)
#include <linux/hyperv.h>
static int foo_probe(struct hv_device *hdev, const struct hv_vmbus_device_id *id)
{
	return foo_setup();
}
static void foo_remove(struct hv_device *hdev) { foo_teardown(); }
static int foo_suspend(struct hv_device *hdev)
{
	writel(0, foo_dev->regs + 0x04);
	return 0;
}
static struct hv_driver foo_driver = {
	.probe = foo_probe, .remove = foo_remove, .suspend = foo_suspend,
};
int foo_init(void) { return __vmbus_driver_register(&foo_driver, THIS_MODULE, "foo"); }
#elif defined(BUS_AUXILIARY)
#include <linux/auxiliary_bus.h>
static int foo_probe(struct auxiliary_device *adev, const struct auxiliary_device_id *id)
{
	return foo_setup();
}
static void foo_remove(struct auxiliary_device *adev) { foo_teardown(); }
static int foo_resume(struct auxiliary_device *adev)
{
	writel(1, foo_dev->regs + 0x04);
	return 0;
}
static struct auxiliary_driver foo_driver = {
	.probe = foo_probe, .remove = foo_remove, .resume = foo_resume,
};
int foo_init(void) { return __auxiliary_driver_register(&foo_driver, THIS_MODULE, "foo"); }
#elif defined(BUS_HOST1X)
#include <linux/host1x.h>
static int foo_probe(struct host1x_device *hdev) { return foo_setup(); }
static int foo_remove(struct host1x_device *hdev)
{
	foo_teardown();
	return 0;
}
static void foo_shutdown(struct host1x_device *hdev) { writel(0, foo_dev->regs + 0x04); }
static struct host1x_driver foo_driver = {
	.probe = foo_probe, .remove = foo_remove, .shutdown = foo_shutdown,
};
int foo_init(void) { return host1x_driver_register_full(&foo_driver, THIS_MODULE); }
#elif defined(BUS_MHI)
#include <linux/mhi.h>
static int foo_probe(struct mhi_device *mhi_dev, const struct mhi_device_id *id)
{
	return foo_setup();
}
static void foo_remove(struct mhi_device *mhi_dev) { foo_teardown(); }
static void foo_dl_xfer_cb(struct mhi_device *mhi_dev, struct mhi_result *result)
{
	writel(result->bytes_xferd, foo_dev->regs + 0x20);
}
static struct mhi_driver foo_driver = {
	.probe = foo_probe, .remove = foo_remove, .dl_xfer_cb = foo_dl_xfer_cb,
};
int foo_init(void) { return __mhi_driver_register(&foo_driver, THIS_MODULE); }
#else
#error "define one BUS_*"
#endif
