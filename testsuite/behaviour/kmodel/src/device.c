// SPDX-License-Identifier: GPL-2.0
/*
 * kmodel devices: devres, the board (platform device + GPU model + its clocks, regulator and
 * reset line), MMIO with the unbind trap, threaded IRQs, runtime PM, DMA memory, firmware,
 * and the driver core's bind/unbind sequences.
 */

#include <dlfcn.h>
#include <execinfo.h>
#include <stdarg.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "internal.h"
#include "../../gpu/gpu_model.h"

/* ---- devres: newest first, released last-in first-out ---- */
struct devres {
	struct list_head node;
	void (*action)(void *);
	void *data;
};
static long devres_live;

int devm_add_action(struct device *dev, void (*action)(void *), void *data)
{
	struct devres *dr = malloc(sizeof(*dr));

	if (!dr)
		return -ENOMEM;
	dr->action = action;
	dr->data = data;
	pthread_mutex_lock(&dev->devres_lock);
	list_add(&dr->node, &dev->devres);
	pthread_mutex_unlock(&dev->devres_lock);
	__atomic_add_fetch(&devres_live, 1, __ATOMIC_SEQ_CST);
	return 0;
}

int devm_add_action_or_reset(struct device *dev, void (*action)(void *), void *data)
{
	int ret = devm_add_action(dev, action, data);

	if (ret)
		action(data);
	return ret;
}

void devres_release_all(struct device *dev)
{
	for (;;) {
		struct devres *dr = NULL;

		pthread_mutex_lock(&dev->devres_lock);
		if (!list_empty(&dev->devres)) {
			dr = list_first_entry(&dev->devres, struct devres, node);
			list_del(&dr->node);
		}
		pthread_mutex_unlock(&dev->devres_lock);
		if (!dr)
			break;
		dr->action(dr->data);
		free(dr);
		__atomic_sub_fetch(&devres_live, 1, __ATOMIC_SEQ_CST);
	}
}

long kmodel_devres_count(void)
{
	return __atomic_load_n(&devres_live, __ATOMIC_SEQ_CST);
}

/* ---- the board ---- */
#define BOARD_CLOCKS	2
struct clk {
	struct kmodel_board *board;
	int enable_count;
};
struct regulator {
	struct kmodel_board *board;
	int enable_count;
};
struct reset_control {
	struct kmodel_board *board;
	bool asserted;
};
struct kmodel_board {
	struct platform_device pdev;
	struct gpu_model *gpu;
	int irq_base;
	pthread_mutex_t power_lock;
	struct clk clks[BOARD_CLOCKS];
	struct regulator supply;
	struct reset_control rstc;
	bool powered;
};
static int next_irq = 32;

static void board_update_power(struct kmodel_board *b)
{
	bool on = b->supply.enable_count > 0 && !b->rstc.asserted;
	int i;

	for (i = 0; i < BOARD_CLOCKS; i++)
		on = on && b->clks[i].enable_count > 0;
	if (on != b->powered) {
		b->powered = on;
		gpu_model_set_power(b->gpu, on);
	}
}

struct platform_device *kmodel_board_create(const char *name)
{
	struct kmodel_board *b = calloc(1, sizeof(*b));
	int i;

	kmodel_init();
	b->pdev.name = name;
	b->pdev.dev.name = name;
	b->pdev.dev.board = b;
	INIT_LIST_HEAD(&b->pdev.dev.devres);
	pthread_mutex_init(&b->pdev.dev.devres_lock, NULL);
	kmodel_pm_init(&b->pdev.dev);
	pthread_mutex_init(&b->power_lock, NULL);
	for (i = 0; i < BOARD_CLOCKS; i++)
		b->clks[i].board = b;
	b->supply.board = b;
	b->rstc.board = b;
	b->rstc.asserted = true;	/* held in reset until the driver powers up */
	b->irq_base = next_irq;
	next_irq += 3;
	b->gpu = gpu_model_create(b);
	return &b->pdev;
}

void kmodel_board_destroy(struct platform_device *pdev)
{
	struct kmodel_board *b = pdev->dev.board;

	if (pdev->dev.driver)
		kmodel_unbind(pdev);
	gpu_model_destroy(b->gpu);
	free(b);
}

struct gpu_model *kmodel_board_gpu(struct platform_device *pdev)
{
	return pdev->dev.board->gpu;
}

bool kmodel_board_powered(struct platform_device *pdev)
{
	struct kmodel_board *b = pdev->dev.board;
	bool on;

	pthread_mutex_lock(&b->power_lock);
	on = b->powered;
	pthread_mutex_unlock(&b->power_lock);
	return on;
}

