/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kmodel: what the test harness (user space, in this process) sees of the model: the board,
 * binding and unbinding, DRM files and ioctls, and the model's own checks (trapped MMIO,
 * warnings, leaks).
 */
#ifndef KMODEL_TEST_H
#define KMODEL_TEST_H

#include <kmodel/kernel.h>

struct gpu_model;

void kmodel_init(void);

/* ---- the board: one platform device with a GPU model behind its resources ---- */
struct platform_device *kmodel_board_create(const char *name);
void kmodel_board_destroy(struct platform_device *pdev);
struct gpu_model *kmodel_board_gpu(struct platform_device *pdev);
bool kmodel_board_powered(struct platform_device *pdev);
void kmodel_board_set_irq_level(struct kmodel_board *board, int line, bool level);

/* ---- binding: the driver core's probe and unbind sequences ---- */
struct platform_driver *kmodel_module_platform_driver(void);	/* from the driver */
int kmodel_bind(struct platform_device *pdev, struct platform_driver *drv);
void kmodel_unbind(struct platform_device *pdev);

/* ---- DRM user space ---- */
struct drm_file *kmodel_drm_open(struct platform_device *pdev);	/* ERR_PTR(-ENODEV) if gone */
int kmodel_drm_ioctl(struct drm_file *file, unsigned int cmd, void *arg);
void kmodel_drm_close(struct drm_file *file);
int kmodel_syncobj_create(struct drm_file *file, u32 *handle);
/* 0 signalled (*error: the fence error), -ETIME not signalled in time, -ENOENT no fence */
int kmodel_syncobj_wait(struct drm_file *file, u32 handle, unsigned int timeout_ms, int *error);
void *kmodel_gem_cpu_ptr(struct drm_file *file, u32 handle);	/* like mmap() of the BO */

/* ---- firmware files ---- */
void kmodel_firmware_set(const char *path, const void *data, size_t size);
void kmodel_firmware_clear(void);

/* ---- the model's checks ---- */
struct kmodel_stats {
	long trapped;		/* MMIO after the mapping was released */
	long bad_mmio;		/* MMIO to an address that was never mapped */
	long warnings;		/* WARN_ON and model consistency checks */
	long live_allocs;	/* kmalloc, DMA memory, GEM pages, fences... */
	long live_mappings;	/* register mappings */
	long live_irqs;		/* requested IRQs */
	long devres;		/* devres entries over all devices */
};
void kmodel_stats(struct kmodel_stats *st);
void kmodel_print_traps(FILE *out, int max);	/* with symbolised call chains */
void kmodel_dump_log(FILE *out, int max_lines);
bool kmodel_log_contains(const char *needle);
int kmodel_srcu_sync_waiters(void);		/* threads inside synchronize_srcu() now */

/*
 * A breakpoint for one thread, at its first MMIO access (@lock NULL) or just before it takes
 * the mutex at @lock: the thread blocks there until released.
 */
void kmodel_break_arm(pthread_t thread, const void *lock);
#define kmodel_mmio_break_arm(thread)	kmodel_break_arm((thread), NULL)
bool kmodel_mmio_break_wait_hit(unsigned int timeout_ms);
void kmodel_mmio_break_release(void);

/* Threads and condition variables (CLOCK_MONOTONIC) for the model's other parts. */
void kmodel_cond_init(pthread_cond_t *c);
void kmodel_thread_create(pthread_t *t, void *(*fn)(void *), void *arg, const char *name);

/* The context of the calling thread, for reports ("ioctl MALI_CSF_VM_BIND", "irq ..."). */
void kmodel_set_context(const char *fmt, ...) __printf(1, 2);

#endif /* KMODEL_TEST_H */
