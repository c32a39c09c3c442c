/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The CSF firmware image format and the host <-> firmware interface in shared memory.
 * Layouts are hardware/firmware facts (the same as in Arm's kbase and in panthor).
 */
#ifndef MALI_CSF_FW_IF_H
#define MALI_CSF_FW_IF_H

#include <linux/bits.h>
#include <linux/types.h>

/* Firmware image: a header, then entries, each starting with a 32-bit entry header. */
#define CSF_FW_MAGIC			0xc3f13a6e
#define CSF_FW_MAJOR_MAX		0

struct csf_fw_image_hdr {
	__le32 magic;
	u8 minor;
	u8 major;
	__le16 reserved0;
	__le32 version_hash;
	__le32 reserved1;
	__le32 size;		/* bytes of the image covered by entries, header included */
};

#define CSF_FW_ENTRY_TYPE(e)		((e) & 0xff)
#define CSF_FW_ENTRY_SIZE(e)		(((e) >> 8) & 0xff)	/* bytes, header included */
#define CSF_FW_ENTRY_OPTIONAL		BIT(31)
#define CSF_FW_ENTRY_TYPE_IFACE		0

/* An interface-memory entry: a section of the MCU's address space. */
struct csf_fw_section_hdr {
	__le32 flags;
	__le32 va_start;
	__le32 va_end;
	__le32 data_start;	/* image offsets of the initial contents */
	__le32 data_end;
};

#define CSF_FW_SEC_RD			BIT(0)
#define CSF_FW_SEC_WR			BIT(1)
#define CSF_FW_SEC_EX			BIT(2)
#define CSF_FW_SEC_CACHE_MODE		GENMASK(4, 3)
#define CSF_FW_SEC_PROT			BIT(5)
#define CSF_FW_SEC_SHARED		BIT(30)
#define CSF_FW_SEC_ZERO			BIT(31)
#define CSF_FW_SEC_KNOWN		(CSF_FW_SEC_RD | CSF_FW_SEC_WR | CSF_FW_SEC_EX | \
					 CSF_FW_SEC_CACHE_MODE | CSF_FW_SEC_PROT | \
					 CSF_FW_SEC_SHARED | CSF_FW_SEC_ZERO)

/* The shared section holding the interface starts at this MCU address. */
#define CSF_MCU_SHARED_VA		0x04000000u
#define CSF_MCU_VA_LIMIT		0x08000000u

/* Control blocks inside the shared section. */
#define CSF_GROUP_CONTROL_OFFSET	0x1000
#define CSF_STREAM_CONTROL_OFFSET	0x40
#define CSF_MAX_CSGS			31
#define CSF_MAX_CS_PER_CSG		32

struct csf_glb_control {
	u32 version;
	u32 features;
	u32 input_va;
	u32 output_va;
	u32 group_num;
	u32 group_stride;
	u32 perfcnt_size;
	u32 instr_features;
};

#define GLB_VERSION_MAJOR(v)		((v) >> 24)

/*
 * Request/acknowledge protocol: the host toggles a bit in req and rings the doorbell; the
 * firmware acknowledges by making the same bit of ack equal to req.
 */
#define GLB_HALT			BIT(0)
#define GLB_CFG_PROGRESS_TIMER		BIT(1)
#define GLB_CFG_ALLOC_EN		BIT(2)
#define GLB_CFG_POWEROFF_TIMER		BIT(3)
#define GLB_PING			BIT(8)
#define GLB_IDLE_EN			BIT(10)

struct csf_glb_input {
	u32 req;
	u32 ack_irq_mask;
	u32 doorbell_req;
	u32 reserved0;
	u32 progress_timer;
	u32 poweroff_timer;
	u64 core_en_mask;
	u32 reserved1;
	u32 perfcnt_as;
	u64 perfcnt_base;
	u32 perfcnt_extract;
	u32 reserved2[3];
	u32 perfcnt_config[8];
	u32 reserved3[8];
	u32 idle_timer;
};

struct csf_glb_output {
	u32 ack;
	u32 reserved0;
	u32 doorbell_ack;
	u32 reserved1;
	u32 halt_status;
	u32 perfcnt_status;
	u32 perfcnt_insert;
};

