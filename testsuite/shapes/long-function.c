// Pins a textbook guard at the top of a long mode-set function, the shape of vc4's
// vc4_crtc_config_pv(): condition locals worked out before 'if (!drm_dev_enter(...)) return;',
// then some forty register fields, each packed with a WARN_ON() that the value fits, so each
// adds a condition of its own. However many conditions a function has, the guard is exact:
// silent (the flow analysis used to trace only 64 of them, lost the guard's result and reported
// the return as a guard leak and the drm_dev_exit() as unbalanced). The status read before the
// guard fires, so the function is analysed.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/bitfield.h>
#include <linux/bug.h>
#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

#define FOO_PV_CONTROL			0x000
#define   FOO_PV_CONTROL_EN		BIT(0)
#define   FOO_PV_CONTROL_DSI		BIT(1)
#define   FOO_PV_CONTROL_INTERLACE	BIT(2)
#define FOO_PV_STATUS			0x004
#define   FOO_PV_STATUS_RUNNING		BIT(0)
#define FOO_PV_HTIMING0			0x010
#define FOO_PV_HTIMING1			0x014
#define FOO_PV_VTIMING0			0x018
#define FOO_PV_VTIMING1			0x01c
#define FOO_PV_VTIMING_EVEN0		0x020
#define FOO_PV_VTIMING_EVEN1		0x024
#define FOO_PV_DSI_ACTIVE		0x028
#define FOO_LAYER_POS(n)		(0x100 + (n) * 0x20)
#define FOO_LAYER_SIZE(n)		(0x104 + (n) * 0x20)
#define FOO_LAYER_PITCH(n)		(0x108 + (n) * 0x20)
#define FOO_LAYER_ALPHA(n)		(0x10c + (n) * 0x20)

/* Every register here is two 16-bit fields. */
#define FOO_HI_MASK			0xffff0000
#define FOO_LO_MASK			0x0000ffff

#define FOO_SET_FIELD(value, mask)					\
	({								\
		WARN_ON(!FIELD_FIT(mask, value));			\
		FIELD_PREP(mask, value);				\
	})
#define FOO_FIELDS(hi, lo)						\
	(FOO_SET_FIELD(hi, FOO_HI_MASK) | FOO_SET_FIELD(lo, FOO_LO_MASK))

#define FOO_NUM_LAYERS			4

struct foo_mode {
	u16 hdisplay, hsync_start, hsync_end, htotal;
	u16 vdisplay, vsync_start, vsync_end, vtotal;
	bool interlace, dsi, dblclk;
};

struct foo_layer {
	u16 x, y, w, h, pitch, offset;
	u8 alpha;
	bool enabled;
};

struct foo_crtc_state {
	struct foo_mode mode;
	struct foo_layer layer[FOO_NUM_LAYERS];
};

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	bool debug;
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)
#define foo_write(fdev, reg, val) writel(val, (fdev)->regs + (reg))

#define foo_write_layer(fdev, st, n)					\
	do {								\
		const struct foo_layer *l = &(st)->layer[n];		\
									\
		if (l->enabled) {					\
			foo_write(fdev, FOO_LAYER_POS(n), FOO_FIELDS(l->x, l->y)); \
			foo_write(fdev, FOO_LAYER_SIZE(n), FOO_FIELDS(l->w, l->h)); \
			foo_write(fdev, FOO_LAYER_PITCH(n),		\
				  FOO_FIELDS(l->pitch, l->offset));	\
			foo_write(fdev, FOO_LAYER_ALPHA(n),		\
				  FOO_FIELDS(l->alpha != 0xff, l->alpha)); \
		} else {						\
			foo_write(fdev, FOO_LAYER_SIZE(n), 0);		\
		}							\
	} while (0)

static void foo_crtc_config(struct foo_device *fdev, const struct foo_crtc_state *st)
{
	const struct foo_mode *mode = &st->mode;
	bool interlace = mode->interlace;
	bool is_dsi = mode->dsi;
	bool was_running = readl(fdev->regs + FOO_PV_STATUS) & FOO_PV_STATUS_RUNNING; // #status
	u32 rep = mode->dblclk && !is_dsi ? 2 : 1;
	u16 vbp = mode->vtotal - mode->vsync_end;
	u16 vsync = mode->vsync_end - mode->vsync_start;
	u16 vfp = mode->vsync_start - mode->vdisplay;
	int idx;

	if (!drm_dev_enter(&fdev->drm, &idx))
		return;

	if (was_running)
		foo_write(fdev, FOO_PV_CONTROL, 0);

	foo_write(fdev, FOO_PV_HTIMING0,
		  FOO_FIELDS((mode->htotal - mode->hsync_end) * rep, mode->hdisplay * rep));
	foo_write(fdev, FOO_PV_HTIMING1,
		  FOO_FIELDS((mode->hsync_end - mode->hsync_start) * rep,
			     (mode->hsync_start - mode->hdisplay) * rep));
	if (interlace) {
		foo_write(fdev, FOO_PV_VTIMING_EVEN0, FOO_FIELDS(vbp + 1, vsync));
		foo_write(fdev, FOO_PV_VTIMING_EVEN1, FOO_FIELDS(vfp, mode->vdisplay));
	}
	foo_write(fdev, FOO_PV_VTIMING0, FOO_FIELDS(vbp, vsync));
	foo_write(fdev, FOO_PV_VTIMING1, FOO_FIELDS(vfp, mode->vdisplay));
	if (is_dsi)
		foo_write(fdev, FOO_PV_DSI_ACTIVE, FOO_FIELDS(0, mode->hdisplay * rep));

	foo_write_layer(fdev, st, 0);
	foo_write_layer(fdev, st, 1);
	foo_write_layer(fdev, st, 2);
	foo_write_layer(fdev, st, 3);

	foo_write(fdev, FOO_PV_CONTROL, FOO_PV_CONTROL_EN |
		  (is_dsi ? FOO_PV_CONTROL_DSI : 0) |
		  (interlace ? FOO_PV_CONTROL_INTERLACE : 0));
	if (fdev->debug)
		printk("foo: pv control %08x\n", readl(fdev->regs + FOO_PV_CONTROL));

	drm_dev_exit(idx);
}

#define DRM_IOCTL_FOO_SET_MODE	DRM_IO(DRM_COMMAND_BASE + 0x00)

static int foo_ioctl_set_mode(struct drm_device *dev, void *data, struct drm_file *file)
{
	// expected-warning@+3{{MMIO access without an unbind guard in 'foo_ioctl_set_mode', which can run after unbind}}
	// expected-note@+2{{'foo_ioctl_set_mode' calls 'foo_crtc_config' here}}
	// expected-note@#status{{'foo_crtc_config' accesses MMIO with 'readl' here}}
	foo_crtc_config(to_foo(dev), data);
	return 0;
}

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_SET_MODE, foo_ioctl_set_mode, 0), // expected-note{{'foo_ioctl_set_mode' is a DRM ioctl handler, registered here}}
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};