int platform_get_irq_byname(struct platform_device *pdev, const char *name)
{
	static const char *const names[] = { "gpu", "mmu", "job" };
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(names); i++)
		if (!strcmp(name, names[i]))
			return pdev->dev.board->irq_base + i;
	dev_err(&pdev->dev, "IRQ %s not found\n", name);
	return -ENXIO;
}

/* ---- clocks, regulator, reset ---- */
static void clk_bulk_release(void *data)
{
	struct clk_bulk_data *clks = data;
	int i;

	for (i = 0; i < BOARD_CLOCKS; i++)
		if (clks[i].clk->enable_count)
			KMODEL_WARN("clock %s released while enabled", clks[i].id);
	kfree(clks);
}

int devm_clk_bulk_get_all(struct device *dev, struct clk_bulk_data **out)
{
	static const char *const ids[BOARD_CLOCKS] = { "core", "coregroup" };
	struct clk_bulk_data *clks = kcalloc(BOARD_CLOCKS, sizeof(*clks), GFP_KERNEL);
	int i, ret;

	if (!clks)
		return -ENOMEM;
	for (i = 0; i < BOARD_CLOCKS; i++) {
		clks[i].id = ids[i];
		clks[i].clk = &dev->board->clks[i];
	}
	ret = devm_add_action_or_reset(dev, clk_bulk_release, clks);
	if (ret)
		return ret;
	*out = clks;
	return BOARD_CLOCKS;
}

int clk_bulk_prepare_enable(int num, const struct clk_bulk_data *clks)
{
	struct kmodel_board *b = clks[0].clk->board;
	int i;

	pthread_mutex_lock(&b->power_lock);
	for (i = 0; i < num; i++)
		clks[i].clk->enable_count++;
	board_update_power(b);
	pthread_mutex_unlock(&b->power_lock);
	return 0;
}

void clk_bulk_disable_unprepare(int num, const struct clk_bulk_data *clks)
{
	struct kmodel_board *b = clks[0].clk->board;
	int i;

	pthread_mutex_lock(&b->power_lock);
	for (i = 0; i < num; i++)
		if (WARN_ON(--clks[i].clk->enable_count < 0))
			clks[i].clk->enable_count = 0;
	board_update_power(b);
	pthread_mutex_unlock(&b->power_lock);
}

static void regulator_release(void *data)
{
	struct regulator *reg = data;

	if (reg->enable_count)
		KMODEL_WARN("regulator released while enabled (%d)", reg->enable_count);
}

struct regulator *devm_regulator_get(struct device *dev, const char *id)
{
	struct regulator *reg = &dev->board->supply;
	int ret = devm_add_action_or_reset(dev, regulator_release, reg);

	return ret ? ERR_PTR(ret) : reg;
}

int regulator_enable(struct regulator *reg)
{
	pthread_mutex_lock(&reg->board->power_lock);
	reg->enable_count++;
	board_update_power(reg->board);
	pthread_mutex_unlock(&reg->board->power_lock);
	return 0;
}

int regulator_disable(struct regulator *reg)
{
	pthread_mutex_lock(&reg->board->power_lock);
	if (WARN_ON(--reg->enable_count < 0))
		reg->enable_count = 0;
	board_update_power(reg->board);
	pthread_mutex_unlock(&reg->board->power_lock);
	return 0;
}

static void reset_release(void *data)
{
}

struct reset_control *devm_reset_control_array_get_optional_exclusive(struct device *dev)
{
	int ret = devm_add_action_or_reset(dev, reset_release, &dev->board->rstc);

	return ret ? ERR_PTR(ret) : &dev->board->rstc;
}

static int reset_set(struct reset_control *rstc, bool asserted)
{
	if (!rstc)
		return 0;
	pthread_mutex_lock(&rstc->board->power_lock);
	rstc->asserted = asserted;
	board_update_power(rstc->board);
	pthread_mutex_unlock(&rstc->board->power_lock);
	return 0;
}

int reset_control_assert(struct reset_control *rstc)
{
	return reset_set(rstc, true);
}

int reset_control_deassert(struct reset_control *rstc)
{
	return reset_set(rstc, false);
}

/* ---- MMIO and the trap ---- */
#define MAX_REGIONS	64
#define MAX_TRAPS	32
#define TRAP_FRAMES	16
struct mmio_region {
	char *base;
	size_t size;
	struct kmodel_board *board;
	bool live;
};
struct trap {
	char ctx[96];
	char thread[16];
	u32 off;
	bool write;
	int nframes;
	void *frames[TRAP_FRAMES];
};
static pthread_rwlock_t regions_lock = PTHREAD_RWLOCK_INITIALIZER;
static struct mmio_region regions[MAX_REGIONS];
static int nregions;
static long trapped, bad_mmio, mappings_live;
static struct trap traps[MAX_TRAPS];

