// SPDX-License-Identifier: GPL-2.0
/*
 * The mali_csf behaviour tests. Each runs in its own process: `behaviour <test>`.
 * Exit status 0 is a pass.
 */

#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include "harness.h"
#include "mali_csf_device.h"

/* The driver's firmware parser, a pure function (mali_csf_device.h). */
int mali_csf_fw_parse(struct device *dev, const u8 *image, size_t size, struct list_head *sections);
void mali_csf_fw_free_sections(struct list_head *sections);

#define STREAM_VA	0x100000ull
#define DATA_VA		0x200000ull
#define FLAG_OFF	0x800		/* a u64 in the data BO that blocked jobs wait for */
/* The driver takes only page-multiple stream sizes (mali_csf_vm_user_range_ok()); the rest
 * of the page is zero, which the GPU runs as NOPs. */
#define STREAM_SIZE	4096

/* A file with a VM, a stream BO and a data BO mapped, and a group of two queues. */
struct ctx {
	struct drm_file *f;
	u32 vm, stream_bo, data_bo, group;
	u64 *stream;
	volatile u64 *data;
};

static int ctx_setup(struct env *e, struct ctx *c, bool group)
{
	memset(c, 0, sizeof(*c));
	c->f = u_open(e);
	CHECK(!IS_ERR(c->f));
	CHECK_EQ(u_vm_create(c->f, &c->vm), 0);
	CHECK_EQ(u_bo_create(c->f, 4096, &c->stream_bo), 0);
	CHECK_EQ(u_bo_create(c->f, 4096, &c->data_bo), 0);
	c->stream = kmodel_gem_cpu_ptr(c->f, c->stream_bo);
	c->data = kmodel_gem_cpu_ptr(c->f, c->data_bo);
	CHECK(c->stream && c->data);
	CHECK_EQ(u_vm_map(c->f, c->vm, c->stream_bo, STREAM_VA, 4096), 0);
	CHECK_EQ(u_vm_map(c->f, c->vm, c->data_bo, DATA_VA, 4096), 0);
	if (group)
		CHECK_EQ(u_group_create(c->f, c->vm, 2, &c->group), 0);
	return 0;
}

