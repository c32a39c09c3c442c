// Pins the witness chain: the finding sits at the call in the entry function (the boundary),
// with one note per call down to the accessor. One and two levels of helpers.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_CTRL	0x10
#define FOO_MMU_CMD	0x40

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

#define DRM_IOCTL_FOO_KICK	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_VM_BIND	DRM_IO(DRM_COMMAND_BASE + 0x01)

static void foo_kick(struct foo_device *fdev)
{
	writel(1, fdev->regs + FOO_CTRL); // expected-note{{'foo_kick' accesses MMIO with 'writel' here}}
}

static int foo_ioctl_kick(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_kick', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_kick' calls 'foo_kick' here}}
	foo_kick(to_foo(dev));
	return 0;
}

static void foo_mmu_send_cmd(struct foo_device *fdev, u32 cmd)
{
	writel(cmd, fdev->regs + FOO_MMU_CMD); // expected-note{{'foo_mmu_send_cmd' accesses MMIO with 'writel' here}}
}

static int foo_vm_flush_range(struct foo_device *fdev, u64 iova, u64 size)
{
	if (!size)
		return 0;
	foo_mmu_send_cmd(fdev, 2); // expected-note{{'foo_vm_flush_range' calls 'foo_mmu_send_cmd' here}}
	return 0;
}

static int foo_ioctl_vm_bind(struct drm_device *dev, void *data, struct drm_file *file)
{
	u64 *args = data;

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_vm_bind', which can run after unbind}}
	// expected-note@+1{{'foo_ioctl_vm_bind' calls 'foo_vm_flush_range' here}}
	return foo_vm_flush_range(to_foo(dev), args[0], args[1]);
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_KICK, foo_ioctl_kick, DRM_RENDER_ALLOW), // expected-note{{'foo_ioctl_kick' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_VM_BIND, foo_ioctl_vm_bind, DRM_RENDER_ALLOW), // expected-note{{'foo_ioctl_vm_bind' is a DRM ioctl handler, registered here}}
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
