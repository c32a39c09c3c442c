/* SPDX-License-Identifier: MIT */
#ifndef BS_DRM_MODES_H
#define BS_DRM_MODES_H

#include <linux/types.h>

struct drm_display_mode {
	int clock;
	u16 hdisplay, hsync_start, hsync_end, htotal;
	u16 vdisplay, vsync_start, vsync_end, vtotal;
	u32 flags;
};

enum drm_mode_status {
	MODE_OK = 0,
	MODE_BAD = -2,
};

enum drm_connector_status {
	connector_status_connected = 1,
	connector_status_disconnected = 2,
	connector_status_unknown = 3,
};

#endif
