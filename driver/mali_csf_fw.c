// SPDX-License-Identifier: GPL-2.0
/*
 * The CSF firmware: image parsing, loading into the MCU's address space, MCU boot and halt,
 * the global interface, the watchdog ping and the JOB interrupt through which the firmware
 * talks back.
 *
 * The image comes from user space (a file), so the parser trusts nothing in it: every offset
 * and size is checked against the image before use, and a malformed image is rejected.
 */
#include <linux/firmware.h>
#include <linux/iopoll.h>
#include <linux/platform_device.h>
#include <linux/pm_runtime.h>
#include <linux/slab.h>
#include <linux/sizes.h>
#include <linux/unaligned.h>
#include <drm/drm_drv.h>

#include "mali_csf_device.h"
#include "mali_csf_regs.h"

#define FW_PATH_FMT		"arm/mali/arch%u.%u/mali_csffw.bin"
#define FW_REQ_TIMEOUT		msecs_to_jiffies(500)
#define FW_PING_INTERVAL	msecs_to_jiffies(12000)
#define MCU_POLL_DELAY_US	10
#define MCU_TIMEOUT_US		500000

/* Firmware timers, in microseconds of the GPU's system timer. */
#define FW_PROGRESS_TIMEOUT	(5u * 500 * 1024 * 1024 >> 10)
#define FW_POWEROFF_TIMER	10000

static struct mali_csf_device *fw_to_mdev(struct mali_csf_fw *fw)
{
	return container_of(fw, struct mali_csf_device, fw);
}

/* ---- image parsing: memory only, no trust in the image ---- */

static int fw_parse_section(struct device *dev, const u8 *image, size_t size,
			    const u8 *entry, size_t len, struct list_head *sections)
{
	struct mali_csf_fw_section *sec, *other;
	struct csf_fw_section_hdr hdr;
	u32 flags, va_start, va_end, data_start, data_end;

	if (len < sizeof(hdr)) {
		dev_err(dev, "firmware: interface entry too short\n");
		return -EINVAL;
	}
	memcpy(&hdr, entry, sizeof(hdr));
	flags = le32_to_cpu(hdr.flags);
	va_start = le32_to_cpu(hdr.va_start);
	va_end = le32_to_cpu(hdr.va_end);
	data_start = le32_to_cpu(hdr.data_start);
	data_end = le32_to_cpu(hdr.data_end);

	if (flags & ~CSF_FW_SEC_KNOWN) {
		dev_err(dev, "firmware: unknown section flags %#x\n", flags);
		return -EINVAL;
	}
	/* Protected-mode sections are for a mode this driver does not support. */
	if (flags & CSF_FW_SEC_PROT)
		return 0;
	if (va_start >= va_end || !IS_ALIGNED(va_start | va_end, SZ_4K) ||
	    va_end > CSF_MCU_VA_LIMIT) {
		dev_err(dev, "firmware: bad section range [%#x, %#x)\n", va_start, va_end);
		return -EINVAL;
	}
	if (data_start > data_end || data_end > size || data_end - data_start > va_end - va_start) {
		dev_err(dev, "firmware: bad section data [%#x, %#x)\n", data_start, data_end);
		return -EINVAL;
	}
	list_for_each_entry(other, sections, node) {
		if (va_start < other->va_end && other->va_start < va_end) {
			dev_err(dev, "firmware: overlapping sections at %#x\n", va_start);
			return -EINVAL;
		}
	}

	sec = kzalloc(sizeof(*sec), GFP_KERNEL);
	if (!sec)
		return -ENOMEM;
	sec->flags = flags;
	sec->va_start = va_start;
	sec->va_end = va_end;
	sec->data_size = data_end - data_start;
	if (sec->data_size) {
		sec->data = kmemdup(image + data_start, sec->data_size, GFP_KERNEL);
		if (!sec->data) {
			kfree(sec);
			return -ENOMEM;
		}
	}
	list_add_tail(&sec->node, sections);
	return 0;
}