static pthread_mutex_t brk_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t lines_once = PTHREAD_ONCE_INIT;
static void lines_init(void);
static pthread_cond_t brk_cond;
static bool brk_armed, brk_hit, brk_released;
static pthread_t brk_thread;
static const void *brk_lock;
int kmodel_lock_break_armed;

long kmodel_trapped_count(void);
long kmodel_trapped_count(void)
{
	return __atomic_load_n(&trapped, __ATOMIC_SEQ_CST);
}

long kmodel_bad_mmio_count(void);
long kmodel_bad_mmio_count(void)
{
	return __atomic_load_n(&bad_mmio, __ATOMIC_SEQ_CST);
}

long kmodel_mmio_live(void)
{
	return __atomic_load_n(&mappings_live, __ATOMIC_SEQ_CST);
}

static void iounmap_action(void *data)
{
	struct mmio_region *r = data;

	/* Waits for accesses in progress; every later one is trapped. */
	pthread_rwlock_wrlock(&regions_lock);
	r->live = false;
	pthread_rwlock_unlock(&regions_lock);
	__atomic_sub_fetch(&mappings_live, 1, __ATOMIC_SEQ_CST);
}

void __iomem *devm_platform_ioremap_resource(struct platform_device *pdev, unsigned int index)
{
	struct mmio_region *r;
	void *base;
	int ret;

	if (index != 0)
		return ERR_PTR(-EINVAL);
	/* An address range that faults on any direct access and is never reused. */
	base = mmap(NULL, GPU_MODEL_MMIO_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
		    -1, 0);
	if (base == MAP_FAILED)
		return ERR_PTR(-ENOMEM);
	pthread_rwlock_wrlock(&regions_lock);
	if (nregions == MAX_REGIONS) {
		pthread_rwlock_unlock(&regions_lock);
		return ERR_PTR(-ENOMEM);
	}
	r = &regions[nregions++];
	r->base = base;
	r->size = GPU_MODEL_MMIO_SIZE;
	r->board = pdev->dev.board;
	r->live = true;
	pthread_rwlock_unlock(&regions_lock);
	__atomic_add_fetch(&mappings_live, 1, __ATOMIC_SEQ_CST);
	ret = devm_add_action_or_reset(&pdev->dev, iounmap_action, r);
	return ret ? ERR_PTR(ret) : (void __iomem *)base;
}

static void do_break(const void *lock)
{
	pthread_mutex_lock(&brk_mutex);
	if (brk_armed && brk_lock == lock && pthread_equal(brk_thread, pthread_self())) {
		__atomic_store_n(&kmodel_lock_break_armed, 0, __ATOMIC_RELAXED);
		brk_armed = false;
		brk_hit = true;
		pthread_cond_broadcast(&brk_cond);
		while (!brk_released)
			pthread_cond_wait(&brk_cond, &brk_mutex);
	}
	pthread_mutex_unlock(&brk_mutex);
}

static void mmio_break(void)
{
	do_break(NULL);
}

void kmodel_lock_break(pthread_mutex_t *m)
{
	do_break(m);
}

static void record_trap(u32 off, bool write)
{
	long n = __atomic_fetch_add(&trapped, 1, __ATOMIC_SEQ_CST);
	struct trap *t;

	if (n < 4)
		fprintf(stderr, "TRAP: %s(%#x) after the register mapping was released, in %s\n",
			write ? "writel" : "readl", off, kmodel_ctx[0] ? kmodel_ctx : "main");
	if (n >= MAX_TRAPS)
		return;
	t = &traps[n];
	snprintf(t->ctx, sizeof(t->ctx), "%s", kmodel_ctx[0] ? kmodel_ctx : "main");
	pthread_getname_np(pthread_self(), t->thread, sizeof(t->thread));
	t->off = off;
	t->write = write;
	t->nframes = backtrace(t->frames, TRAP_FRAMES);
}

/* Returns the region holding @addr with the lock held for reading, or NULL (lock dropped). */
static struct mmio_region *mmio_find(const volatile void *addr, u32 *off, bool write)
{
	const char *a = (const char *)addr;
	int i;

	mmio_break();
	pthread_rwlock_rdlock(&regions_lock);
	for (i = 0; i < nregions; i++) {
		struct mmio_region *r = &regions[i];

		if (a >= r->base && a < r->base + r->size) {
			*off = a - r->base;
			if (r->live)
				return r;
			pthread_rwlock_unlock(&regions_lock);
			record_trap(*off, write);
			return NULL;
		}
	}
	pthread_rwlock_unlock(&regions_lock);
	__atomic_add_fetch(&bad_mmio, 1, __ATOMIC_SEQ_CST);
	KMODEL_WARN("MMIO %s at %p: not a register mapping", write ? "write" : "read", addr);
	return NULL;
}

