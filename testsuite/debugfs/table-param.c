// Pins debugfs files a driver helper creates from a table it is given (i915's
// intel_gt_debugfs_register_files(root, files, count, data): debugfs_create_file(...,
// files->fops) per element). The fops are the ones the tables its callers pass hold in that
// field, each created in the directory that caller names: under the DRM minor's root, bound
// and silent; under another directory, after-unbind. The same for a helper picked by
// _Generic (i915_debugfs_params.c's shape) that chooses its fops with a conditional: its
// directory parameter is what every call of it passes.
//   -DOTHER_ROOT  the caller creates the directory under no DRM root: fires.
//   -DWRITABLE    the table is not const, so its initializer may not be what the helper reads:
//                 the fops keep their after-unbind file_operations context and fire.
//   -DSTORED      the helper's address is also stored in an ops table: some of its calls are
//                 not seen, so the tables it is given are unknown, and the fops fire.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// RUN: %bs -DOTHER_ROOT -Xclang -verify=fires,debugfs,other %s
// RUN: %bs -DWRITABLE -Xclang -verify=fires,fops %s
// RUN: %bs -DSTORED -Xclang -verify=fires,fops %s
// RUN: %bs --dump-facts %s 2>/dev/null | FileCheck --check-prefix=DUMP %s
// expected-no-diagnostics

#include <linux/io.h>
#include <linux/fs.h>
#include <linux/debugfs.h>
#include <drm/drm_drv.h>
#include <drm/drm_device.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	unsigned int level;
	int bias;
};

struct foo_debugfs_file {
	const char *name;
	const struct file_operations *fops;
};

static ssize_t foo_regs_read(struct file *f, char __user *buf, size_t n, loff_t *pos)
{
	struct foo_device *fdev = f->private_data;

	// fires-warning@+2{{MMIO access without an unbind guard in 'foo_regs_read', which can run after unbind}}
	// fires-note@+1{{'foo_regs_read' accesses MMIO with 'readl' here}}
	return readl(fdev->regs);
}

static const struct file_operations foo_regs_fops = {
	.read = foo_regs_read, // debugfs-note{{'foo_regs_read' is a debugfs file callback, registered here}} fops-note{{'foo_regs_read' is a file_operations callback, registered here}}
};

static ssize_t foo_level_write(struct file *f, const char __user *buf, size_t n, loff_t *pos)
{
	struct foo_device *fdev = f->private_data;

	// other-warning@+2{{MMIO access without an unbind guard in 'foo_level_write', which can run after unbind}}
	// other-note@+1{{'foo_level_write' accesses MMIO with 'writel' here}}
	writel(1, fdev->regs + 4);
	return n;
}

static const struct file_operations foo_uint_fops = {
	.write = foo_level_write, // other-note{{'foo_level_write' is a debugfs file callback, registered here}}
};

static const struct file_operations foo_uint_fops_ro = { };
static const struct file_operations foo_int_fops = { };

static struct dentry *foo_create_uint(const char *name, unsigned short mode,
				      struct dentry *parent, unsigned int *value)
{
	return debugfs_create_file(name, mode, parent, value,
				   (mode & 0222) ? &foo_uint_fops : &foo_uint_fops_ro);
}

static struct dentry *foo_create_int(const char *name, unsigned short mode,
				     struct dentry *parent, int *value)
{
	return debugfs_create_file(name, mode, parent, value, &foo_int_fops);
}

#define foo_create(parent, name, mode, valp)					\
	_Generic(valp, unsigned int *: foo_create_uint, int *: foo_create_int)(name, mode, \
									       parent, valp)

static void foo_register_files(struct dentry *root, const struct foo_debugfs_file *files,
			       unsigned long count, void *data)
{
	while (count--) {
		debugfs_create_file(files->name, 0444, root, data, files->fops);
		files++;
	}
}

#ifdef STORED
struct foo_debugfs_ops {
	void (*register_files)(struct dentry *root, const struct foo_debugfs_file *files,
			       unsigned long count, void *data);
};

const struct foo_debugfs_ops foo_debugfs_ops = { .register_files = foo_register_files };
#endif

#ifdef WRITABLE
static struct foo_debugfs_file foo_files[] = {
#else
static const struct foo_debugfs_file foo_files[] = {
#endif
	{ "regs", &foo_regs_fops },
};

// DUMP: registration - object passed as argument 4 of debugfs_create_file() for param:foo_register_files:1
// DUMP: registration - table passed as argument 1 of foo_register_files() holding in .fops for var:foo_regs_fops
// DUMP: registration - object passed as argument 4 of debugfs_create_file() for var:foo_regs_fops with arguments ({{.*}}drm_minor::debugfs_root{{.*}})
void foo_debugfs_init(struct foo_device *fdev)
{
	struct drm_minor *minor = fdev->drm.primary;
	struct dentry *root;

#ifdef OTHER_ROOT
	root = debugfs_create_dir("foo", NULL);
#else
	root = debugfs_create_dir("foo", minor->debugfs_root);
#endif
	foo_register_files(root, foo_files, 1, fdev);
	foo_create(root, "level", 0644, &fdev->level);
	foo_create(root, "bias", 0644, &fdev->bias);
}
