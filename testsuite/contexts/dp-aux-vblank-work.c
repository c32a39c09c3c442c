// Pins two run-time registrations: a drm_dp_aux .transfer hook assigned at run time (KMS detect
// and MST work reach it after unbind; drm_dp_aux_unregister() drains only the AUX chardev and
// I2C-over-AUX users) and a vblank work handed to drm_vblank_work_init() (the CRTC's vblank
// worker, destroyed only at drmm release). Unguarded fires, guarded is silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <drm/drm_drv.h>
#include <drm/drm_vblank.h>
#include <drm/display/drm_dp_helper.h>

#define FOO_AUX_CMD	0x00
#define FOO_AUX_DATA	0x04
#define FOO_GAMMA	0x08

struct foo_dp {
	struct drm_device *drm;
	void __iomem *regs;
	struct drm_dp_aux aux;
	struct drm_dp_aux guarded_aux;
	struct drm_vblank_work gamma_work;
	struct drm_vblank_work guarded_work;
};

static ssize_t foo_aux_transfer(struct drm_dp_aux *aux, struct drm_dp_aux_msg *msg)
{
	struct foo_dp *dp = container_of(aux, struct foo_dp, aux);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_aux_transfer', which can run after unbind}}
	// expected-note@+1{{'foo_aux_transfer' accesses MMIO with 'writel' here}}
	writel(msg->address, dp->regs + FOO_AUX_CMD);
	return msg->size;
}

static ssize_t foo_aux_transfer_guarded(struct drm_dp_aux *aux, struct drm_dp_aux_msg *msg)
{
	struct foo_dp *dp = container_of(aux, struct foo_dp, guarded_aux);
	int idx;

	if (!drm_dev_enter(dp->drm, &idx))
		return -ENODEV;
	writel(msg->address, dp->regs + FOO_AUX_CMD);
	drm_dev_exit(idx);
	return msg->size;
}

static void foo_gamma_work(struct drm_vblank_work *work)
{
	struct foo_dp *dp = container_of(work, struct foo_dp, gamma_work);

	// expected-warning@+2{{MMIO access without an unbind guard in 'foo_gamma_work', which can run after unbind}}
	// expected-note@+1{{'foo_gamma_work' accesses MMIO with 'writel' here}}
	writel(1, dp->regs + FOO_GAMMA);
}

static void foo_guarded_work(struct drm_vblank_work *work)
{
	struct foo_dp *dp = container_of(work, struct foo_dp, guarded_work);
	int idx;

	if (!drm_dev_enter(dp->drm, &idx))
		return;
	writel(0, dp->regs + FOO_GAMMA);
	drm_dev_exit(idx);
}

int foo_dp_init(struct foo_dp *dp, struct drm_crtc *crtc)
{
	dp->aux.transfer = foo_aux_transfer; // expected-note{{'foo_aux_transfer' is a DP AUX transfer callback, registered here}}
	dp->guarded_aux.transfer = foo_aux_transfer_guarded;
	drm_dp_aux_init(&dp->aux);
	drm_dp_aux_init(&dp->guarded_aux);
	drm_vblank_work_init(&dp->gamma_work, crtc, foo_gamma_work); // expected-note{{'foo_gamma_work' is a vblank work, registered here}}
	drm_vblank_work_init(&dp->guarded_work, crtc, foo_guarded_work);
	return drm_dp_aux_register(&dp->aux);
}
