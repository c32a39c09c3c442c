// Pins debugfs directories handed between a driver's own helpers (amdgpu_ras.c's shape): one
// static helper creates a directory below the DRM minor's root and returns it, its caller hands
// it to another static helper as a parameter, which creates the file. The directory is the
// one value every return and every call agrees on, so the file is under the DRM root: bound,
// silent. With -DOTHER_ROOT the helper creates the directory under no DRM root: fires. With
// -DEXTERN the creating helper can be called from other files, whose arguments this one does
// not see: the directory is unknown and the file keeps the after-unbind default: fires.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// RUN: %bs -DOTHER_ROOT -Xclang -verify=fires %s
// RUN: %bs -DEXTERN -Xclang -verify=fires %s
// expected-no-diagnostics

#include <linux/io.h>
#include <linux/fs.h>
#include <linux/debugfs.h>
#include <drm/drm_drv.h>
#include <drm/drm_device.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

static ssize_t foo_err_read(struct file *f, char __user *buf, size_t n, loff_t *pos)
{
	struct foo_device *fdev = f->private_data;

	// fires-warning@+2{{MMIO access without an unbind guard in 'foo_err_read', which can run after unbind}}
	// fires-note@+1{{'foo_err_read' accesses MMIO with 'readl' here}}
	return readl(fdev->regs + 0x20);
}

static const struct file_operations foo_err_fops = {
	.read = foo_err_read, // fires-note{{'foo_err_read' is a debugfs file callback, registered here}}
};

static struct dentry *foo_debugfs_dir(struct foo_device *fdev)
{
	struct drm_minor *minor = fdev->drm.primary;
	struct dentry *dir;

#ifdef OTHER_ROOT
	dir = debugfs_create_dir("foo_err", NULL);
#else
	dir = debugfs_create_dir("foo_err", minor->debugfs_root);
#endif
	return dir;
}

#ifdef EXTERN
void foo_debugfs_file(struct foo_device *fdev, const char *name, struct dentry *dir);
void
#else
static void
#endif
foo_debugfs_file(struct foo_device *fdev, const char *name, struct dentry *dir)
{
	debugfs_create_file(name, 0444, dir, fdev, &foo_err_fops);
}

void foo_debugfs_init(struct foo_device *fdev)
{
	struct dentry *dir = foo_debugfs_dir(fdev);

	foo_debugfs_file(fdev, "gfx", dir);
	foo_debugfs_file(fdev, "sdma", dir);
}