void mali_csf_fw_free_sections(struct list_head *sections)
{
	struct mali_csf_fw_section *sec, *tmp;

	list_for_each_entry_safe(sec, tmp, sections, node) {
		list_del(&sec->node);
		mali_csf_kbo_destroy(sec->mem);
		kfree(sec->data);
		kfree(sec);
	}
}

/*
 * Parse @image into a list of sections with copies of their initial contents. On error the
 * list is left empty.
 */
int mali_csf_fw_parse(struct device *dev, const u8 *image, size_t size,
		      struct list_head *sections)
{
	struct mali_csf_fw_section *sec;
	struct csf_fw_image_hdr hdr;
	bool have_shared = false;
	size_t pos, end;
	int ret = 0;

	if (size < sizeof(hdr)) {
		dev_err(dev, "firmware: image too short (%zu bytes)\n", size);
		return -EINVAL;
	}
	memcpy(&hdr, image, sizeof(hdr));
	if (le32_to_cpu(hdr.magic) != CSF_FW_MAGIC || hdr.major > CSF_FW_MAJOR_MAX) {
		dev_err(dev, "firmware: bad magic or version %u.%u\n", hdr.major, hdr.minor);
		return -EINVAL;
	}
	end = le32_to_cpu(hdr.size);
	if (end < sizeof(hdr) || end > size) {
		dev_err(dev, "firmware: header size %zu outside the image\n", end);
		return -EINVAL;
	}

	for (pos = sizeof(hdr); pos < end; ) {
		u32 ehdr, esize;

		if (end - pos < sizeof(ehdr)) {
			ret = -EINVAL;
			break;
		}
		ehdr = get_unaligned_le32(image + pos);
		esize = CSF_FW_ENTRY_SIZE(ehdr);
		if (esize < sizeof(ehdr) || !IS_ALIGNED(esize, 4) || esize > end - pos) {
			dev_err(dev, "firmware: bad entry size %u at %zu\n", esize, pos);
			ret = -EINVAL;
			break;
		}
		switch (CSF_FW_ENTRY_TYPE(ehdr)) {
		case CSF_FW_ENTRY_TYPE_IFACE:
			ret = fw_parse_section(dev, image, size, image + pos + sizeof(ehdr),
					       esize - sizeof(ehdr), sections);
			break;
		case 1 ... 4:	/* configuration, tests, trace and timeline metadata: unused */
			break;
		default:
			if (!(ehdr & CSF_FW_ENTRY_OPTIONAL)) {
				dev_err(dev, "firmware: unknown entry type %u\n",
					CSF_FW_ENTRY_TYPE(ehdr));
				ret = -EINVAL;
			}
			break;
		}
		if (ret)
			break;
		pos += esize;
	}

	list_for_each_entry(sec, sections, node)
		if (sec->va_start == CSF_MCU_SHARED_VA &&
		    sec->va_end - sec->va_start >= CSF_GROUP_CONTROL_OFFSET + SZ_4K)
			have_shared = true;
	if (!ret && !have_shared) {
		dev_err(dev, "firmware: no interface section at %#x\n", CSF_MCU_SHARED_VA);
		ret = -EINVAL;
	}
	if (ret)
		mali_csf_fw_free_sections(sections);
	return ret;
}

/* ---- the interface in the shared section: memory only ---- */

/* A pointer to @size bytes at MCU address @va, if they lie inside the shared section. */
static void *fw_shared_ptr(struct mali_csf_fw *fw, u32 va, size_t size)
{
	struct mali_csf_fw_section *shared = fw->shared;
	u32 len = shared->va_end - shared->va_start;

	if (va < shared->va_start || va - shared->va_start > len ||
	    size > len - (va - shared->va_start))
		return NULL;
	return shared->mem->vaddr + (va - shared->va_start);
}

