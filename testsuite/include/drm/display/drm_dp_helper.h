/* SPDX-License-Identifier: MIT */
#ifndef BS_DRM_DP_HELPER_H
#define BS_DRM_DP_HELPER_H

#include <linux/types.h>
#include <drm/drm_device.h>

struct device;

struct drm_dp_aux_msg {
	unsigned int address;
	u8 request;
	u8 reply;
	void *buffer;
	size_t size;
};

/* The transfer hook is assigned at run time (aux->transfer = fn), not in a const table. */
struct drm_dp_aux {
	const char *name;
	struct device *dev;
	struct drm_device *drm_dev;
	ssize_t (*transfer)(struct drm_dp_aux *aux, struct drm_dp_aux_msg *msg);
};

extern void drm_dp_aux_init(struct drm_dp_aux *aux);
extern int drm_dp_aux_register(struct drm_dp_aux *aux);
extern void drm_dp_aux_unregister(struct drm_dp_aux *aux);
extern ssize_t drm_dp_dpcd_read(struct drm_dp_aux *aux, unsigned int offset, void *buffer,
				size_t size);

#endif
