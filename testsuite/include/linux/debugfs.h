/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_DEBUGFS_H
#define BS_LINUX_DEBUGFS_H

#include <linux/fs.h>

struct dentry;

extern struct dentry *debugfs_create_file(const char *name, unsigned short mode,
					  struct dentry *parent, void *data,
					  const struct file_operations *fops);

#endif