/* ---- probe -> DEV_QUERY -> VM_BIND -> submit -> completion ---- */
static int test_probe_submit(void)
{
	struct drm_mali_csf_gpu_info info = { 0 };
	struct drm_mali_csf_csif_info csif = { 0 };
	struct drm_mali_csf_dev_query q = { .type = MALI_CSF_QUERY_GPU_INFO };
	struct drm_mali_csf_bo_mmap_offset mo = { 0 };
	struct gpu_model_stats before, after;
	struct env e;
	struct ctx c;
	u32 sync[2], size, i;
	int err = 1;

	env_board(&e);
	if (env_bind(&e))
		return 1;
	if (ctx_setup(&e, &c, true))
		return 1;

	/* DEV_QUERY: the size probe, then the answers. */
	CHECK_EQ(kmodel_drm_ioctl(c.f, DRM_IOCTL_MALI_CSF_DEV_QUERY, &q), 0);
	CHECK_EQ(q.size, sizeof(info));
	q.pointer = (uintptr_t)&info;
	CHECK_EQ(kmodel_drm_ioctl(c.f, DRM_IOCTL_MALI_CSF_DEV_QUERY, &q), 0);
	CHECK_EQ(info.gpu_id, 0xa8670000u);
	CHECK_EQ(info.shader_present, 0x50005);
	CHECK_EQ(info.as_present, 0xff);
	q = (struct drm_mali_csf_dev_query){ .type = MALI_CSF_QUERY_CSIF_INFO,
					     .size = sizeof(csif), .pointer = (uintptr_t)&csif };
	CHECK_EQ(kmodel_drm_ioctl(c.f, DRM_IOCTL_MALI_CSF_DEV_QUERY, &q), 0);
	CHECK_EQ(csif.csg_slot_count, GPU_MODEL_CSGS);
	CHECK_EQ(csif.cs_slot_count, GPU_MODEL_CS_PER_CSG);
	CHECK_EQ(csif.cs_reg_count, 96);
	CHECK_EQ(csif.glb_version >> 24, 1);
	q.type = 7;
	CHECK_EQ(kmodel_drm_ioctl(c.f, DRM_IOCTL_MALI_CSF_DEV_QUERY, &q), -EINVAL);
	mo.handle = c.data_bo;
	CHECK_EQ(kmodel_drm_ioctl(c.f, DRM_IOCTL_MALI_CSF_BO_MMAP_OFFSET, &mo), 0);
	CHECK(mo.offset != 0);

	/* Bad VM_BINDs are refused. */
	CHECK_EQ(u_vm_map(c.f, c.vm, c.data_bo, DATA_VA, 4096), -EEXIST);
	CHECK_EQ(u_vm_map(c.f, c.vm, c.data_bo, DATA_VA + 8192, 8192), -EINVAL);
	CHECK_EQ(u_vm_map(c.f, c.vm, 999, DATA_VA + 8192, 4096), -ENOENT);

	/* 40 jobs over two queues; each adds 1 to the counter at DATA_VA. */
	u_stream_counter(c.stream, DATA_VA, 0);
	size = STREAM_SIZE;
	CHECK_EQ(kmodel_syncobj_create(c.f, &sync[0]), 0);
	CHECK_EQ(kmodel_syncobj_create(c.f, &sync[1]), 0);
	for (i = 0; i < 40; i++)
		CHECK_EQ(u_submit(c.f, c.group, i % 2, STREAM_VA, size, sync[i % 2]), 0);
	for (i = 0; i < 2; i++) {
		CHECK_EQ(kmodel_syncobj_wait(c.f, sync[i], 5000, &err), 0);
		CHECK_EQ(err, 0);
	}
	CHECK_EQ(c.data[0], 40);

	/* VM_BIND unmap on a live VM: the MMU is told (LOCK/FLUSH/UNLOCK). */
	gpu_model_get_stats(kmodel_board_gpu(e.pdev), &before);
	CHECK_EQ(u_vm_unmap(c.f, c.vm, DATA_VA, 4096), 0);
	gpu_model_get_stats(kmodel_board_gpu(e.pdev), &after);
	CHECK(after.as_flushes > before.as_flushes);
	CHECK_EQ(u_vm_unmap(c.f, c.vm, DATA_VA, 4096), -ENOENT);
	CHECK(after.jobs >= 40);

	CHECK_EQ(u_group_destroy(c.f, c.group), 0);
	CHECK_EQ(u_group_destroy(c.f, c.group), -ENOENT);
	{
		struct drm_mali_csf_vm_destroy d = { .id = c.vm };

		CHECK_EQ(kmodel_drm_ioctl(c.f, DRM_IOCTL_MALI_CSF_VM_DESTROY, &d), 0);
	}
	kmodel_drm_close(c.f);
	env_unbind(&e);
	if (env_check_clean(&e, true))
		return 1;
	env_destroy(&e);
	return 0;
}