u32 kmodel_mmio_read32(const volatile void __iomem *addr)
{
	struct mmio_region *r;
	u32 off, val;

	r = mmio_find(addr, &off, false);
	if (!r)
		return ~0u;	/* what a vanished device returns */
	val = gpu_model_read(r->board->gpu, off);
	pthread_rwlock_unlock(&regions_lock);
	return val;
}

void kmodel_mmio_write32(u32 val, volatile void __iomem *addr)
{
	struct mmio_region *r;
	u32 off;

	r = mmio_find(addr, &off, true);
	if (!r)
		return;
	gpu_model_write(r->board->gpu, off, val);
	pthread_rwlock_unlock(&regions_lock);
}

void kmodel_break_arm(pthread_t thread, const void *lock)
{
	pthread_once(&lines_once, lines_init);
	pthread_mutex_lock(&brk_mutex);
	brk_thread = thread;
	brk_lock = lock;
	if (lock)
		__atomic_store_n(&kmodel_lock_break_armed, 1, __ATOMIC_RELAXED);
	brk_armed = true;
	brk_hit = false;
	brk_released = false;
	pthread_mutex_unlock(&brk_mutex);
}

bool kmodel_mmio_break_wait_hit(unsigned int timeout_ms)
{
	struct timespec dl;
	bool hit;

	kmodel_deadline(&dl, timeout_ms);
	pthread_mutex_lock(&brk_mutex);
	while (!brk_hit && pthread_cond_timedwait(&brk_cond, &brk_mutex, &dl) != ETIMEDOUT)
		;
	hit = brk_hit;
	pthread_mutex_unlock(&brk_mutex);
	return hit;
}

void kmodel_mmio_break_release(void)
{
	pthread_mutex_lock(&brk_mutex);
	brk_armed = false;
	brk_released = true;
	__atomic_store_n(&kmodel_lock_break_armed, 0, __ATOMIC_RELAXED);
	pthread_cond_broadcast(&brk_cond);
	pthread_mutex_unlock(&brk_mutex);
}

/* Symbolise with addr2line (the binary is built with -g): the call chain to the access. */
void kmodel_print_traps(FILE *out, int max)
{
	long n = min_t(long, kmodel_trapped_count(), MAX_TRAPS);
	long i;
	int j;

	for (i = 0; i < n && i < max; i++) {
		struct trap *t = &traps[i];

		fprintf(out, "  trapped %s(%#x) in %s (thread %s), call chain:\n",
			t->write ? "writel" : "readl", t->off, t->ctx, t->thread);
		for (j = 1; j < t->nframes; j++) {
			Dl_info info;
			char cmd[512], line[256];
			FILE *p;

			if (!dladdr(t->frames[j], &info) || !info.dli_fname)
				continue;
			if (!strstr(info.dli_fname, "behaviour"))
				continue;	/* libc, sanitizer runtime */
			snprintf(cmd, sizeof(cmd), "addr2line -f -s -e '%s' %#lx 2>/dev/null",
				 info.dli_fname,
				 (unsigned long)((char *)t->frames[j] - (char *)info.dli_fbase) - 1);
			p = popen(cmd, "r");
			if (!p)
				continue;
			if (fgets(line, sizeof(line), p)) {
				char where[256] = "";

				line[strcspn(line, "\n")] = 0;
				if (fgets(where, sizeof(where), p))
					where[strcspn(where, "\n")] = 0;
				if (strncmp(line, "kmodel_", 7) && strcmp(line, "readl") &&
				    strcmp(line, "writel") && strcmp(line, "mmio_find") &&
				    strcmp(line, "record_trap"))
					fprintf(out, "    %s (%s)\n", line, where);
			}
			pclose(p);
		}
	}
}

/* ---- IRQs: one thread per requested line, level-triggered ---- */
#define MAX_IRQS	128
struct irq_line {
	pthread_mutex_t lock;
	pthread_cond_t cond;
	bool level;
	unsigned long gen;
	int depth;
	bool running;
	struct irq_action *action;
};
struct irq_action {
	unsigned int irq;
	irq_handler_t handler, thread_fn;
	void *data;
	const char *name;
	pthread_t thread;
	bool stop;
};
static struct irq_line lines[MAX_IRQS];
static long irqs_live;

