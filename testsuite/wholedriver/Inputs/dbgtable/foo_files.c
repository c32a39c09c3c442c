#include "foo.h"

/* Creates one file per table element under root. */
void foo_register_files(struct dentry *root, const struct foo_debugfs_file *files,
			unsigned long count, void *data)
{
	while (count--) {
		debugfs_create_file(files->name, 0444, root, data, files->fops);
		files++;
	}
}
