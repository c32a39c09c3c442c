/* Findings a fix cannot be planned for, each with its reason, next to one that can. */
#include <linux/io.h>
#include <linux/fs.h>
#include <linux/dma-fence.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct unfix_device {
	struct drm_device drm;
	void __iomem *regs;
};

static void __iomem *unfix_regs;

#define to_unfix(dev) container_of(dev, struct unfix_device, drm)

static u32 unfix_read(struct unfix_device *udev)
{
	return readl(udev->regs + 0x10);
}

/* fixable: the patch still holds it */
static int unfix_ioctl_ok(struct drm_device *dev, void *data, struct drm_file *file)
{
	writel(1, to_unfix(dev)->regs);
	return 0;
}

/* a return written by a macro: no exit can go before it */
#define UNFIX_BAIL(v) return (v)
static int unfix_ioctl_value(struct drm_device *dev, void *data, struct drm_file *file)
{
	writel(1, to_unfix(dev)->regs + 4);
	if (data)
		UNFIX_BAIL(unfix_read(to_unfix(dev)));
	return 0;
}

/* a return that is the body of a do-while: no braces can go around it and its exit */
static int unfix_ioctl_loop(struct drm_device *dev, void *data, struct drm_file *file)
{
	writel(1, to_unfix(dev)->regs + 0x30);
	do return 1; while (0);
}

/* a body written by a macro */
#define UNFIX_IOCTL(name, reg) \
static int name(struct drm_device *dev, void *data, struct drm_file *file) \
{ writel(1, to_unfix(dev)->regs + (reg)); return 0; }
UNFIX_IOCTL(unfix_ioctl_macro, 0x34)

/* the access is in a declaration, before where the guard goes */
static int unfix_ioctl_decl(struct drm_device *dev, void *data, struct drm_file *file)
{
	u32 v = readl(to_unfix(dev)->regs + 8);

	return v ? 0 : 1;
}

/* no drm_device to guard with */
static bool unfix_signaled(struct dma_fence *fence)
{
	return readl(unfix_regs) != 0;
}

/* no early return is known for loff_t */
static loff_t unfix_llseek(struct file *file, loff_t offset, int whence)
{
	struct unfix_device *udev = file->private_data;

	writel(2, udev->regs + 0x20);
	return offset;
}

/* reaches the unplug: a guard around the body would deadlock */
static int unfix_ioctl_lost(struct drm_device *dev, void *data, struct drm_file *file)
{
	if (readl(to_unfix(dev)->regs + 0x24))
		drm_dev_unplug(dev);
	return 0;
}

#define DRM_IOCTL_UNFIX_OK	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_UNFIX_VALUE	DRM_IO(DRM_COMMAND_BASE + 0x01)
#define DRM_IOCTL_UNFIX_DECL	DRM_IO(DRM_COMMAND_BASE + 0x02)
#define DRM_IOCTL_UNFIX_LOST	DRM_IO(DRM_COMMAND_BASE + 0x03)
#define DRM_IOCTL_UNFIX_LOOP	DRM_IO(DRM_COMMAND_BASE + 0x04)
#define DRM_IOCTL_UNFIX_MACRO	DRM_IO(DRM_COMMAND_BASE + 0x05)

static const struct drm_ioctl_desc unfix_ioctls[] = {
	DRM_IOCTL_DEF_DRV(UNFIX_OK, unfix_ioctl_ok, 0),
	DRM_IOCTL_DEF_DRV(UNFIX_VALUE, unfix_ioctl_value, 0),
	DRM_IOCTL_DEF_DRV(UNFIX_DECL, unfix_ioctl_decl, 0),
	DRM_IOCTL_DEF_DRV(UNFIX_LOST, unfix_ioctl_lost, 0),
	DRM_IOCTL_DEF_DRV(UNFIX_LOOP, unfix_ioctl_loop, 0),
	DRM_IOCTL_DEF_DRV(UNFIX_MACRO, unfix_ioctl_macro, 0),
};

const struct drm_driver unfix_drm_driver = {
	.ioctls = unfix_ioctls,
	.num_ioctls = ARRAY_SIZE(unfix_ioctls),
};

const struct dma_fence_ops unfix_fence_ops = {
	.signaled = unfix_signaled,
};

const struct file_operations unfix_fops = {
	.llseek = unfix_llseek,
};