static void lines_init(void)
{
	int i;

	for (i = 0; i < MAX_IRQS; i++) {
		pthread_mutex_init(&lines[i].lock, NULL);
		kmodel_cond_init(&lines[i].cond);
	}
	kmodel_cond_init(&brk_cond);
}

long kmodel_irq_live(void)
{
	return __atomic_load_n(&irqs_live, __ATOMIC_SEQ_CST);
}

void kmodel_board_set_irq_level(struct kmodel_board *board, int which, bool level)
{
	struct irq_line *l = &lines[board->irq_base + which];

	pthread_once(&lines_once, lines_init);
	pthread_mutex_lock(&l->lock);
	if (l->level != level) {
		l->level = level;
		l->gen++;
		pthread_cond_broadcast(&l->cond);
	}
	pthread_mutex_unlock(&l->lock);
}

static void *irq_thread(void *p)
{
	struct irq_action *a = p;
	struct irq_line *l = &lines[a->irq];
	unsigned long none_gen = ~0ul;

	kmodel_set_context("irq %s", a->name);
	pthread_mutex_lock(&l->lock);
	while (!a->stop) {
		unsigned long gen = l->gen;
		irqreturn_t ret;

		if (!l->level || l->depth || gen == none_gen) {
			pthread_cond_wait(&l->cond, &l->lock);
			continue;
		}
		l->running = true;
		pthread_mutex_unlock(&l->lock);
		ret = a->handler(a->irq, a->data);
		if (ret == IRQ_WAKE_THREAD && a->thread_fn)
			a->thread_fn(a->irq, a->data);
		pthread_mutex_lock(&l->lock);
		l->running = false;
		none_gen = ret == IRQ_NONE ? gen : ~0ul;
		pthread_cond_broadcast(&l->cond);
	}
	pthread_mutex_unlock(&l->lock);
	return NULL;
}

static void free_irq_action(void *data)
{
	struct irq_action *a = data;
	struct irq_line *l = &lines[a->irq];

	pthread_mutex_lock(&l->lock);
	a->stop = true;
	pthread_cond_broadcast(&l->cond);
	pthread_mutex_unlock(&l->lock);
	pthread_join(a->thread, NULL);	/* the handler in progress finishes first */
	pthread_mutex_lock(&l->lock);
	l->action = NULL;
	if (l->depth)
		kmodel_printk(NULL, "info", "IRQ %u freed while disabled (depth %d)", a->irq, l->depth);
	l->depth = 0;
	pthread_mutex_unlock(&l->lock);
	__atomic_sub_fetch(&irqs_live, 1, __ATOMIC_SEQ_CST);
	free(a);
}

int devm_request_threaded_irq(struct device *dev, unsigned int irq, irq_handler_t handler,
			      irq_handler_t thread_fn, unsigned long flags, const char *name,
			      void *data)
{
	struct irq_action *a;
	struct irq_line *l;

	pthread_once(&lines_once, lines_init);
	if (irq >= MAX_IRQS)
		return -EINVAL;
	l = &lines[irq];
	a = calloc(1, sizeof(*a));
	a->irq = irq;
	a->handler = handler;
	a->thread_fn = thread_fn;
	a->data = data;
	a->name = name;
	pthread_mutex_lock(&l->lock);
	if (l->action) {
		pthread_mutex_unlock(&l->lock);
		free(a);
		return -EBUSY;
	}
	l->action = a;
	pthread_mutex_unlock(&l->lock);
	__atomic_add_fetch(&irqs_live, 1, __ATOMIC_SEQ_CST);
	kmodel_thread_create(&a->thread, irq_thread, a, name);
	return devm_add_action_or_reset(dev, free_irq_action, a);
}

void synchronize_irq(unsigned int irq)
{
	struct irq_line *l = &lines[irq];

	pthread_mutex_lock(&l->lock);
	while (l->running)
		pthread_cond_wait(&l->cond, &l->lock);
	pthread_mutex_unlock(&l->lock);
}

void disable_irq(unsigned int irq)
{
	struct irq_line *l = &lines[irq];

	pthread_mutex_lock(&l->lock);
	l->depth++;
	while (l->running)
		pthread_cond_wait(&l->cond, &l->lock);
	pthread_mutex_unlock(&l->lock);
}

void enable_irq(unsigned int irq)
{
	struct irq_line *l = &lines[irq];

	pthread_mutex_lock(&l->lock);
	if (l->depth == 0)
		KMODEL_WARN("unbalanced enable for IRQ %u", irq);
	else
		l->depth--;
	pthread_cond_broadcast(&l->cond);
	pthread_mutex_unlock(&l->lock);
}

