// Pins calls through an object's table pointer resolved per instance (amdgpu's rings: every
// ring calls ring->funcs->begin_use, but the KIQ ring's table has none). The probe stores the
// gfx table into the gfx rings' funcs and the KIQ table into the KIQ ring's, so a call through
// the table of a ring the code shows to be a KIQ's (&kiq->ring, a local holding it, a helper's
// parameter that callers pass it to) reaches only the KIQ table's functions; one through a
// ring it cannot place reaches every table's. A table of unknown origin stored into the KIQ
// rings (-DUNKNOWN_TABLE), or the gfx table stored into a ring of unknown instance
// (-DANY_RING), makes the KIQ calls reach the gfx functions again.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// RUN: %bs -DUNKNOWN_TABLE -Xclang -verify=expected,any %s
// RUN: %bs -DANY_RING -Xclang -verify=expected,any %s

#include <linux/io.h>
#include <linux/slab.h>
#include <drm/drm_drv.h>
#include <drm/drm_ioctl.h>

struct foo_ring;

struct foo_ring_funcs {
	void (*begin_use)(struct foo_ring *ring);
	void (*set_wptr)(struct foo_ring *ring);
};

struct foo_ring {
	const struct foo_ring_funcs *funcs;
	void __iomem *doorbell;
	u32 wptr;
};

struct foo_kiq {
	struct foo_ring ring;
};

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct foo_ring gfx_ring[2];
	struct foo_kiq kiq[2];
	struct foo_ring *rings[4];
};

#define to_foo(dev) container_of(dev, struct foo_device, drm)

static void foo_gfx_begin_use(struct foo_ring *ring)
{
	writel(1, ring->doorbell); // expected-note 2 {{'foo_gfx_begin_use' accesses MMIO with 'writel' here}} any-note 3 {{'foo_gfx_begin_use' accesses MMIO with 'writel' here}}
}

static void foo_ring_set_wptr(struct foo_ring *ring)
{
	ring->wptr++;
}

static const struct foo_ring_funcs foo_gfx_funcs = {
	.begin_use = foo_gfx_begin_use,
	.set_wptr = foo_ring_set_wptr,
};

static const struct foo_ring_funcs foo_kiq_funcs = {
	.set_wptr = foo_ring_set_wptr,
};

static void foo_ring_alloc(struct foo_ring *ring)
{
	if (ring->funcs->begin_use)
		ring->funcs->begin_use(ring); // expected-note 2 {{'foo_ring_alloc' calls 'foo_gfx_begin_use' here}} any-note 3 {{'foo_ring_alloc' calls 'foo_gfx_begin_use' here}}
	ring->funcs->set_wptr(ring);
}

/* passes its parameter on: copied per instance too */
static void foo_ring_emit(struct foo_ring *ring)
{
	foo_ring_alloc(ring); // any-note {{'foo_ring_emit' calls 'foo_ring_alloc' here}}
}

static int foo_kiq_ioctl(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);
	struct foo_ring *ring = &fdev->kiq[0].ring;

	foo_ring_alloc(&fdev->kiq[1].ring); // any-warning {{MMIO access without an unbind guard in 'foo_kiq_ioctl', which can run after unbind}} any-note {{'foo_kiq_ioctl' calls 'foo_ring_alloc' here}}
	foo_ring_alloc(ring); // any-warning {{MMIO access without an unbind guard in 'foo_kiq_ioctl', which can run after unbind}} any-note {{'foo_kiq_ioctl' calls 'foo_ring_alloc' here}}
	foo_ring_emit(ring); // any-warning {{MMIO access without an unbind guard in 'foo_kiq_ioctl', which can run after unbind}} any-note {{'foo_kiq_ioctl' calls 'foo_ring_emit' here}}
	return 0;
}

static int foo_gfx_ioctl(struct drm_device *dev, void *data, struct drm_file *file)
{
	struct foo_device *fdev = to_foo(dev);

	foo_ring_alloc(&fdev->gfx_ring[1]); // expected-warning {{MMIO access without an unbind guard in 'foo_gfx_ioctl', which can run after unbind}} expected-note {{'foo_gfx_ioctl' calls 'foo_ring_alloc' here}}
	return 0;
}

/* a ring loaded from memory: any instance */
static int foo_any_ioctl(struct drm_device *dev, void *data, struct drm_file *file)
{
	foo_ring_alloc(to_foo(dev)->rings[2]); // expected-warning {{MMIO access without an unbind guard in 'foo_any_ioctl', which can run after unbind}} expected-note {{'foo_any_ioctl' calls 'foo_ring_alloc' here}}
	return 0;
}

#define DRM_IOCTL_FOO_KIQ	DRM_IO(DRM_COMMAND_BASE + 0x00)
#define DRM_IOCTL_FOO_GFX	DRM_IO(DRM_COMMAND_BASE + 0x01)
#define DRM_IOCTL_FOO_ANY	DRM_IO(DRM_COMMAND_BASE + 0x02)

static const struct drm_ioctl_desc foo_ioctls[] = {
	DRM_IOCTL_DEF_DRV(FOO_KIQ, foo_kiq_ioctl, 0), // any-note 3 {{'foo_kiq_ioctl' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_GFX, foo_gfx_ioctl, 0), // expected-note {{'foo_gfx_ioctl' is a DRM ioctl handler, registered here}}
	DRM_IOCTL_DEF_DRV(FOO_ANY, foo_any_ioctl, 0), // expected-note {{'foo_any_ioctl' is a DRM ioctl handler, registered here}}
};

const struct drm_driver foo_drm_driver = {
	.ioctls = foo_ioctls,
	.num_ioctls = ARRAY_SIZE(foo_ioctls),
};

#ifdef ANY_RING
static void foo_ring_init(struct foo_ring *ring)
{
	ring->funcs = &foo_gfx_funcs;
}
#endif

int foo_rings_init(struct foo_device *fdev, const struct foo_ring_funcs *extra)
{
	struct foo_ring *spare = kzalloc(sizeof(*spare), 0);
	struct foo_ring *late;

	for (int i = 0; i < 2; i++) {
		fdev->gfx_ring[i].funcs = &foo_gfx_funcs;
		fdev->kiq[i].ring.funcs = &foo_kiq_funcs;
	}
	/* a fresh ring is no KIQ's */
	if (spare)
		spare->funcs = extra;
	/* declared before it is allocated: fresh as well */
	late = kzalloc(sizeof(*late), 0);
	if (late)
		late->funcs = extra;
#ifdef UNKNOWN_TABLE
	fdev->kiq[1].ring.funcs = extra;
#endif
#ifdef ANY_RING
	foo_ring_init(fdev->rings[3]);
#endif
	return 0;
}