/* ---- runtime suspend and resume ---- */
static int test_runtime_pm(void)
{
	struct gpu_model_stats gs;
	struct env e;
	struct ctx c;
	u32 size, sync, round;
	int err = 1;

	env_board(&e);
	if (env_bind(&e))
		return 1;
	/* Idle after probe: autosuspend (50 ms) powers the GPU down. */
	CHECK(wait_suspended(&e, 2000));
	CHECK(!kmodel_board_powered(e.pdev));
	if (ctx_setup(&e, &c, false))
		return 1;
	u_stream_counter(c.stream, DATA_VA, 0);
	size = STREAM_SIZE;
	CHECK_EQ(kmodel_syncobj_create(c.f, &sync), 0);
	for (round = 1; round <= 3; round++) {
		/* A group holds the GPU powered, with the firmware running. */
		CHECK_EQ(u_group_create(c.f, c.vm, 1, &c.group), 0);
		CHECK(kmodel_board_powered(e.pdev));
		CHECK(gpu_model_mcu_running(kmodel_board_gpu(e.pdev)));
		CHECK_EQ(u_submit(c.f, c.group, 0, STREAM_VA, size, sync), 0);
		CHECK_EQ(kmodel_syncobj_wait(c.f, sync, 5000, &err), 0);
		CHECK_EQ(err, 0);
		CHECK_EQ(c.data[0], round);
		usleep(120 * 1000);
		CHECK(!pm_runtime_suspended(&e.pdev->dev));
		CHECK_EQ(u_group_destroy(c.f, c.group), 0);
		CHECK(wait_suspended(&e, 2000));
		CHECK(!kmodel_board_powered(e.pdev));
	}
	CHECK(e.pdev->dev.power.suspends >= 4);
	CHECK(e.pdev->dev.power.resumes >= 3);
	gpu_model_get_stats(kmodel_board_gpu(e.pdev), &gs);
	CHECK(gs.mcu_boots >= 4);
	CHECK(gs.mcu_halts >= 4);
	kmodel_drm_close(c.f);
	env_unbind(&e);
	if (env_check_clean(&e, true))
		return 1;
	env_destroy(&e);
	return 0;
}

/* ---- firmware images ---- */
static int expect_probe_fails(struct env *e, const void *img, size_t size, int want,
			      const char *what)
{
	struct kmodel_stats st;
	int ret;

	kmodel_firmware_set(FW_PATH, img, size);
	ret = kmodel_bind(e->pdev, e->drv);
	if (ret != want) {
		fprintf(stderr, "%s: probe returned %d, want %d\n", what, ret, want);
		kmodel_dump_log(stderr, 20);
		test_failed = 1;
		if (!ret)
			kmodel_unbind(e->pdev);
		return 1;
	}
	/* A clean error: nothing mapped, no IRQ, no devres, no memory, the GPU powered off. */
	kmodel_stats(&st);
	CHECK_EQ(st.live_mappings, 0);
	CHECK_EQ(st.live_irqs, 0);
	CHECK_EQ(st.devres, 0);
	CHECK_EQ(st.live_allocs, e->base.live_allocs);
	CHECK(!kmodel_board_powered(e->pdev));
	CHECK(!e->pdev->dev.driver);
	return 0;
}

static int test_fw_truncated(void)
{
	struct fwimage img;
	struct env e;
	size_t cut;
	char what[64];

	env_board(&e);
	fwimage_build(&img);
	for (cut = 0; cut < img.size; cut += (cut < 200 ? 5 : 97)) {
		snprintf(what, sizeof(what), "image cut at %zu of %zu", cut, img.size);
		if (expect_probe_fails(&e, img.data, cut, -EINVAL, what))
			return 1;
	}
	/* No file at all. */
	kmodel_firmware_clear();
	if (expect_probe_fails(&e, img.data, 0, -EINVAL, "empty file"))
		return 1;
	kmodel_firmware_clear();
	{
		int ret = kmodel_bind(e.pdev, e.drv);

		CHECK_EQ(ret, -ENOENT);
	}
	/* The whole image still works afterwards. */
	kmodel_firmware_set(FW_PATH, img.data, img.size);
	if (env_bind(&e))
		return 1;
	env_unbind(&e);
	if (env_check_clean(&e, true))
		return 1;
	env_destroy(&e);
	return 0;
}

