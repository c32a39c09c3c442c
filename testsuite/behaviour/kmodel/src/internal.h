/* SPDX-License-Identifier: GPL-2.0 */
/* kmodel: shared between the model's source files. */
#ifndef KMODEL_INTERNAL_H
#define KMODEL_INTERNAL_H

#include <kmodel/test.h>

extern _Thread_local char kmodel_ctx[96];
extern long kmodel_live_allocs;		/* atomic */
void kmodel_count_alloc(long delta);
void kmodel_cond_init(pthread_cond_t *c);	/* CLOCK_MONOTONIC */
void kmodel_thread_create(pthread_t *t, void *(*fn)(void *), void *arg, const char *name);
long kmodel_devres_count(void);
long kmodel_irq_live(void);
long kmodel_mmio_live(void);
void kmodel_pm_init(struct device *dev);
void kmodel_pm_reinit(struct device *dev);
void kmodel_workqueue_init(void);
void kmodel_drm_init(void);
void kmodel_drm_file_release_objects(struct drm_file *file);

#endif