/* ---- DMA ---- */
enum dev_dma_attr device_get_dma_attr(const struct device *dev)
{
	return dev->dma_coherent ? DEV_DMA_COHERENT : DEV_DMA_NON_COHERENT;
}

int dma_set_mask_and_coherent(struct device *dev, u64 mask)
{
	dev->dma_mask = mask;
	return 0;
}

void *dma_alloc_coherent(struct device *dev, size_t size, dma_addr_t *dma, gfp_t gfp)
{
	void *p = aligned_alloc(PAGE_SIZE, PAGE_ALIGN(size));

	if (!p)
		return NULL;
	memset(p, 0, PAGE_ALIGN(size));
	*dma = (uintptr_t)p;
	if (dev->dma_mask && (*dma + size - 1) > dev->dma_mask)
		KMODEL_WARN("DMA address %#llx beyond the device's mask", *dma);
	kmodel_count_alloc(1);
	return p;
}

void dma_free_coherent(struct device *dev, size_t size, void *cpu, dma_addr_t dma)
{
	if ((uintptr_t)cpu != dma)
		KMODEL_WARN("dma_free_coherent: address mismatch");
	free(cpu);
	kmodel_count_alloc(-1);
}

/* ---- firmware ---- */
#define MAX_FW	4
static struct { char path[128]; void *data; size_t size; } fw_files[MAX_FW];
static pthread_mutex_t fw_lock = PTHREAD_MUTEX_INITIALIZER;

void kmodel_firmware_set(const char *path, const void *data, size_t size)
{
	int i;

	pthread_mutex_lock(&fw_lock);
	for (i = 0; i < MAX_FW; i++) {
		if (!fw_files[i].path[0] || !strcmp(fw_files[i].path, path)) {
			free(fw_files[i].data);
			snprintf(fw_files[i].path, sizeof(fw_files[i].path), "%s", path);
			fw_files[i].data = malloc(size ? size : 1);
			memcpy(fw_files[i].data, data, size);
			fw_files[i].size = size;
			break;
		}
	}
	pthread_mutex_unlock(&fw_lock);
}

void kmodel_firmware_clear(void)
{
	int i;

	pthread_mutex_lock(&fw_lock);
	for (i = 0; i < MAX_FW; i++) {
		free(fw_files[i].data);
		memset(&fw_files[i], 0, sizeof(fw_files[i]));
	}
	pthread_mutex_unlock(&fw_lock);
}

int request_firmware(const struct firmware **out, const char *name, struct device *dev)
{
	struct firmware *fw;
	int i, ret = -ENOENT;

	*out = NULL;
	pthread_mutex_lock(&fw_lock);
	for (i = 0; i < MAX_FW; i++) {
		if (strcmp(fw_files[i].path, name))
			continue;
		fw = kzalloc(sizeof(*fw), GFP_KERNEL);
		/* Exactly the file's size, so that ASan catches a parser reading past it. */
		fw->data = kmemdup(fw_files[i].data, fw_files[i].size, GFP_KERNEL);
		fw->size = fw_files[i].size;
		*out = fw;
		ret = 0;
		break;
	}
	pthread_mutex_unlock(&fw_lock);
	if (ret)
		dev_err(dev, "Direct firmware load for %s failed with error %d\n", name, ret);
	return ret;
}

void release_firmware(const struct firmware *fw)
{
	if (!fw)
		return;
	kfree(fw->data);
	kfree(fw);
}

/* ---- runtime PM: the kernel's state machine, callbacks run without the lock ---- */
static void rpm_suspend_work(struct work_struct *work);

void kmodel_pm_init(struct device *dev)
{
	struct dev_pm_info *pm = &dev->power;

	pthread_mutex_init(&pm->lock, NULL);
	kmodel_cond_init(&pm->cond);
	pm->disable_depth = 1;
	pm->runtime_status = RPM_SUSPENDED;
	INIT_DELAYED_WORK(&pm->suspend_work, rpm_suspend_work);
}

void kmodel_pm_reinit(struct device *dev)
{
	struct dev_pm_info *pm = &dev->power;

	pthread_mutex_lock(&pm->lock);
	if (pm->disable_depth > 0 && pm->runtime_status == RPM_ACTIVE)
		pm->runtime_status = RPM_SUSPENDED;
	pthread_mutex_unlock(&pm->lock);
}

static const struct dev_pm_ops *pm_ops(struct device *dev)
{
	return dev->driver ? dev->driver->pm : NULL;
}

static u64 autosuspend_expiry(struct dev_pm_info *pm)
{
	return pm->last_busy_us + (u64)max(pm->autosuspend_delay, 0) * 1000;
}

