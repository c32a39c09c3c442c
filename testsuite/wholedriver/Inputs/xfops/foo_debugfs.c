#include "foo.h"

void foo_debugfs_init(struct foo_device *fdev, struct drm_minor *minor)
{
#ifdef OTHER_ROOT
	struct dentry *dir = debugfs_create_dir("foo", NULL);
#else
	struct dentry *dir = debugfs_create_dir("foo", minor->debugfs_root);
#endif

	debugfs_create_file("regs", 0444, dir, fdev, &foo_regs_fops);
}