struct csf_csg_control {
	u32 features;
	u32 input_va;
	u32 output_va;
	u32 suspend_size;
	u32 protm_suspend_size;
	u32 stream_num;
	u32 stream_stride;
};

#define CSG_STATE_MASK			GENMASK(2, 0)
#define CSG_STATE_TERMINATE		0
#define CSG_STATE_START			1
#define CSG_STATE_SUSPEND		2
#define CSG_STATE_RESUME		3
#define CSG_SYNC_UPDATE			BIT(28)
#define CSG_IDLE			BIT(29)

#define CSG_EP_COMPUTE(n)		((n) & 0xff)
#define CSG_EP_FRAGMENT(n)		(((n) & 0xff) << 8)
#define CSG_EP_TILER(n)			(((n) & 0xf) << 16)
#define CSG_EP_PRIORITY(p)		(((p) & 0xf) << 28)

struct csf_csg_input {
	u32 req;
	u32 ack_irq_mask;
	u32 doorbell_req;
	u32 cs_irq_ack;
	u32 reserved0[4];
	u64 allow_compute;
	u64 allow_fragment;
	u32 allow_other;
	u32 endpoint_req;
	u32 reserved1[2];
	u64 suspend_buf;
	u64 protm_suspend_buf;
	u32 config;		/* the address space of the group */
	u32 iter_trace_config;
};

struct csf_csg_output {
	u32 ack;
	u32 reserved0;
	u32 doorbell_ack;
	u32 cs_irq_req;
	u32 status_endpoint_current;
	u32 status_endpoint_req;
	u32 status_state;
	u32 resource_dep;
};

struct csf_cs_control {
	u32 features;
	u32 input_va;
	u32 output_va;
};

#define CS_FEATURES_WORK_REGS(f)	(((f) & 0xff) + 1)
#define CS_FEATURES_SCOREBOARDS(f)	(((f) >> 8) & 0xff)

#define CS_STATE_MASK			GENMASK(2, 0)
#define CS_STATE_STOP			0
#define CS_STATE_START			1
#define CS_FATAL			BIT(30)
#define CS_FAULT			BIT(31)

#define CS_CONFIG_PRIORITY(p)		((p) & 0xf)
#define CS_CONFIG_DOORBELL(d)		(((d) & 0xff) << 8)

struct csf_cs_input {
	u32 req;
	u32 config;
	u32 reserved0;
	u32 ack_irq_mask;
	u64 ringbuf_base;
	u32 ringbuf_size;
	u32 reserved1;
	u64 heap_start;
	u64 heap_end;
	u64 ringbuf_input;	/* GPU address of struct csf_ringbuf_input */
	u64 ringbuf_output;	/* GPU address of struct csf_ringbuf_output */
	u32 instr_config;
	u32 instrbuf_size;
	u64 instrbuf_base;
	u64 instrbuf_offset_ptr;
};

struct csf_cs_output {
	u32 ack;
	u32 reserved0[15];
	u64 status_cmd_ptr;
	u32 status_wait;
	u32 status_req_resource;
	u64 status_wait_sync_ptr;
	u32 status_wait_sync_value;
	u32 status_scoreboards;
	u32 status_blocked_reason;
	u32 status_wait_sync_value_hi;
	u32 reserved1[6];
	u32 fault;
	u32 fatal;
	u64 fault_info;
	u64 fatal_info;
};

/* Ring buffer pointers shared between the host and the command stream front end. */
struct csf_ringbuf_input {
	u64 insert;
	u64 extract;
};

struct csf_ringbuf_output {
	u64 extract;
	u32 active;
};

/*
 * Command stream instructions the kernel writes into a queue's ring buffer: one 64-bit word
 * each, opcode in bits 63:56.
 */
#define CS_OP_MOV48			1ull
#define CS_OP_MOV32			2ull
#define CS_OP_WAIT			3ull
#define CS_OP_CALL			32ull
#define CS_OP_SYNC_ADD64		51ull

#endif /* MALI_CSF_FW_IF_H */