/* Called with pm->lock held; drops it around the callback. */
static int rpm_suspend_locked(struct device *dev, bool sync)
{
	struct dev_pm_info *pm = &dev->power;
	const struct dev_pm_ops *ops = pm_ops(dev);
	u64 now = kmodel_now_us();
	int ret;

	if (pm->usage_count > 0 || pm->disable_depth > 0 || pm->runtime_status != RPM_ACTIVE)
		return -EAGAIN;
	if (pm->use_autosuspend && autosuspend_expiry(pm) > now) {
		queue_delayed_work(pm_wq, &pm->suspend_work,
				   DIV_ROUND_UP(autosuspend_expiry(pm) - now, 1000));
		return -EAGAIN;
	}
	if (!sync) {
		queue_delayed_work(pm_wq, &pm->suspend_work, 0);
		return 0;
	}
	pm->runtime_status = RPM_SUSPENDING;
	pthread_mutex_unlock(&pm->lock);
	ret = ops && ops->runtime_suspend ? ops->runtime_suspend(dev) : 0;
	pthread_mutex_lock(&pm->lock);
	pm->runtime_status = ret ? RPM_ACTIVE : RPM_SUSPENDED;
	if (!ret)
		pm->suspends++;
	pthread_cond_broadcast(&pm->cond);
	return ret;
}

static void rpm_suspend_work(struct work_struct *work)
{
	struct device *dev = container_of(to_delayed_work(work), struct device, power.suspend_work);

	kmodel_set_context("runtime suspend");
	pthread_mutex_lock(&dev->power.lock);
	rpm_suspend_locked(dev, true);
	pthread_mutex_unlock(&dev->power.lock);
}

static int rpm_resume(struct device *dev)
{
	struct dev_pm_info *pm = &dev->power;
	const struct dev_pm_ops *ops = pm_ops(dev);
	int ret;

	pthread_mutex_lock(&pm->lock);
	for (;;) {
		if (pm->disable_depth > 0) {
			ret = pm->runtime_status == RPM_ACTIVE ? 1 : -EACCES;
			break;
		}
		if (pm->runtime_status == RPM_ACTIVE) {
			ret = 1;
			break;
		}
		if (pm->runtime_status != RPM_SUSPENDED) {
			pthread_cond_wait(&pm->cond, &pm->lock);
			continue;
		}
		pm->runtime_status = RPM_RESUMING;
		pthread_mutex_unlock(&pm->lock);
		ret = ops && ops->runtime_resume ? ops->runtime_resume(dev) : 0;
		pthread_mutex_lock(&pm->lock);
		pm->runtime_status = ret ? RPM_SUSPENDED : RPM_ACTIVE;
		if (!ret) {
			pm->resumes++;
			pm->last_busy_us = kmodel_now_us();	/* as rpm_resume() does */
		}
		pthread_cond_broadcast(&pm->cond);
		break;
	}
	pthread_mutex_unlock(&pm->lock);
	return ret;
}

void pm_runtime_enable(struct device *dev)
{
	pthread_mutex_lock(&dev->power.lock);
	if (dev->power.disable_depth > 0)
		dev->power.disable_depth--;
	else
		KMODEL_WARN("unbalanced pm_runtime_enable");
	pthread_mutex_unlock(&dev->power.lock);
}

void pm_runtime_disable(struct device *dev)
{
	struct dev_pm_info *pm = &dev->power;

	pthread_mutex_lock(&pm->lock);
	pm->disable_depth++;
	pthread_mutex_unlock(&pm->lock);
	cancel_delayed_work_sync(&pm->suspend_work);
	pthread_mutex_lock(&pm->lock);
	while (pm->runtime_status == RPM_SUSPENDING || pm->runtime_status == RPM_RESUMING)
		pthread_cond_wait(&pm->cond, &pm->lock);
	pthread_mutex_unlock(&pm->lock);
}

int pm_runtime_set_active(struct device *dev)
{
	pthread_mutex_lock(&dev->power.lock);
	if (!dev->power.disable_depth)
		KMODEL_WARN("pm_runtime_set_active with runtime PM enabled");
	dev->power.runtime_status = RPM_ACTIVE;
	pthread_mutex_unlock(&dev->power.lock);
	return 0;
}

void pm_runtime_set_suspended(struct device *dev)
{
	pthread_mutex_lock(&dev->power.lock);
	if (!dev->power.disable_depth)
		KMODEL_WARN("pm_runtime_set_suspended with runtime PM enabled");
	dev->power.runtime_status = RPM_SUSPENDED;
	pthread_mutex_unlock(&dev->power.lock);
}

void pm_runtime_use_autosuspend(struct device *dev)
{
	pthread_mutex_lock(&dev->power.lock);
	dev->power.use_autosuspend = true;
	pthread_mutex_unlock(&dev->power.lock);
}

