// Pins a debugfs file's release: debugfs calls it at the last close even after the file was
// removed (the proxy's release takes no debugfs_file_get(), fs/debugfs/file.c:353-367). So a
// file under the DRM minor's root, whose read drm_dev_unregister() drains (silent), still runs
// its release after unbind: the register write there fires (i915's forcewake_user_release).
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/fs.h>
#include <linux/debugfs.h>
#include <drm/drm_drv.h>
#include <drm/drm_device.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

static ssize_t foo_wake_read(struct file *f, char __user *buf, size_t n, loff_t *pos)
{
	struct foo_device *fdev = f->private_data;

	return readl(fdev->regs + 0x40);
}

static int foo_wake_release(struct inode *inode, struct file *f)
{
	struct foo_device *fdev = f->private_data;

	writel(0, fdev->regs + 0x44); // expected-warning{{MMIO access without an unbind guard in 'foo_wake_release', which can run after unbind}} expected-note{{'foo_wake_release' accesses MMIO with 'writel' here}}
	return 0;
}

static const struct file_operations foo_wake_fops = {
	.read = foo_wake_read,
	.release = foo_wake_release, // expected-note{{'foo_wake_release' is a file_operations callback, registered here}}
};

void foo_debugfs_init(struct foo_device *fdev)
{
	debugfs_create_file("wake", 0400, fdev->drm.primary->debugfs_root, fdev, &foo_wake_fops);
}