static int test_fw_corrupt(void)
{
	struct fwimage_layout l;
	struct fwimage good, img;
	struct env e;
	unsigned int i, n;
	static const struct {
		const char *what;
		int field;	/* 0: header, 1: code entry, 2: code section, 3: shared section */
		size_t off;
		uint32_t val;
		const char *log;
	} cases[] = {
		{ "bad magic", 0, 0, 0xdeadbeef, "bad magic" },
		{ "major version 1", 0, 4, 0x0100, "bad magic or version" },
		{ "header size past the end", 0, 16, 0x10000, "header size" },
		{ "header size below the header", 0, 16, 4, "header size" },
		{ "entry size 0", 1, 0, 0x00000000, "bad entry size" },
		{ "entry size unaligned", 1, 0, 0x00001700, "bad entry size" },
		{ "entry size past the header size", 1, 0, 0x0000fc00, "bad entry size" },
		{ "unknown required entry type", 1, 0, 0x00001807, "unknown entry type" },
		{ "entry too short for a section", 1, 0, 0x00000800, "" },
		{ "unknown section flags", 2, 0, 0x00000105, "unknown section flags" },
		{ "section va_end < va_start", 2, 8, 0x0, "bad section range" },
		{ "section unaligned", 2, 4, 0x10, "bad section range" },
		{ "section beyond the MCU space", 2, 8, 0x09000000, "bad section range" },
		{ "section data past the image", 2, 16, 0x7ffff000, "bad section data" },
		{ "data_start > data_end", 2, 12, 2000, "bad section data" },
		{ "overlapping sections", 3, 4, 0x00008000, "overlapping" },
		{ "no shared section", 3, 4, 0x03000000, "no interface section" },
		{ "shared section too small", 3, 8, CSF_MCU_SHARED_VA + 0x1000, "no interface" },
	};

	fwimage_build(&good);
	fwimage_layout(&l);
	env_board(&e);
	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		size_t base[] = { 0, l.first_entry, l.code_hdr, l.shared_hdr };

		img = good;
		memcpy(img.data + base[cases[i].field] + cases[i].off, &cases[i].val, 4);
		if (cases[i].field == 0 && cases[i].off == 4)
			img.data[5] = 1;	/* major */
		if (expect_probe_fails(&e, img.data, img.size, -EINVAL, cases[i].what))
			return 1;
		if (cases[i].log[0] && !kmodel_log_contains(cases[i].log)) {
			fprintf(stderr, "%s: no '%s' in the log\n", cases[i].what, cases[i].log);
			kmodel_dump_log(stderr, 10);
			return 1;
		}
	}
	/* A good image with the code damaged: the MCU does not start; probe fails cleanly. */
	img = good;
	img.data[l.code_data] ^= 0xff;
	if (expect_probe_fails(&e, img.data, img.size, -ETIMEDOUT, "damaged code"))
		return 1;
	{
		struct gpu_model_stats gs;

		gpu_model_get_stats(kmodel_board_gpu(e.pdev), &gs);
		CHECK_EQ(gs.protocol_errors, 1);	/* the model saw the bad firmware */
	}

	/* The parser alone, on random damage: clean success or clean failure (ASan watches). */
	srand(1);
	for (n = 0; n < 3000; n++) {
		LIST_HEAD(sections);
		size_t size = good.size;
		unsigned int k, flips = 1 + rand() % 4;
		int ret;

		img = good;
		for (k = 0; k < flips; k++)
			img.data[rand() % l.shared_entry + (rand() % 2 ? 0 : 24)] = rand();
		if (rand() % 4 == 0)
			size = rand() % good.size;
		{
			u8 *copy = malloc(size ? size : 1);	/* exactly @size bytes */

			memcpy(copy, img.data, size);
			ret = mali_csf_fw_parse(&e.pdev->dev, copy, size, &sections);
			free(copy);
		}
		if (ret)
			CHECK(list_empty(&sections));
		else
			mali_csf_fw_free_sections(&sections);
	}
	{
		struct kmodel_stats st;

		kmodel_stats(&st);
		CHECK_EQ(st.live_allocs, e.base.live_allocs);
		CHECK_EQ(st.warnings, 0);
	}
	env_destroy(&e);
	return 0;
}

