#include "foo.h"

static ssize_t foo_gt_regs_read(struct file *file, char __user *buf, size_t count, loff_t *pos)
{
	struct foo_device *fdev = file->private_data;

	return readl(fdev->regs + 0x10);
}

static const struct file_operations foo_gt_regs_fops = {
	.read = foo_gt_regs_read,
};

/* Hands its own table and the directory it was given to the helper of another file. */
void foo_gt_debugfs_register(struct foo_device *fdev, struct dentry *root)
{
	static const struct foo_debugfs_file files[] = {
		{ "gt_regs", &foo_gt_regs_fops },
	};

	foo_register_files(root, files, 1, fdev);
}
