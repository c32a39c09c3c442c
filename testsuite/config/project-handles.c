// Pins project MMIO handles: the mmio_handles table is data, so a project declares its own
// handle API (a register window made on an __iomem base, written through) in its
// configuration, and its calls on a window become accesses. Without the configuration they are
// plain calls and nothing is reported.
// RUN: %clang_plugin -Xclang -plugin-arg-boundscope -Xclang config=%S/Inputs/foo-handles.json -Xclang -verify=with %s
// RUN: %bs --config=%S/Inputs/foo-handles.json -Xclang -verify=with %s
// RUN: %bs -Xclang -verify=without %s
// without-no-diagnostics

#include <linux/io.h>
#include <linux/platform_device.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct foo_win;

struct foo_win *foo_win_map(struct device *dev, void __iomem *base, unsigned long size);
void foo_win_write(struct foo_win *win, u32 reg, u32 val);

struct foo_device {
	struct drm_device drm;
	struct foo_win *win;
};

static int foo_probe(struct platform_device *pdev)
{
	struct foo_device *fdev = platform_get_drvdata(pdev);
	void __iomem *base = devm_platform_ioremap_resource(pdev, 0);

	if (IS_ERR(base))
		return PTR_ERR(base);
	fdev->win = foo_win_map(&pdev->dev, base, 0x1000);
	return 0;
}

#define DRM_IOCTL_FOO_KICK	DRM_IO(DRM_COMMAND_BASE + 0x00)

static int foo_ioctl_kick(struct drm_device *dev, void *data, struct drm_file *file)
{
	// with-warning@+2{{MMIO access without an unbind guard in 'foo_ioctl_kick', which can run after unbind}}
	// with-note@+1{{'foo_ioctl_kick' accesses MMIO with 'foo_win_write' here}}
	foo_win_write(container_of(dev, struct foo_device, drm)->win, 0x10, 1);
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_KICK, foo_ioctl_kick, DRM_RENDER_ALLOW), // with-note{{'foo_ioctl_kick' is a DRM ioctl handler, registered here}}
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};

static struct platform_driver foo_driver = {
	.probe = foo_probe,
	.driver = { .name = "foo" },
};