void pm_runtime_dont_use_autosuspend(struct device *dev)
{
	pthread_mutex_lock(&dev->power.lock);
	dev->power.use_autosuspend = false;
	pthread_mutex_unlock(&dev->power.lock);
}

void pm_runtime_set_autosuspend_delay(struct device *dev, int delay)
{
	pthread_mutex_lock(&dev->power.lock);
	dev->power.autosuspend_delay = delay;
	pthread_mutex_unlock(&dev->power.lock);
}

void pm_runtime_mark_last_busy(struct device *dev)
{
	pthread_mutex_lock(&dev->power.lock);
	dev->power.last_busy_us = kmodel_now_us();
	pthread_mutex_unlock(&dev->power.lock);
}

static void usage_get(struct device *dev)
{
	pthread_mutex_lock(&dev->power.lock);
	dev->power.usage_count++;
	pthread_mutex_unlock(&dev->power.lock);
}

int pm_runtime_get_sync(struct device *dev)
{
	usage_get(dev);
	return rpm_resume(dev);
}

int pm_runtime_resume_and_get(struct device *dev)
{
	int ret = pm_runtime_get_sync(dev);

	if (ret < 0) {
		pthread_mutex_lock(&dev->power.lock);
		dev->power.usage_count--;
		pthread_mutex_unlock(&dev->power.lock);
		return ret;
	}
	return 0;
}

int pm_runtime_get_if_active(struct device *dev)
{
	int ret;

	pthread_mutex_lock(&dev->power.lock);
	if (dev->power.disable_depth > 0) {
		ret = -EINVAL;
	} else if (dev->power.runtime_status != RPM_ACTIVE) {
		ret = 0;
	} else {
		dev->power.usage_count++;
		ret = 1;
	}
	pthread_mutex_unlock(&dev->power.lock);
	return ret;
}

static int rpm_put(struct device *dev, bool sync)
{
	int ret = 0;

	pthread_mutex_lock(&dev->power.lock);
	if (dev->power.usage_count <= 0) {
		KMODEL_WARN("runtime PM usage count underflow");
		dev->power.usage_count = 0;
	} else if (!--dev->power.usage_count) {
		ret = rpm_suspend_locked(dev, sync);
	}
	pthread_mutex_unlock(&dev->power.lock);
	return ret;
}

int pm_runtime_put_autosuspend(struct device *dev)
{
	return rpm_put(dev, false);
}

int pm_runtime_put(struct device *dev)
{
	return rpm_put(dev, false);
}

int pm_runtime_put_sync(struct device *dev)
{
	return rpm_put(dev, true);
}

bool pm_runtime_active(struct device *dev)
{
	bool ret;

	pthread_mutex_lock(&dev->power.lock);
	ret = dev->power.disable_depth || dev->power.runtime_status == RPM_ACTIVE;
	pthread_mutex_unlock(&dev->power.lock);
	return ret;
}

bool pm_runtime_suspended(struct device *dev)
{
	bool ret;

	pthread_mutex_lock(&dev->power.lock);
	ret = !dev->power.disable_depth && dev->power.runtime_status == RPM_SUSPENDED;
	pthread_mutex_unlock(&dev->power.lock);
	return ret;
}

/* ---- the driver core: really_probe() and __device_release_driver() ---- */
int kmodel_bind(struct platform_device *pdev, struct platform_driver *drv)
{
	struct device *dev = &pdev->dev;
	int ret;

	dev->driver = &drv->driver;
	kmodel_set_context("probe");
	ret = drv->probe(pdev);
	if (!ret) {
		/* driver_probe_device(): pm_request_idle(), an asynchronous idle check. */
		pthread_mutex_lock(&dev->power.lock);
		if (!dev->power.usage_count)
			rpm_suspend_locked(dev, false);
		pthread_mutex_unlock(&dev->power.lock);
	} else {
		devres_release_all(dev);
		dev->driver = NULL;
		dev->driver_data = NULL;
		kmodel_pm_reinit(dev);
	}
	kmodel_ctx[0] = 0;
	return ret;
}

void kmodel_unbind(struct platform_device *pdev)
{
	struct device *dev = &pdev->dev;
	struct platform_driver *drv = container_of(dev->driver, struct platform_driver, driver);

	kmodel_set_context("unbind");
	pm_runtime_get_sync(dev);
	pm_runtime_put_sync(dev);
	drv->remove(pdev);
	devres_release_all(dev);
	dev->driver = NULL;
	dev->driver_data = NULL;
	kmodel_pm_reinit(dev);
	kmodel_ctx[0] = 0;
}
