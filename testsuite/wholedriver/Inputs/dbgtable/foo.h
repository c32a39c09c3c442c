#include <linux/io.h>
#include <linux/fs.h>
#include <linux/debugfs.h>
#include <drm/drm_drv.h>
#include <drm/drm_device.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

struct foo_debugfs_file {
	const char *name;
	const struct file_operations *fops;
};

void foo_register_files(struct dentry *root, const struct foo_debugfs_file *files,
			unsigned long count, void *data);
void foo_gt_debugfs_register(struct foo_device *fdev, struct dentry *root);