/* ---- unbind with files still open, jobs on the GPU and in the queues ---- */
static int test_unbind_open_files(void)
{
	struct kmodel_stats st;
	struct env e;
	struct ctx c1, c2;
	u32 size, sync_run, sync_queued, g2;
	int err = 0;

	env_board(&e);
	if (env_bind(&e))
		return 1;
	if (ctx_setup(&e, &c1, true) || ctx_setup(&e, &c2, false))
		return 1;
	/* A job the GPU is running (it waits for a flag nobody sets), and one queued behind. */
	u_stream_counter(c1.stream, DATA_VA, DATA_VA + FLAG_OFF);
	size = STREAM_SIZE;
	CHECK_EQ(kmodel_syncobj_create(c1.f, &sync_run), 0);
	CHECK_EQ(kmodel_syncobj_create(c1.f, &sync_queued), 0);
	CHECK_EQ(u_submit(c1.f, c1.group, 0, STREAM_VA, size, sync_run), 0);
	CHECK_EQ(u_submit(c1.f, c1.group, 0, STREAM_VA, size, sync_queued), 0);
	CHECK_EQ(kmodel_syncobj_wait(c1.f, sync_run, 100, &err), -ETIME);
	CHECK_EQ(u_group_create(c2.f, c2.vm, 1, &g2), 0);

	env_unbind(&e);

	/* Everything in flight failed; the files see a device that is gone. */
	CHECK_EQ(kmodel_syncobj_wait(c1.f, sync_run, 5000, &err), 0);
	CHECK(err < 0);
	CHECK_EQ(kmodel_syncobj_wait(c1.f, sync_queued, 5000, &err), 0);
	CHECK(err < 0);
	CHECK_EQ(c1.data[0], 0);
	CHECK_EQ(u_submit(c1.f, c1.group, 0, STREAM_VA, size, 0), -ENODEV);
	CHECK_EQ(u_vm_unmap(c1.f, c1.vm, DATA_VA, 4096), -ENODEV);
	CHECK(IS_ERR(u_open(&e)));
	CHECK(!kmodel_board_powered(e.pdev));
	/* The driver's memory lives on until the files close; the registers are gone. */
	kmodel_stats(&st);
	CHECK_EQ(st.live_mappings, 0);
	CHECK_EQ(st.live_irqs, 0);
	CHECK(st.live_allocs > e.base.live_allocs);

	kmodel_drm_close(c2.f);
	kmodel_drm_close(c1.f);
	if (env_check_clean(&e, true))
		return 1;
	/* And the device binds again. */
	if (env_bind(&e) || ctx_setup(&e, &c1, true))
		return 1;
	u_stream_counter(c1.stream, DATA_VA, 0);
	size = STREAM_SIZE;
	CHECK_EQ(kmodel_syncobj_create(c1.f, &sync_run), 0);
	CHECK_EQ(u_submit(c1.f, c1.group, 1, STREAM_VA, size, sync_run), 0);
	CHECK_EQ(kmodel_syncobj_wait(c1.f, sync_run, 5000, &err), 0);
	CHECK_EQ(err, 0);
	kmodel_drm_close(c1.f);
	env_unbind(&e);
	if (env_check_clean(&e, true))
		return 1;
	env_destroy(&e);
	return 0;
}