static int fw_read_iface(struct mali_csf_device *mdev)
{
	struct mali_csf_fw *fw = &mdev->fw;
	const struct csf_glb_control *glb = fw->shared->mem->vaddr;
	u32 len = fw->shared->va_end - fw->shared->va_start;
	u32 i, j, group_num, group_stride;

	fw->glb_control = glb;
	fw->glb_input = fw_shared_ptr(fw, READ_ONCE(glb->input_va), sizeof(*fw->glb_input));
	fw->glb_output = fw_shared_ptr(fw, READ_ONCE(glb->output_va), sizeof(*fw->glb_output));
	group_num = READ_ONCE(glb->group_num);
	group_stride = READ_ONCE(glb->group_stride);
	if (!fw->glb_input || !fw->glb_output || !group_num || group_num > CSF_MAX_CSGS ||
	    group_stride < sizeof(struct csf_csg_control) ||
	    (u64)group_num * group_stride > len - CSF_GROUP_CONTROL_OFFSET) {
		dev_err(mdev->dev, "firmware: bad global interface\n");
		return -EINVAL;
	}

	fw->cs_count = CSF_MAX_CS_PER_CSG;
	for (i = 0; i < group_num; i++) {
		struct mali_csf_csg_iface *csg = &fw->csg[i];
		u32 off = CSF_GROUP_CONTROL_OFFSET + i * group_stride;
		u32 stream_num, stream_stride;

		csg->control = fw->shared->mem->vaddr + off;
		csg->input = fw_shared_ptr(fw, READ_ONCE(csg->control->input_va),
					   sizeof(*csg->input));
		csg->output = fw_shared_ptr(fw, READ_ONCE(csg->control->output_va),
					    sizeof(*csg->output));
		stream_num = READ_ONCE(csg->control->stream_num);
		stream_stride = READ_ONCE(csg->control->stream_stride);
		if (!csg->input || !csg->output || !stream_num || stream_num > CSF_MAX_CS_PER_CSG ||
		    stream_stride < sizeof(struct csf_cs_control) ||
		    CSF_STREAM_CONTROL_OFFSET + (u64)stream_num * stream_stride > group_stride)
			goto bad;
		for (j = 0; j < stream_num; j++) {
			const struct csf_cs_control *cs = fw->shared->mem->vaddr + off +
				CSF_STREAM_CONTROL_OFFSET + j * stream_stride;

			csg->cs[j].control = cs;
			csg->cs[j].input = fw_shared_ptr(fw, READ_ONCE(cs->input_va),
							 sizeof(*csg->cs[j].input));
			csg->cs[j].output = fw_shared_ptr(fw, READ_ONCE(cs->output_va),
							  sizeof(*csg->cs[j].output));
			if (!csg->cs[j].input || !csg->cs[j].output)
				goto bad;
		}
		fw->cs_count = min(fw->cs_count, stream_num);
	}
	WRITE_ONCE(fw->csg_count, group_num);	/* the JOB IRQ thread reads it */
	fw->cs_features = READ_ONCE(fw->csg[0].cs[0].control->features);
	return 0;

bad:
	dev_err(mdev->dev, "firmware: bad interface of group %u\n", i);
	return -EINVAL;
}

/* Toggle @mask in @req so that it differs from @ack: a new request for those bits. */
static void fw_toggle(spinlock_t *lock, u32 *req, const u32 *ack, u32 mask)
{
	unsigned long flags;
	u32 val;

	spin_lock_irqsave(lock, flags);
	val = READ_ONCE(*req) & ~mask;
	WRITE_ONCE(*req, val | (~READ_ONCE(*ack) & mask));
	spin_unlock_irqrestore(lock, flags);
}

static bool fw_acked(const u32 *req, const u32 *ack, u32 mask)
{
	return !((READ_ONCE(*req) ^ READ_ONCE(*ack)) & mask);
}

/* ---- requests that need the doorbell: [hw] ---- */

void mali_csf_fw_ring_doorbell(struct mali_csf_device *mdev, u32 doorbell)
{
	csf_write(mdev, CSF_DOORBELL(doorbell), 1);
}

