#include "foo.h"

void foo_debugfs_init(struct foo_device *fdev)
{
#ifdef OTHER_ROOT
	struct dentry *root = debugfs_create_dir("gt", NULL);
#else
	struct dentry *root = debugfs_create_dir("gt", fdev->drm.primary->debugfs_root);
#endif

	foo_gt_debugfs_register(fdev, root);
}
