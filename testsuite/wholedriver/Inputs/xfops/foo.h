/* A driver whose debugfs fops table is defined in one file and created in another. */
#include <linux/io.h>
#include <linux/fs.h>
#include <linux/debugfs.h>
#include <drm/drm_drv.h>
#include <drm/drm_device.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

#ifndef FOO_OWN_TABLE
extern const struct file_operations foo_regs_fops;
#endif
