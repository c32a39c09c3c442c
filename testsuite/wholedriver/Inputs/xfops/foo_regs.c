#include "foo.h"

static ssize_t foo_regs_read(struct file *file, char __user *buf, size_t count, loff_t *pos)
{
	struct foo_device *fdev = file->private_data;

	return readl(fdev->regs + 0x10);
}

const struct file_operations foo_regs_fops = {
	.read = foo_regs_read,
};
