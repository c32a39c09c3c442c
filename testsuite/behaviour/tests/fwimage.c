// SPDX-License-Identifier: GPL-2.0
#include <string.h>

#include <kmodel/kernel.h>
#include "mali_csf_fw_if.h"
#include "../gpu/gpu_model.h"
#include "fwimage.h"

static struct fwimage_layout layout;

static void put32(struct fwimage *img, size_t at, uint32_t v)
{
	memcpy(img->data + at, &v, 4);
}

static size_t add_section(struct fwimage *img, size_t pos, uint32_t flags, uint32_t va_start,
			  uint32_t va_end, uint32_t data_start, uint32_t data_end, size_t *hdr)
{
	put32(img, pos, CSF_FW_ENTRY_TYPE_IFACE | (24u << 8));
	*hdr = pos + 4;
	put32(img, pos + 4, flags);
	put32(img, pos + 8, va_start);
	put32(img, pos + 12, va_end);
	put32(img, pos + 16, data_start);
	put32(img, pos + 20, data_end);
	return pos + 24;
}

void fwimage_build(struct fwimage *img)
{
	const size_t code_at = 1024, data_at = 1280;
	size_t pos = sizeof(struct csf_fw_image_hdr), dummy;
	struct csf_fw_image_hdr hdr = { .magic = CSF_FW_MAGIC, .major = 0, .minor = 1 };
	uint32_t i;

	memset(img, 0, sizeof(*img));
	layout.first_entry = pos;
	pos = add_section(img, pos, CSF_FW_SEC_RD | CSF_FW_SEC_EX | (1u << 3), GPU_MODEL_MCU_ENTRY, 0x10000,
			  code_at, code_at + 200, &layout.code_hdr);
	pos = add_section(img, pos, CSF_FW_SEC_RD | CSF_FW_SEC_WR | (1u << 3), 0x01000000,
			  0x01004000, data_at, data_at + 64, &dummy);
	put32(img, pos, 1u | (12u << 8));		/* metadata: ignored */
	put32(img, pos + 4, 0x12345678);
	put32(img, pos + 8, 0x9abcdef0);
	pos += 12;
	put32(img, pos, 0x25u | (8u << 8) | CSF_FW_ENTRY_OPTIONAL);	/* unknown, optional */
	pos += 8;
	pos = add_section(img, pos, CSF_FW_SEC_RD | CSF_FW_SEC_WR | CSF_FW_SEC_PROT, 0x05000000,
			  0x05001000, 0, 0, &dummy);
	layout.shared_entry = pos;
	pos = add_section(img, pos, CSF_FW_SEC_RD | CSF_FW_SEC_WR | CSF_FW_SEC_SHARED |
			  CSF_FW_SEC_ZERO, CSF_MCU_SHARED_VA, CSF_MCU_SHARED_VA + 0x10000, 0, 0,
			  &layout.shared_hdr);
	hdr.size = pos;
	memcpy(img->data, &hdr, sizeof(hdr));
	layout.hdr_size_field = offsetof(struct csf_fw_image_hdr, size);
	memcpy(img->data + code_at, GPU_MODEL_FW_SIGNATURE, sizeof(GPU_MODEL_FW_SIGNATURE));
	for (i = sizeof(GPU_MODEL_FW_SIGNATURE); i < 200; i++)
		img->data[code_at + i] = (uint8_t)(i * 7);
	for (i = 0; i < 64; i++)
		img->data[data_at + i] = (uint8_t)i;
	layout.code_data = code_at;
	img->size = data_at + 64;
}

void fwimage_layout(struct fwimage_layout *l)
{
	struct fwimage img;

	fwimage_build(&img);
	*l = layout;
}
