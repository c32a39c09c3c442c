// Pins the accessor list: each family (read*/write* of every width, ioread*/iowrite*, the _rep
// forms, memcpy_fromio/memcpy_toio/memset_io) counts as MMIO when its address derives from an
// __iomem declaration. One unguarded ioctl per accessor, each reported at its access.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	u32 shadow[16];
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

#define DRM_IOCTL_FOO_RB	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_RW	DRM_IO(DRM_COMMAND_BASE + 0x01)
#define DRM_IOCTL_FOO_RQ	DRM_IO(DRM_COMMAND_BASE + 0x02)
#define DRM_IOCTL_FOO_WB	DRM_IO(DRM_COMMAND_BASE + 0x03)
#define DRM_IOCTL_FOO_WW	DRM_IO(DRM_COMMAND_BASE + 0x04)
#define DRM_IOCTL_FOO_WQ	DRM_IO(DRM_COMMAND_BASE + 0x05)
#define DRM_IOCTL_FOO_IOR	DRM_IO(DRM_COMMAND_BASE + 0x06)
#define DRM_IOCTL_FOO_IOW	DRM_IO(DRM_COMMAND_BASE + 0x07)
#define DRM_IOCTL_FOO_IOR_REP	DRM_IO(DRM_COMMAND_BASE + 0x08)
#define DRM_IOCTL_FOO_IOW_REP	DRM_IO(DRM_COMMAND_BASE + 0x09)
#define DRM_IOCTL_FOO_FROMIO	DRM_IO(DRM_COMMAND_BASE + 0x0a)
#define DRM_IOCTL_FOO_TOIO	DRM_IO(DRM_COMMAND_BASE + 0x0b)
#define DRM_IOCTL_FOO_SETIO	DRM_IO(DRM_COMMAND_BASE + 0x0c)
#define DRM_IOCTL_FOO_RL	DRM_IO(DRM_COMMAND_BASE + 0x0d)

static int foo_rb(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_rb', which can run after unbind}}
	// expected-note@+1{{'foo_rb' accesses MMIO with 'readb' here}}
	return readb(to_foo(dev)->regs + 0x1);
}

static int foo_rw(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_rw', which can run after unbind}}
	// expected-note@+1{{'foo_rw' accesses MMIO with 'readw' here}}
	return readw(to_foo(dev)->regs + 0x2);
}

static int foo_rq(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_rq', which can run after unbind}}
	// expected-note@+1{{'foo_rq' accesses MMIO with 'readq' here}}
	*(u64 *)data = readq(to_foo(dev)->regs + 0x8);
	return 0;
}

static int foo_rl(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_rl', which can run after unbind}}
	// expected-note@+1{{'foo_rl' accesses MMIO with 'readl' here}}
	*(u32 *)data = readl(to_foo(dev)->regs + 0x4);
	return 0;
}

static int foo_wb(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_wb', which can run after unbind}}
	// expected-note@+1{{'foo_wb' accesses MMIO with 'writeb' here}}
	writeb(1, to_foo(dev)->regs + 0x1);
	return 0;
}

static int foo_ww(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ww', which can run after unbind}}
	// expected-note@+1{{'foo_ww' accesses MMIO with 'writew' here}}
	writew(1, to_foo(dev)->regs + 0x2);
	return 0;
}

static int foo_wq(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_wq', which can run after unbind}}
	// expected-note@+1{{'foo_wq' accesses MMIO with 'writeq' here}}
	writeq(1, to_foo(dev)->regs + 0x8);
	return 0;
}

static int foo_ior(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ior', which can run after unbind}}
	// expected-note@+1{{'foo_ior' accesses MMIO with 'ioread32' here}}
	return ioread32(to_foo(dev)->regs + 0x4);
}

static int foo_iow(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_iow', which can run after unbind}}
	// expected-note@+1{{'foo_iow' accesses MMIO with 'iowrite32' here}}
	iowrite32(1, to_foo(dev)->regs + 0x4);
	return 0;
}

static int foo_ior_rep(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ior_rep', which can run after unbind}}
	// expected-note@+1{{'foo_ior_rep' accesses MMIO with 'ioread32_rep' here}}
	ioread32_rep(fdev->regs + 0x20, fdev->shadow, 16);
	return 0;
}

static int foo_iow_rep(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_iow_rep', which can run after unbind}}
	// expected-note@+1{{'foo_iow_rep' accesses MMIO with 'iowrite32_rep' here}}
	iowrite32_rep(fdev->regs + 0x20, fdev->shadow, 16);
	return 0;
}

static int foo_fromio(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_fromio', which can run after unbind}}
	// expected-note@+1{{'foo_fromio' accesses MMIO with 'memcpy_fromio' here}}
	memcpy_fromio(fdev->shadow, fdev->regs + 0x100, sizeof(fdev->shadow));
	return 0;
}

static int foo_toio(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_toio', which can run after unbind}}
	// expected-note@+1{{'foo_toio' accesses MMIO with 'memcpy_toio' here}}
	memcpy_toio(fdev->regs + 0x100, fdev->shadow, sizeof(fdev->shadow));
	return 0;
}

static int foo_setio(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_setio', which can run after unbind}}
	// expected-note@+1{{'foo_setio' accesses MMIO with 'memset_io' here}}
	memset_io(to_foo(dev)->regs + 0x100, 0, 64);
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_RB, foo_rb, 0), // expected-note{{'foo_rb' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_RW, foo_rw, 0), // expected-note{{'foo_rw' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_RQ, foo_rq, 0), // expected-note{{'foo_rq' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_WB, foo_wb, 0), // expected-note{{'foo_wb' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_WW, foo_ww, 0), // expected-note{{'foo_ww' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_WQ, foo_wq, 0), // expected-note{{'foo_wq' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_IOR, foo_ior, 0), // expected-note{{'foo_ior' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_IOW, foo_iow, 0), // expected-note{{'foo_iow' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_IOR_REP, foo_ior_rep, 0), // expected-note{{'foo_ior_rep' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_IOW_REP, foo_iow_rep, 0), // expected-note{{'foo_iow_rep' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_FROMIO, foo_fromio, 0), // expected-note{{'foo_fromio' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_TOIO, foo_toio, 0), // expected-note{{'foo_toio' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_SETIO, foo_setio, 0), // expected-note{{'foo_setio' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_RL, foo_rl, 0), // expected-note{{'foo_rl' is a DRM ioctl handler, registered here}}
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
