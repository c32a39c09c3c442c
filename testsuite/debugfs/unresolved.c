// Pins what stays conservative: fops the front end cannot resolve to a global (handed through
// a helper's parameter, or read from a table the unit writes to) keep their struct type's
// context (file_operations: after-unbind); a directory the tables do not name as a DRM root
// (the parameter of a helper other files can call, whose arguments this unit does not all
// see, and that is no debugfs_init root) is not drained (a static helper's parameter takes the
// value all its calls pass: helpers.c); and fops created both
// under the DRM root and elsewhere take the later of the two contexts.
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

static ssize_t foo_param_read(struct file *f, char __user *buf, size_t n, loff_t *pos)
{
	struct foo_device *fdev = f->private_data;

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_param_read', which can run after unbind}}
	// expected-note@+1{{'foo_param_read' accesses MMIO with 'readl' here}}
	return readl(fdev->regs + 0x00);
}

static ssize_t foo_written_read(struct file *f, char __user *buf, size_t n, loff_t *pos)
{
	struct foo_device *fdev = f->private_data;

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_written_read', which can run after unbind}}
	// expected-note@+1{{'foo_written_read' accesses MMIO with 'readl' here}}
	return readl(fdev->regs + 0x04);
}

static ssize_t foo_dir_read(struct file *f, char __user *buf, size_t n, loff_t *pos)
{
	struct foo_device *fdev = f->private_data;

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_dir_read', which can run after unbind}}
	// expected-note@+1{{'foo_dir_read' accesses MMIO with 'readl' here}}
	return readl(fdev->regs + 0x08);
}

static ssize_t foo_twice_read(struct file *f, char __user *buf, size_t n, loff_t *pos)
{
	struct foo_device *fdev = f->private_data;

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_twice_read', which can run after unbind}}
	// expected-note@+1{{'foo_twice_read' accesses MMIO with 'readl' here}}
	return readl(fdev->regs + 0x0c);
}

static const struct file_operations foo_param_fops = {
	.read = foo_param_read, // expected-note {{'foo_param_read' is a file_operations callback, registered here}}
};

static const struct file_operations foo_written_fops = {
	.read = foo_written_read, // expected-note {{'foo_written_read' is a file_operations callback, registered here}}
};

static const struct file_operations foo_dir_fops = {
	.read = foo_dir_read, // expected-note {{'foo_dir_read' is a debugfs file callback, registered here}}
};

static const struct file_operations foo_twice_fops = {
	.read = foo_twice_read, // expected-note {{'foo_twice_read' is a debugfs file callback, registered here}}
};

// a static table the unit writes to: its initializer does not say what it holds
static const struct file_operations *foo_table[] = { &foo_written_fops };

void foo_debugfs_swap(const struct file_operations *fops)
{
	foo_table[0] = fops;
}

static void foo_add(struct foo_device *fdev, const struct file_operations *fops)
{
	debugfs_create_file("param", 0444, fdev->drm.primary->debugfs_root, fdev, fops);
}

void foo_add_in(struct foo_device *fdev, struct dentry *dir);
void foo_add_in(struct foo_device *fdev, struct dentry *dir)
{
	debugfs_create_file("dir", 0444, dir, fdev, &foo_dir_fops);
}

void foo_debugfs_init(struct foo_device *fdev)
{
	foo_add(fdev, &foo_param_fops);
	foo_add_in(fdev, fdev->drm.primary->debugfs_root);
	debugfs_create_file("written", 0444, fdev->drm.primary->debugfs_root, fdev, foo_table[0]);
	debugfs_create_file("twice", 0444, fdev->drm.debugfs_root, fdev, &foo_twice_fops);
	debugfs_create_file("twice", 0444, NULL, fdev, &foo_twice_fops);
}
