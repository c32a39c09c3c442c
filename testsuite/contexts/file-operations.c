// Pins file_operations callbacks: after-unbind (an open file outlives the unbind).
// Unguarded fires, guarded is silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/fs.h>
#include <linux/module.h>
#include <drm/drm_drv.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

static long foo_unlocked_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct foo_device *fdev = file->private_data;

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_unlocked_ioctl', which can run after unbind}}
	// expected-note@+1{{'foo_unlocked_ioctl' accesses MMIO with 'writel' here}}
	writel(cmd, fdev->regs + 0x10);
	return 0;
}

static int foo_release(struct inode *inode, struct file *file)
{
	struct foo_device *fdev = file->private_data;
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx))
		return 0;
	writel(0, fdev->regs + 0x14);
	drm_dev_exit(idx);
	return 0;
}

static const struct file_operations foo_fops = {
	.owner = THIS_MODULE,
	.unlocked_ioctl = foo_unlocked_ioctl, // expected-note{{'foo_unlocked_ioctl' is a file_operations callback, registered here}}
	.release = foo_release,
	.llseek = noop_llseek,
};

const struct drm_driver foo_drm_driver = {
	.fops = &foo_fops,
};