/* ---- a job that faults: the MMU IRQ and the CS fault fail it; the device lives on ---- */
static int test_job_fault(void)
{
	struct gpu_model_stats gs;
	struct env e;
	struct ctx c;
	u32 size, sync, g2;
	int err = 0;

	env_board(&e);
	if (env_bind(&e) || ctx_setup(&e, &c, true))
		return 1;
	u_stream_counter(c.stream, 0x7000000ull, 0);
	size = STREAM_SIZE;	/* not mapped */
	CHECK_EQ(kmodel_syncobj_create(c.f, &sync), 0);
	CHECK_EQ(u_submit(c.f, c.group, 0, STREAM_VA, size, sync), 0);
	CHECK_EQ(kmodel_syncobj_wait(c.f, sync, 5000, &err), 0);
	CHECK_EQ(err, -EIO);
	gpu_model_get_stats(kmodel_board_gpu(e.pdev), &gs);
	CHECK(gs.mmu_faults >= 1 && gs.cs_faults >= 1);
	CHECK_EQ(u_submit(c.f, c.group, 0, STREAM_VA, size, 0), -EIO);	/* the group is dead */
	CHECK_EQ(u_group_destroy(c.f, c.group), 0);
	/* A new VM and group work. */
	{
		struct ctx c2;

		if (ctx_setup(&e, &c2, true))
			return 1;
		u_stream_counter(c2.stream, DATA_VA, 0);
	size = STREAM_SIZE;
		CHECK_EQ(kmodel_syncobj_create(c2.f, &g2), 0);
		CHECK_EQ(u_submit(c2.f, c2.group, 1, STREAM_VA, size, g2), 0);
		CHECK_EQ(kmodel_syncobj_wait(c2.f, g2, 5000, &err), 0);
		CHECK_EQ(err, 0);
		kmodel_drm_close(c2.f);
	}
	kmodel_drm_close(c.f);
	env_unbind(&e);
	if (env_check_clean(&e, true))
		return 1;
	env_destroy(&e);
	return 0;
}

/* ---- hot-unplug stress: ioctls and submits from several threads while the device goes ---- */
#define STRESS_THREADS	4
struct stress {
	struct env *e;
	volatile int stop;
	unsigned int seed;
	long ops, jobs_ok, jobs_failed, enodev;
};

static void *stress_thread(void *p)
{
	struct stress *s = p;
	unsigned int seed = s->seed;
	struct drm_file *f;
	u32 vm = 0, bo = 0, group = 0, sync = 0, size;
	u64 *stream;
	bool mapped = false;
	int ret, err;

	kmodel_set_context("stress user");
	f = u_open(s->e);
	if (IS_ERR(f))
		return NULL;
	if (u_vm_create(f, &vm) || u_bo_create(f, 8192, &bo) || kmodel_syncobj_create(f, &sync))
		goto out;
	stream = kmodel_gem_cpu_ptr(f, bo);
	u_stream_counter(stream, STREAM_VA + 4096, 0);
	size = STREAM_SIZE;
	while (!__atomic_load_n(&s->stop, __ATOMIC_SEQ_CST)) {
		switch (rand_r(&seed) % 8) {
		case 0: {
			struct drm_mali_csf_gpu_info info;
			struct drm_mali_csf_dev_query q = { .type = 0, .size = sizeof(info),
							    .pointer = (uintptr_t)&info };

			ret = kmodel_drm_ioctl(f, DRM_IOCTL_MALI_CSF_DEV_QUERY, &q);
			break;
		}
		case 1:
			ret = mapped ? u_vm_unmap(f, vm, STREAM_VA, 8192) :
				       u_vm_map(f, vm, bo, STREAM_VA, 8192);
			if (!ret)
				mapped = !mapped;
			break;
		case 2:
			if (group) {
				ret = u_group_destroy(f, group);
				if (!ret)
					group = 0;
			} else {
				ret = u_group_create(f, vm, 1 + rand_r(&seed) % 2, &group);
				if (ret)
					group = 0;
			}
			break;
		case 3: case 4: case 5:
			ret = group && mapped ? u_submit(f, group, 0, STREAM_VA, size, sync) : 0;
			break;
		case 6:
			ret = kmodel_syncobj_wait(f, sync, 50, &err);
			if (!ret && !err)
				__atomic_add_fetch(&s->jobs_ok, 1, __ATOMIC_RELAXED);
			else if (!ret)
				__atomic_add_fetch(&s->jobs_failed, 1, __ATOMIC_RELAXED);
			break;
		default: {
			u32 tmpvm;

			ret = u_vm_create(f, &tmpvm);
			if (!ret) {
				struct drm_mali_csf_vm_destroy d = { .id = tmpvm };

				ret = kmodel_drm_ioctl(f, DRM_IOCTL_MALI_CSF_VM_DESTROY, &d);
			}
			break;
		}
		}
		__atomic_add_fetch(&s->ops, 1, __ATOMIC_RELAXED);
		if (ret == -ENODEV)
			__atomic_add_fetch(&s->enodev, 1, __ATOMIC_RELAXED);
	}
out:
	kmodel_drm_close(f);
	return NULL;
}