static int fw_glb_request(struct mali_csf_device *mdev, u32 mask)
{
	struct mali_csf_fw *fw = &mdev->fw;

	fw_toggle(&fw->req_lock, &fw->glb_input->req, &fw->glb_output->ack, mask);
	mali_csf_fw_ring_doorbell(mdev, CSF_GLB_DOORBELL);
	if (!wait_event_timeout(fw->req_wait,
				fw_acked(&fw->glb_input->req, &fw->glb_output->ack, mask),
				FW_REQ_TIMEOUT)) {
		dev_err(mdev->dev, "firmware: global request %#x not acknowledged\n", mask);
		return -ETIMEDOUT;
	}
	return 0;
}

/*
 * Ask CSG @slot for a state change (the @mask bits of @req) and wait for the firmware to
 * acknowledge it. The CSG's doorbell is a bit of the global doorbell_req word.
 */
int mali_csf_fw_csg_request(struct mali_csf_device *mdev, u32 slot, u32 req, u32 mask)
{
	struct mali_csf_fw *fw = &mdev->fw;
	struct mali_csf_csg_iface *csg = &fw->csg[slot];
	unsigned long flags;
	u32 val;

	spin_lock_irqsave(&fw->req_lock, flags);
	val = READ_ONCE(csg->input->req) & ~mask;
	WRITE_ONCE(csg->input->req, val | (req & mask));
	spin_unlock_irqrestore(&fw->req_lock, flags);
	fw_toggle(&fw->req_lock, &fw->glb_input->doorbell_req, &fw->glb_output->doorbell_ack,
		  BIT(slot));
	mali_csf_fw_ring_doorbell(mdev, CSF_GLB_DOORBELL);
	if (!wait_event_timeout(fw->req_wait,
				!((READ_ONCE(csg->input->req) ^ READ_ONCE(csg->output->ack)) &
				  mask), FW_REQ_TIMEOUT)) {
		dev_err(mdev->dev, "firmware: CSG%u request %#x not acknowledged\n", slot, req);
		return -ETIMEDOUT;
	}
	return 0;
}

static void fw_load_sections(struct mali_csf_fw *fw)
{
	struct mali_csf_fw_section *sec;

	list_for_each_entry(sec, &fw->sections, node) {
		memcpy(sec->mem->vaddr, sec->data, sec->data_size);
		memset(sec->mem->vaddr + sec->data_size, 0, sec->mem->size - sec->data_size);
	}
	/* The MCU must see the sections before it starts. */
	wmb();
}

static int fw_glb_init(struct mali_csf_device *mdev)
{
	struct mali_csf_fw *fw = &mdev->fw;
	struct csf_glb_input *in = fw->glb_input;

	WRITE_ONCE(in->progress_timer, FW_PROGRESS_TIMEOUT);
	WRITE_ONCE(in->poweroff_timer, FW_POWEROFF_TIMER);
	WRITE_ONCE(in->core_en_mask, mdev->info.shader_present);
	WRITE_ONCE(in->ack_irq_mask, GLB_CFG_PROGRESS_TIMER | GLB_CFG_ALLOC_EN |
		   GLB_CFG_POWEROFF_TIMER | GLB_PING | GLB_HALT);
	return fw_glb_request(mdev, GLB_CFG_PROGRESS_TIMER | GLB_CFG_ALLOC_EN |
			      GLB_CFG_POWEROFF_TIMER);
}

/*
 * Start the MCU from freshly loaded sections and bring up the global interface. The MMU must
 * have AS 0 programmed and the JOB interrupt must be enabled. [hw]
 */
