/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_DEBUGFS_H
#define BS_LINUX_DEBUGFS_H

#include <linux/fs.h>

struct dentry;

extern struct dentry *debugfs_create_file(const char *name, unsigned short mode,
					  struct dentry *parent, void *data,
					  const struct file_operations *fops);

extern struct dentry *debugfs_create_file_size(const char *name, unsigned short mode,
					       struct dentry *parent, void *data,
					       const struct file_operations *fops,
					       unsigned long long file_size);
extern struct dentry *debugfs_create_dir(const char *name, struct dentry *parent);
extern void debugfs_remove(struct dentry *dentry);

#endif