static int test_hotunplug_stress(void)
{
	unsigned int round, rounds = getenv("STRESS_ROUNDS") ? atoi(getenv("STRESS_ROUNDS")) : 6;
	struct env e;
	long ops = 0, ok = 0, failed = 0, enodev = 0;
	u64 start = kmodel_now_us();

	env_board(&e);
	for (round = 0; round < rounds; round++) {
		pthread_t t[STRESS_THREADS];
		struct stress s = { .e = &e, .seed = round * 7919 + 1 };
		struct stress per[STRESS_THREADS];
		int i;

		if (env_bind(&e))
			return 1;
		for (i = 0; i < STRESS_THREADS; i++) {
			per[i] = s;
			per[i].seed = s.seed + i;
			pthread_create(&t[i], NULL, stress_thread, &per[i]);
		}
		/* Unbind at a different moment each round, with the threads in full swing. */
		usleep((20 + (round * 37) % 150) * 1000);
		env_unbind(&e);
		usleep(20 * 1000);
		for (i = 0; i < STRESS_THREADS; i++)
			__atomic_store_n(&per[i].stop, 1, __ATOMIC_SEQ_CST);
		for (i = 0; i < STRESS_THREADS; i++) {
			pthread_join(t[i], NULL);
			ops += per[i].ops;
			ok += per[i].jobs_ok;
			failed += per[i].jobs_failed;
			enodev += per[i].enodev;
		}
		if (env_check_clean(&e, true))
			return 1;
	}
	printf("stress: %u rounds in %.1f s, %ld ioctls, %ld jobs completed, %ld failed, "
	       "%ld -ENODEV after unplug, 0 trapped MMIO accesses\n", rounds,
	       (kmodel_now_us() - start) / 1e6, ops, ok, failed, enodev);
	CHECK(ops > 100);
	CHECK(ok > 0);
	CHECK(enodev > 0);
	env_destroy(&e);
	return 0;
}

/*
 * ---- the deterministic interleaving ----
 * Thread A runs GROUP_CREATE and is stopped inside mali_csf_group_create() once the group's
 * memory exists, just before it takes sched.lock to bind the group to the hardware: past the
 * point where the ioctl takes its unbind guard, before the register accesses (AS programming,
 * the CSG start doorbell). Thread B then unbinds the device.
 * With the driver's guard, B's drm_dev_unplug() waits for A: A's accesses land while the
 * registers are mapped. Without it (the variant build), B completes the unbind, devres
 * releases the mapping, and A's accesses are trapped.
 */
struct interleave {
	struct ctx *c;
	struct env *e;
	int ret;
	bool unbound;
	u32 group;
};

static void *interleave_a(void *p)
{
	struct interleave *il = p;
	struct mali_csf_device *mdev = to_mali_csf(il->c->f->dev);

	kmodel_break_arm(pthread_self(), &mdev->sched.lock.m);
	il->ret = u_group_create(il->c->f, il->c->vm, 1, &il->group);
	return NULL;
}

static void *interleave_b(void *p)
{
	struct interleave *il = p;

	env_unbind(il->e);
	__atomic_store_n(&il->unbound, true, __ATOMIC_SEQ_CST);
	return NULL;
}

#ifdef VARIANT_NO_GROUP_CREATE_GUARD
#define EXPECT_TRAP	true
#else
#define EXPECT_TRAP	false
#endif