int mali_csf_fw_boot(struct mali_csf_device *mdev)
{
	struct mali_csf_fw *fw = &mdev->fw;
	u32 status;
	int ret;

	fw->booted = false;
	WRITE_ONCE(fw->glb_irq_seen, false);
	fw_load_sections(fw);

	csf_write(mdev, JOB_INT_CLEAR, ~0u);
	csf_write(mdev, JOB_INT_MASK, ~0u);
	csf_write(mdev, MCU_CONTROL, MCU_CONTROL_AUTO);
	ret = readl_poll_timeout(mdev->iomem + MCU_STATUS, status, status == MCU_STATUS_ENABLED,
				 MCU_POLL_DELAY_US, MCU_TIMEOUT_US);
	if (ret) {
		dev_err(mdev->dev, "MCU did not start (status %u)\n", status);
		return ret;
	}
	/* The firmware's first global interrupt says the interface is initialised. */
	if (!wait_event_timeout(fw->req_wait, READ_ONCE(fw->glb_irq_seen), FW_REQ_TIMEOUT)) {
		dev_err(mdev->dev, "firmware did not come up\n");
		return -ETIMEDOUT;
	}
	ret = fw_read_iface(mdev);
	if (ret)
		return ret;
	if (GLB_VERSION_MAJOR(READ_ONCE(fw->glb_control->version)) < 1) {
		dev_err(mdev->dev, "firmware interface version %#x unsupported\n",
			fw->glb_control->version);
		return -EINVAL;
	}
	ret = fw_glb_init(mdev);
	if (ret)
		return ret;
	fw->booted = true;
	return 0;
}

/* Ask the firmware to halt, then stop the MCU. [hw] */
void mali_csf_fw_halt(struct mali_csf_device *mdev)
{
	u32 status;

	if (mdev->fw.booted)
		fw_glb_request(mdev, GLB_HALT);
	mdev->fw.booted = false;
	csf_write(mdev, MCU_CONTROL, MCU_CONTROL_DISABLE);
	if (readl_poll_timeout(mdev->iomem + MCU_STATUS, status, status != MCU_STATUS_ENABLED,
			       MCU_POLL_DELAY_US, MCU_TIMEOUT_US))
		dev_warn(mdev->dev, "MCU did not stop\n");
	csf_write(mdev, JOB_INT_MASK, 0);
}

/* ---- the watchdog ping: a work item, so it can run after unbind ---- */

static void mali_csf_fw_ping_work(struct work_struct *work)
{
	struct mali_csf_fw *fw = container_of(to_delayed_work(work), struct mali_csf_fw,
					      ping_work);
	struct mali_csf_device *mdev = fw_to_mdev(fw);
	int idx;

	/* Rings the doorbell: only while the device is bound. */
	if (!drm_dev_enter(&mdev->drm, &idx))
		return;
	/* A suspended GPU has no firmware to ping; resume restarts the ping. */
	if (pm_runtime_get_if_active(mdev->dev) > 0) {
		if (fw->booted && fw_glb_request(mdev, GLB_PING))
			mali_csf_device_schedule_reset(mdev);
		else
			queue_delayed_work(system_wq, &fw->ping_work, FW_PING_INTERVAL);
		pm_runtime_put_autosuspend(mdev->dev);
	}
	drm_dev_exit(idx);
}

void mali_csf_fw_start_ping(struct mali_csf_device *mdev)
{
	queue_delayed_work(system_wq, &mdev->fw.ping_work, FW_PING_INTERVAL);
}

void mali_csf_fw_stop_ping(struct mali_csf_device *mdev)
{
	cancel_delayed_work_sync(&mdev->fw.ping_work);
}

/* For good: later mali_csf_fw_start_ping() calls do nothing. */
void mali_csf_fw_disable_ping(struct mali_csf_device *mdev)
{
	disable_delayed_work_sync(&mdev->fw.ping_work);
}

/* ---- the JOB interrupt: bound (requested after the register mapping) ---- */

static irqreturn_t mali_csf_job_irq(int irq, void *data)
{
	struct mali_csf_device *mdev = data;

	if (!csf_read(mdev, JOB_INT_STAT))
		return IRQ_NONE;
	csf_write(mdev, JOB_INT_MASK, 0);
	return IRQ_WAKE_THREAD;
}

