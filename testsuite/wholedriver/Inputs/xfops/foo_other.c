#define FOO_OWN_TABLE
#include "foo.h"

/* Another file's static table of the same name: which one foo_debugfs.c hands over is then
 * not known from the names, so the external one keeps its file_operations context. */
static ssize_t foo_other_read(struct file *file, char __user *buf, size_t count, loff_t *pos)
{
	return 0;
}

static const struct file_operations foo_regs_fops = {
	.read = foo_other_read,
};

const struct file_operations *foo_other_fops(void)
{
	return &foo_regs_fops;
}
