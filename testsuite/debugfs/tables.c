// Pins debugfs files registered through constant tables, decided by the directory they are
// created in. A file under the DRM device's debugfs directory (the minor's root, the device's,
// a CRTC/connector/encoder entry, a debugfs_init root parameter, or a directory created below
// one of them) is removed and drained by drm_dev_unregister(): its fops are bound, silent. A
// file under any other directory is not: its fops are after-unbind and fire. The fops are
// found through a table of fops pointers (tbl[i]), a table of {name, fops} (tbl[i].fops), a
// table with the fops embedded (&tbl[i].fops), and a loop cursor over a table.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/fs.h>
#include <linux/debugfs.h>
#include <drm/drm_drv.h>
#include <drm/drm_device.h>
#include <drm/drm_crtc.h>
#include <drm/drm_connector.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct dentry *own_root;
};

#define FOO_READ(name, off)							\
static ssize_t name(struct file *f, char __user *buf, size_t n, loff_t *pos)	\
{										\
	struct foo_device *fdev = f->private_data;				\
	return readl(fdev->regs + (off));					\
}

FOO_READ(foo_regs_read, 0x00)
FOO_READ(foo_wave_read, 0x04)
FOO_READ(foo_ring_read, 0x08)
FOO_READ(foo_mqd_read, 0x0c)
FOO_READ(foo_crc_read, 0x10)
FOO_READ(foo_conn_read, 0x14)
FOO_READ(foo_sub_read, 0x18)

static const struct file_operations foo_regs_fops = { .read = foo_regs_read };
static const struct file_operations foo_wave_fops = { .read = foo_wave_read };
static const struct file_operations foo_ring_fops = { .read = foo_ring_read };
static const struct file_operations foo_mqd_fops = { .read = foo_mqd_read };
static const struct file_operations foo_conn_fops = { .read = foo_conn_read };
static const struct file_operations foo_sub_fops = { .read = foo_sub_read };

// a static table the unit never writes: its elements are what its initializer says
static const struct file_operations *foo_regs[] = {
	&foo_regs_fops,
	&foo_wave_fops,
};

static const char *const foo_regs_names[] = { "regs", "wave" };

struct foo_entry {
	const char *name;
	const struct file_operations *fops;
};

static const struct foo_entry foo_rings[] = {
	{ "ring", &foo_ring_fops },
	{ .name = "mqd", .fops = &foo_mqd_fops },
	{ "none" },
};

struct foo_embedded {
	const char *name;
	struct file_operations fops;
};

static const struct foo_embedded foo_crc[] = {
	{ "crc", { .read = foo_crc_read } },
};

void foo_debugfs_regs_init(struct foo_device *fdev)
{
	struct drm_minor *minor = fdev->drm.primary;
	struct dentry *root = minor->debugfs_root;
	unsigned int i;

	for (i = 0; i < 2; i++)
		debugfs_create_file(foo_regs_names[i], 0400, root, fdev, foo_regs[i]);
}

void foo_debugfs_rings_init(struct foo_device *fdev)
{
	struct dentry *dir = debugfs_create_dir("rings", fdev->drm.debugfs_root);
	const struct foo_entry *e;

	for (e = foo_rings; e < foo_rings + 3; e++)
		debugfs_create_file_size(e->name, 0444, dir, fdev, e->fops, 4096);
}

void foo_debugfs_crc_init(struct foo_device *fdev, struct drm_crtc *crtc)
{
	unsigned int i;

	for (i = 0; i < 1; i++)
		debugfs_create_file(foo_crc[i].name, 0444, crtc->debugfs_entry, fdev,
				    &foo_crc[i].fops);
}

static void foo_connector_debugfs_init(struct drm_connector *connector, struct dentry *root)
{
	debugfs_create_file("conn", 0444, root, connector, &foo_conn_fops);
}

static const struct drm_connector_funcs foo_connector_funcs = {
	.debugfs_init = foo_connector_debugfs_init,
};

static ssize_t foo_own_read(struct file *f, char __user *buf, size_t n, loff_t *pos)
{
	struct foo_device *fdev = f->private_data;

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_own_read', which can run after unbind}}
	// expected-note@+1{{'foo_own_read' accesses MMIO with 'readl' here}}
	return readl(fdev->regs + 0x1c);
}

static ssize_t foo_null_read(struct file *f, char __user *buf, size_t n, loff_t *pos)
{
	struct foo_device *fdev = f->private_data;

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_null_read', which can run after unbind}}
	// expected-note@+1{{'foo_null_read' accesses MMIO with 'readl' here}}
	return readl(fdev->regs + 0x20);
}

static const struct file_operations foo_own_fops = {
	.read = foo_own_read, // expected-note {{'foo_own_read' is a debugfs file callback, registered here}}
};

static const struct file_operations foo_null_fops = {
	.read = foo_null_read, // expected-note {{'foo_null_read' is a debugfs file callback, registered here}}
};

static const struct file_operations *const foo_own[] = { &foo_own_fops };

// the driver's own directory, not below the DRM device's: nothing removes it at unbind
void foo_debugfs_own_init(struct foo_device *fdev)
{
	const struct file_operations *fops = foo_own[0];

	fdev->own_root = debugfs_create_dir("foo", NULL);
	debugfs_create_file("own", 0444, fdev->own_root, fdev, fops);
	debugfs_create_file("null", 0444, NULL, fdev, &foo_null_fops);
	debugfs_create_file("sub", 0444, debugfs_create_dir("sub", fdev->drm.debugfs_root), fdev,
			    &foo_sub_fops);
}
