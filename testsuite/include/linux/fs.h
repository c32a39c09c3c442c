/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_FS_H
#define BS_LINUX_FS_H

#include <linux/types.h>

struct module;
struct inode;
struct vm_area_struct;
struct poll_table_struct;

struct file {
	unsigned int f_flags;
	void *private_data;
};

struct file_operations {
	struct module *owner;
	loff_t (*llseek)(struct file *file, loff_t offset, int whence);
	ssize_t (*read)(struct file *file, char __user *buf, size_t count, loff_t *pos);
	ssize_t (*write)(struct file *file, const char __user *buf, size_t count, loff_t *pos);
	__poll_t (*poll)(struct file *file, struct poll_table_struct *wait);
	long (*unlocked_ioctl)(struct file *file, unsigned int cmd, unsigned long arg);
	long (*compat_ioctl)(struct file *file, unsigned int cmd, unsigned long arg);
	int (*mmap)(struct file *file, struct vm_area_struct *vma);
	int (*open)(struct inode *inode, struct file *file);
	int (*flush)(struct file *file, void *id);
	int (*release)(struct inode *inode, struct file *file);
};

extern loff_t noop_llseek(struct file *file, loff_t offset, int whence);

#endif