static irqreturn_t mali_csf_job_irq_thread(int irq, void *data)
{
	struct mali_csf_device *mdev = data;
	u32 status = csf_read(mdev, JOB_INT_RAWSTAT);
	u32 slot;

	csf_write(mdev, JOB_INT_CLEAR, status);
	if (status & JOB_INT_GLOBAL_IF)
		WRITE_ONCE(mdev->fw.glb_irq_seen, true);
	for (slot = 0; slot < READ_ONCE(mdev->fw.csg_count); slot++)
		if (status & JOB_INT_CSG(slot))
			mali_csf_sched_handle_csg_irq(mdev, slot);
	wake_up_all(&mdev->fw.req_wait);
	csf_write(mdev, JOB_INT_MASK, ~0u);
	return IRQ_HANDLED;
}

static int fw_map_sections(struct mali_csf_device *mdev)
{
	struct mali_csf_fw *fw = &mdev->fw;
	struct mali_csf_fw_section *sec;

	list_for_each_entry(sec, &fw->sections, node) {
		u32 prot = 0;

		if (!(sec->flags & CSF_FW_SEC_WR))
			prot |= MALI_CSF_PROT_READONLY;
		if (!(sec->flags & CSF_FW_SEC_EX))
			prot |= MALI_CSF_PROT_NOEXEC;
		if (!(sec->flags & CSF_FW_SEC_CACHE_MODE))
			prot |= MALI_CSF_PROT_UNCACHED;
		sec->mem = mali_csf_kbo_create(mdev, fw->vm, sec->va_end - sec->va_start,
					       sec->va_start, prot);
		if (IS_ERR(sec->mem)) {
			int ret = PTR_ERR(sec->mem);

			sec->mem = NULL;
			return ret;
		}
		if (sec->va_start == CSF_MCU_SHARED_VA)
			fw->shared = sec;
	}
	return 0;
}

/* Probe: load the image, map it for the MCU, and boot. */
int mali_csf_fw_init(struct mali_csf_device *mdev)
{
	struct platform_device *pdev = to_platform_device(mdev->dev);
	struct mali_csf_fw *fw = &mdev->fw;
	const struct firmware *image;
	char path[64];
	int ret;

	INIT_LIST_HEAD(&fw->sections);
	spin_lock_init(&fw->req_lock);
	init_waitqueue_head(&fw->req_wait);
	INIT_DELAYED_WORK(&fw->ping_work, mali_csf_fw_ping_work);

	mdev->irq_job = platform_get_irq_byname(pdev, "job");
	if (mdev->irq_job < 0)
		return mdev->irq_job;
	ret = devm_request_threaded_irq(mdev->dev, mdev->irq_job, mali_csf_job_irq,
					mali_csf_job_irq_thread, IRQF_ONESHOT, "mali-csf-job", mdev);
	if (ret)
		return ret;

	snprintf(path, sizeof(path), FW_PATH_FMT, GPU_ID_ARCH_MAJOR(mdev->info.gpu_id),
		 GPU_ID_ARCH_MINOR(mdev->info.gpu_id));
	ret = request_firmware(&image, path, mdev->dev);
	if (ret)
		return ret;
	ret = mali_csf_fw_parse(mdev->dev, image->data, image->size, &fw->sections);
	release_firmware(image);
	if (ret)
		return ret;

	fw->vm = mali_csf_vm_create(mdev, true, 0);
	if (IS_ERR(fw->vm)) {
		ret = PTR_ERR(fw->vm);
		fw->vm = NULL;
		goto err_fini;
	}
	ret = fw_map_sections(mdev);
	if (ret)
		goto err_fini;
	ret = mali_csf_vm_activate(fw->vm);
	if (ret)
		goto err_fini;
	ret = mali_csf_fw_boot(mdev);
	if (ret)
		goto err_halt;
	return 0;

err_halt:
	mali_csf_fw_halt(mdev);
	mali_csf_vm_deactivate(fw->vm);
err_fini:
	mali_csf_fw_fini(mdev);
	return ret;
}

/* Free the firmware's memory; the MCU must be stopped. */
void mali_csf_fw_fini(struct mali_csf_device *mdev)
{
	mali_csf_fw_free_sections(&mdev->fw.sections);
	mali_csf_vm_put(mdev->fw.vm);
	mdev->fw.vm = NULL;
	mdev->fw.shared = NULL;
}