static int test_interleave_unbind_guard(void)
{
	struct interleave il = { 0 };
	struct kmodel_stats st;
	pthread_t a, b;
	struct env e;
	struct ctx c;
	bool unbind_first = false, b_blocked = false;
	u64 end;

	env_board(&e);
	if (env_bind(&e) || ctx_setup(&e, &c, false))
		return 1;
	il.c = &c;
	il.e = &e;
	pthread_create(&a, NULL, interleave_a, &il);
	CHECK(kmodel_mmio_break_wait_hit(5000));	/* A is inside GROUP_CREATE */
	pthread_create(&b, NULL, interleave_b, &il);
	/* B either finishes the unbind, or blocks in drm_dev_unplug() waiting for A's guard. */
	for (end = kmodel_now_us() + 5000000; kmodel_now_us() < end; usleep(1000)) {
		if (__atomic_load_n(&il.unbound, __ATOMIC_SEQ_CST)) {
			unbind_first = true;
			break;
		}
		if (kmodel_srcu_sync_waiters() > 0) {
			usleep(50 * 1000);	/* it stays blocked: A holds the guard */
			b_blocked = !__atomic_load_n(&il.unbound, __ATOMIC_SEQ_CST);
			break;
		}
	}
	kmodel_mmio_break_release();
	pthread_join(a, NULL);
	pthread_join(b, NULL);
	e.bound = false;
	kmodel_stats(&st);
	printf("interleave: unbind %s GROUP_CREATE's register accesses; GROUP_CREATE returned "
	       "%d; %ld trapped MMIO access(es)\n",
	       unbind_first ? "completed before" : b_blocked ? "waited in drm_dev_unplug() for" :
	       "raced with", il.ret, st.trapped);
	if (st.trapped)
		kmodel_print_traps(stdout, 1);
	kmodel_drm_close(c.f);
	if (EXPECT_TRAP) {
		CHECK(unbind_first);
		CHECK(st.trapped >= 1);
	} else {
		CHECK(b_blocked);
		CHECK_EQ(il.ret, 0);
		CHECK_EQ(st.trapped, 0);
		if (env_check_clean(&e, true))
			return 1;
	}
	env_destroy(&e);
	return 0;
}

/* ---- main ---- */
static const struct {
	const char *name;
	int (*fn)(void);
} tests[] = {
	{ "probe_submit", test_probe_submit },
	{ "runtime_pm", test_runtime_pm },
	{ "fw_truncated", test_fw_truncated },
	{ "fw_corrupt", test_fw_corrupt },
	{ "job_fault", test_job_fault },
	{ "unbind_open_files", test_unbind_open_files },
	{ "hotunplug_stress", test_hotunplug_stress },
	{ "interleave_unbind_guard", test_interleave_unbind_guard },
};

static void watchdog(int sig)
{
	static const char msg[] = "FAIL: watchdog: the test hung (a deadlock or a lost wakeup)\n";

	(void)sig;
	if (write(2, msg, sizeof(msg) - 1) < 0)
		_exit(3);
	kmodel_dump_log(stderr, 40);
	_exit(3);
}

int main(int argc, char **argv)
{
	unsigned int i;

	if (argc == 2 && !strcmp(argv[1], "--list")) {
		for (i = 0; i < ARRAY_SIZE(tests); i++)
			printf("%s\n", tests[i].name);
		return 0;
	}
	if (argc != 2) {
		fprintf(stderr, "usage: %s --list | <test>\n", argv[0]);
		return 2;
	}
	signal(SIGALRM, watchdog);
	alarm(getenv("TEST_TIMEOUT") ? atoi(getenv("TEST_TIMEOUT")) : 120);
	for (i = 0; i < ARRAY_SIZE(tests); i++) {
		if (strcmp(argv[1], tests[i].name))
			continue;
		if (tests[i].fn() || test_failed) {
			kmodel_dump_log(stderr, 30);
			return 1;
		}
		return 0;
	}
	fprintf(stderr, "unknown test %s\n", argv[1]);
	return 2;
}
