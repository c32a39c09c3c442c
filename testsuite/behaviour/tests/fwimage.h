/* SPDX-License-Identifier: GPL-2.0 */
/* Test firmware images in the CSF image format (mali_csf_fw_if.h), good and broken. */
#ifndef FWIMAGE_H
#define FWIMAGE_H

#include <stddef.h>
#include <stdint.h>

#define FW_PATH		"arm/mali/arch10.8/mali_csffw.bin"

struct fwimage {
	uint8_t data[2048];
	size_t size;
};

/* A good image: code (with the model's signature), data, metadata, an optional unknown entry,
 * a protected-mode section, and the 64 KiB shared interface section. */
void fwimage_build(struct fwimage *img);

/* Byte offsets into the good image, for targeted corruption. */
struct fwimage_layout {
	size_t hdr_size_field;		/* csf_fw_image_hdr.size */
	size_t first_entry;		/* entry header of the code section */
	size_t code_hdr;		/* its csf_fw_section_hdr */
	size_t shared_entry;
	size_t shared_hdr;
	size_t code_data;		/* where the code bytes are */
};
void fwimage_layout(struct fwimage_layout *l);

#endif
