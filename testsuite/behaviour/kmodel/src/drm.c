// SPDX-License-Identifier: GPL-2.0
/*
 * kmodel DRM: xarray, drm_mm, dma fences, the DRM device with SRCU-like unbind guards, files
 * and the ioctl entry, shmem GEM objects and syncobjs.
 */

#include <stdlib.h>
#include <unistd.h>

#include "internal.h"

/* ---- xarray ---- */
void xa_init_flags(struct xarray *xa, unsigned int flags)
{
	memset(xa, 0, sizeof(*xa));
	pthread_mutex_init(&xa->lock, NULL);
	xa->flags = flags;
}

static int xa_grow(struct xarray *xa, unsigned long index)
{
	unsigned long size = xa->size ? xa->size : 16;
	void **slots;
	unsigned char *used;

	while (size <= index)
		size *= 2;
	if (size == xa->size)
		return 0;
	slots = realloc(xa->slots, size * sizeof(*slots));
	used = realloc(xa->used, size);
	if (!slots || !used)
		abort();
	memset(slots + xa->size, 0, (size - xa->size) * sizeof(*slots));
	memset(used + xa->size, 0, size - xa->size);
	xa->slots = slots;
	xa->used = used;
	xa->size = size;
	return 0;
}

int xa_alloc(struct xarray *xa, u32 *id, void *entry, struct xa_limit limit, gfp_t gfp)
{
	unsigned long i = max_t(unsigned long, limit.min, (xa->flags & 2) ? 1 : 0);

	pthread_mutex_lock(&xa->lock);
	for (;; i++) {
		if (i > limit.max) {
			pthread_mutex_unlock(&xa->lock);
			return -EBUSY;
		}
		xa_grow(xa, i);
		if (!xa->used[i])
			break;
	}
	xa->used[i] = 1;
	xa->slots[i] = entry;
	*id = i;
	pthread_mutex_unlock(&xa->lock);
	return 0;
}

void *xa_load(struct xarray *xa, unsigned long index)
{
	void *e = NULL;

	pthread_mutex_lock(&xa->lock);
	if (index < xa->size)
		e = xa->slots[index];
	pthread_mutex_unlock(&xa->lock);
	return e;
}

void *xa_store(struct xarray *xa, unsigned long index, void *entry, gfp_t gfp)
{
	void *old;

	pthread_mutex_lock(&xa->lock);
	xa_grow(xa, index);
	old = xa->slots[index];
	xa->slots[index] = entry;
	xa->used[index] = entry || (xa->flags & XA_FLAGS_ALLOC);
	pthread_mutex_unlock(&xa->lock);
	return old;
}

void *xa_erase(struct xarray *xa, unsigned long index)
{
	void *old = NULL;

	pthread_mutex_lock(&xa->lock);
	if (index < xa->size) {
		old = xa->slots[index];
		xa->slots[index] = NULL;
		xa->used[index] = 0;
	}
	pthread_mutex_unlock(&xa->lock);
	return old;
}

void *kmodel_xa_find(struct xarray *xa, unsigned long *index)
{
	void *e = NULL;
	unsigned long i;

	pthread_mutex_lock(&xa->lock);
	for (i = *index; i < xa->size; i++) {
		if (xa->slots[i]) {
			e = xa->slots[i];
			*index = i;
			break;
		}
	}
	pthread_mutex_unlock(&xa->lock);
	return e;
}

void xa_destroy(struct xarray *xa)
{
	free(xa->slots);
	free(xa->used);
	xa->slots = NULL;
	xa->used = NULL;
	xa->size = 0;
	pthread_mutex_destroy(&xa->lock);
}

/* ---- drm_mm: first fit over a sorted list ---- */
void drm_mm_init(struct drm_mm *mm, u64 start, u64 size)
{
	mm->start = start;
	mm->size = size;
	INIT_LIST_HEAD(&mm->nodes);
}

void drm_mm_takedown(struct drm_mm *mm)
{
	if (!list_empty(&mm->nodes))
		KMODEL_WARN("drm_mm_takedown: memory manager not clean");
}

int drm_mm_insert_node_generic(struct drm_mm *mm, struct drm_mm_node *node, u64 size,
			       u64 alignment, unsigned long color, enum drm_mm_insert_mode mode)
{
	struct list_head *pos = &mm->nodes;
	struct drm_mm_node *n;
	u64 start = mm->start;

	if (!size)
		return -EINVAL;
	alignment = alignment ? alignment : 1;
	list_for_each_entry(n, &mm->nodes, node_list) {
		start = ALIGN(start, alignment);
		if (start + size <= n->start) {
			pos = &n->node_list;
			goto found;
		}
		start = n->start + n->size;
	}
	start = ALIGN(start, alignment);
	if (start + size > mm->start + mm->size || start + size < start)
		return -ENOSPC;
found:
	node->start = start;
	node->size = size;
	node->mm = mm;
	node->allocated = true;
	list_add_tail(&node->node_list, pos);
	return 0;
}

void drm_mm_remove_node(struct drm_mm_node *node)
{
	if (!node->allocated) {
		KMODEL_WARN("drm_mm_remove_node on a free node");
		return;
	}
	list_del(&node->node_list);
	node->allocated = false;
}

/* ---- dma fences ---- */
#define FENCE_SIGNALED	1ul
static u64 fence_context;

u64 dma_fence_context_alloc(unsigned int num)
{
	return __atomic_fetch_add(&fence_context, num, __ATOMIC_SEQ_CST) + 1;
}

void dma_fence_init(struct dma_fence *f, const struct dma_fence_ops *ops, spinlock_t *lock,
		    u64 context, u64 seqno)
{
	f->ops = ops;
	f->lock = lock;
	INIT_LIST_HEAD(&f->cb_list);
	f->context = context;
	f->seqno = seqno;
	f->flags = 0;
	f->error = 0;
	kref_init(&f->refcount);
}

struct dma_fence *dma_fence_get(struct dma_fence *f)
{
	if (f)
		kref_get(&f->refcount);
	return f;
}

void dma_fence_free(struct dma_fence *f)
{
	kfree(f);
}

static void fence_release(struct kref *k)
{
	struct dma_fence *f = container_of(k, struct dma_fence, refcount);

	if (!list_empty(&f->cb_list))
		KMODEL_WARN("fence %s:%s released with pending callbacks",
			    f->ops->get_driver_name(f), f->ops->get_timeline_name(f));
	if (!(__atomic_load_n(&f->flags, __ATOMIC_ACQUIRE) & FENCE_SIGNALED))
		KMODEL_WARN("fence %s:%s released unsignalled", f->ops->get_driver_name(f),
			    f->ops->get_timeline_name(f));
	if (f->ops->release)
		f->ops->release(f);
	else
		dma_fence_free(f);
}

void dma_fence_put(struct dma_fence *f)
{
	if (f)
		kref_put(&f->refcount, fence_release);
}

int dma_fence_signal_locked(struct dma_fence *f)
{
	struct dma_fence_cb *cb, *tmp;
	struct list_head cbs;

	if (__atomic_load_n(&f->flags, __ATOMIC_ACQUIRE) & FENCE_SIGNALED)
		return -EINVAL;
	f->timestamp = ktime_get();
	__atomic_or_fetch(&f->flags, FENCE_SIGNALED, __ATOMIC_RELEASE);
	INIT_LIST_HEAD(&cbs);
	list_for_each_entry_safe(cb, tmp, &f->cb_list, node) {
		list_del(&cb->node);
		list_add_tail(&cb->node, &cbs);
	}
	list_for_each_entry_safe(cb, tmp, &cbs, node) {
		INIT_LIST_HEAD(&cb->node);
		cb->func(f, cb);
	}
	return 0;
}

int dma_fence_signal(struct dma_fence *f)
{
	int ret;

	if (!f)
		return -EINVAL;
	spin_lock(f->lock);
	ret = dma_fence_signal_locked(f);
	spin_unlock(f->lock);
	return ret;
}

void dma_fence_set_error(struct dma_fence *f, int error)
{
	if (__atomic_load_n(&f->flags, __ATOMIC_ACQUIRE) & FENCE_SIGNALED)
		KMODEL_WARN("dma_fence_set_error on a signalled fence");
	f->error = error;
}

bool dma_fence_is_signaled(struct dma_fence *f)
{
	return __atomic_load_n(&f->flags, __ATOMIC_ACQUIRE) & FENCE_SIGNALED;
}

int dma_fence_get_status(struct dma_fence *f)
{
	int ret = 0;

	spin_lock(f->lock);
	if (f->flags & FENCE_SIGNALED)
		ret = f->error ? f->error : 1;
	spin_unlock(f->lock);
	return ret;
}

int dma_fence_add_callback(struct dma_fence *f, struct dma_fence_cb *cb, dma_fence_func_t func)
{
	int ret = 0;

	spin_lock(f->lock);
	if (f->flags & FENCE_SIGNALED) {
		INIT_LIST_HEAD(&cb->node);
		ret = -ENOENT;
	} else {
		cb->func = func;
		list_add_tail(&cb->node, &f->cb_list);
	}
	spin_unlock(f->lock);
	return ret;
}

struct fence_waiter {
	struct dma_fence_cb cb;
	pthread_mutex_t lock;
	pthread_cond_t cond;
	bool done;
};

static void fence_wake(struct dma_fence *f, struct dma_fence_cb *cb)
{
	struct fence_waiter *w = container_of(cb, struct fence_waiter, cb);

	pthread_mutex_lock(&w->lock);
	w->done = true;
	pthread_cond_broadcast(&w->cond);
	pthread_mutex_unlock(&w->lock);
}

long dma_fence_wait_timeout(struct dma_fence *f, bool intr, long timeout)
{
	struct fence_waiter w = { .done = false };
	struct timespec dl;
	long ret;

	pthread_mutex_init(&w.lock, NULL);
	kmodel_cond_init(&w.cond);
	if (dma_fence_add_callback(f, &w.cb, fence_wake))
		return max(timeout, 1L);
	kmodel_deadline(&dl, timeout);
	pthread_mutex_lock(&w.lock);
	while (!w.done && pthread_cond_timedwait(&w.cond, &w.lock, &dl) != ETIMEDOUT)
		;
	ret = w.done ? kmodel_remaining(&dl) : 0;
	pthread_mutex_unlock(&w.lock);
	if (!ret) {
		spin_lock(f->lock);
		if (!list_empty(&w.cb.node) && !(f->flags & FENCE_SIGNALED))
			list_del_init(&w.cb.node);
		spin_unlock(f->lock);
		/* The callback may have run meanwhile. */
		pthread_mutex_lock(&w.lock);
		ret = w.done ? 1 : 0;
		pthread_mutex_unlock(&w.lock);
	}
	pthread_cond_destroy(&w.cond);
	pthread_mutex_destroy(&w.lock);
	return ret;
}

/*
 * ---- the DRM device ----
 * drm_dev_enter()/drm_dev_exit() are an SRCU read section on one global domain, like
 * drm_unplug_srcu: a reader increments the counter of the current phase, then tests
 * ->unplugged. drm_dev_unplug() sets ->unplugged, then synchronize_srcu() flips the phase
 * twice and waits for each old phase's readers to drain, so every reader that could have seen
 * ->unplugged == false has left its section when it returns.
 */
static struct {
	long count[2];
	unsigned int phase;
	pthread_mutex_t sync_lock;
	int sync_waiters;
} srcu = { .sync_lock = PTHREAD_MUTEX_INITIALIZER };

static int srcu_read_lock(void)
{
	int idx = __atomic_load_n(&srcu.phase, __ATOMIC_SEQ_CST) & 1;

	__atomic_add_fetch(&srcu.count[idx], 1, __ATOMIC_SEQ_CST);
	return idx;
}

static void srcu_read_unlock(int idx)
{
	if (__atomic_sub_fetch(&srcu.count[idx], 1, __ATOMIC_SEQ_CST) < 0)
		KMODEL_WARN("SRCU read unlock without lock (idx %d)", idx);
}

static void synchronize_srcu(void)
{
	int i;

	pthread_mutex_lock(&srcu.sync_lock);
	__atomic_add_fetch(&srcu.sync_waiters, 1, __ATOMIC_SEQ_CST);
	for (i = 0; i < 2; i++) {
		unsigned int old = __atomic_fetch_add(&srcu.phase, 1, __ATOMIC_SEQ_CST) & 1;

		while (__atomic_load_n(&srcu.count[old], __ATOMIC_SEQ_CST))
			usleep(20);
	}
	__atomic_sub_fetch(&srcu.sync_waiters, 1, __ATOMIC_SEQ_CST);
	pthread_mutex_unlock(&srcu.sync_lock);
}

int kmodel_srcu_sync_waiters(void)
{
	return __atomic_load_n(&srcu.sync_waiters, __ATOMIC_SEQ_CST);
}

bool drm_dev_enter(struct drm_device *dev, int *idx)
{
	*idx = srcu_read_lock();
	if (__atomic_load_n(&dev->unplugged, __ATOMIC_SEQ_CST)) {
		srcu_read_unlock(*idx);
		return false;
	}
	return true;
}

void drm_dev_exit(int idx)
{
	srcu_read_unlock(idx);
}

bool drm_dev_is_unplugged(struct drm_device *dev)
{
	int idx = srcu_read_lock();
	bool ret = __atomic_load_n(&dev->unplugged, __ATOMIC_SEQ_CST);

	srcu_read_unlock(idx);
	return ret;
}

static pthread_mutex_t drm_lock = PTHREAD_MUTEX_INITIALIZER;
static LIST_HEAD(drm_devices);
static u64 client_ids;

void kmodel_drm_init(void)
{
}

static void drm_dev_release(struct kref *k)
{
	struct drm_device *dev = container_of(k, struct drm_device, ref);

	if (dev->registered)
		KMODEL_WARN("DRM device released while registered");
	kfree(dev->container);
}

void drm_dev_get(struct drm_device *dev)
{
	kref_get(&dev->ref);
}

void drm_dev_put(struct drm_device *dev)
{
	if (dev)
		kref_put(&dev->ref, drm_dev_release);
}

static void drm_dev_put_action(void *data)
{
	drm_dev_put(data);
}

void *__devm_drm_dev_alloc(struct device *parent, const struct drm_driver *driver, size_t size,
			   size_t offset)
{
	void *container = kzalloc(size, GFP_KERNEL);
	struct drm_device *dev;
	int ret;

	if (!container)
		return ERR_PTR(-ENOMEM);
	dev = (struct drm_device *)((char *)container + offset);
	dev->dev = parent;
	dev->driver = driver;
	dev->container = container;
	kref_init(&dev->ref);
	INIT_LIST_HEAD(&dev->kmodel_node);
	ret = devm_add_action_or_reset(parent, drm_dev_put_action, dev);
	return ret ? ERR_PTR(ret) : container;
}

int drm_dev_register(struct drm_device *dev, unsigned long flags)
{
	pthread_mutex_lock(&drm_lock);
	dev->registered = true;
	list_add_tail(&dev->kmodel_node, &drm_devices);
	pthread_mutex_unlock(&drm_lock);
	return 0;
}

void drm_dev_unregister(struct drm_device *dev)
{
	pthread_mutex_lock(&drm_lock);
	if (dev->registered) {
		dev->registered = false;
		list_del_init(&dev->kmodel_node);
	}
	pthread_mutex_unlock(&drm_lock);
}

void drm_dev_unplug(struct drm_device *dev)
{
	__atomic_store_n(&dev->unplugged, true, __ATOMIC_SEQ_CST);
	synchronize_srcu();
	drm_dev_unregister(dev);
}

/* ---- files and ioctls ---- */
struct drm_file *kmodel_drm_open(struct platform_device *pdev)
{
	struct drm_device *dev = NULL, *d;
	struct drm_file *file;
	int ret;

	pthread_mutex_lock(&drm_lock);
	list_for_each_entry(d, &drm_devices, kmodel_node) {
		if (d->dev == &pdev->dev && !drm_dev_is_unplugged(d)) {
			dev = d;
			drm_dev_get(dev);
			break;
		}
	}
	pthread_mutex_unlock(&drm_lock);
	if (!dev)
		return ERR_PTR(-ENODEV);
	file = kzalloc(sizeof(*file), GFP_KERNEL);
	file->dev = dev;
	file->client_id = __atomic_add_fetch(&client_ids, 1, __ATOMIC_SEQ_CST);
	xa_init_flags(&file->object_idr, XA_FLAGS_ALLOC1);
	xa_init_flags(&file->syncobj_idr, XA_FLAGS_ALLOC1);
	kmodel_set_context("open");
	ret = dev->driver->open ? dev->driver->open(dev, file) : 0;
	kmodel_ctx[0] = 0;
	if (ret) {
		xa_destroy(&file->object_idr);
		xa_destroy(&file->syncobj_idr);
		kfree(file);
		drm_dev_put(dev);
		return ERR_PTR(ret);
	}
	return file;
}

int kmodel_drm_ioctl(struct drm_file *file, unsigned int cmd, void *arg)
{
	struct drm_device *dev = file->dev;
	const struct drm_ioctl_desc *desc;
	unsigned int nr = DRM_IOCTL_NR(cmd), usize = KMODEL_IOC_SIZE(cmd), ksize;
	char kdata[256];
	int ret;

	/* drm_ioctl(): no new ioctls once unplugged (but ones already running go on). */
	if (drm_dev_is_unplugged(dev))
		return -ENODEV;
	if (nr < DRM_COMMAND_BASE || nr - DRM_COMMAND_BASE >= (unsigned int)dev->driver->num_ioctls)
		return -EINVAL;
	desc = &dev->driver->ioctls[nr - DRM_COMMAND_BASE];
	if (!desc->func)
		return -EINVAL;
	ksize = KMODEL_IOC_SIZE(desc->cmd);
	if (ksize > sizeof(kdata))
		return -EINVAL;
	memset(kdata, 0, sizeof(kdata));
	if (KMODEL_IOC_DIR(cmd) & KMODEL_IOC_WRITE)
		memcpy(kdata, arg, min(usize, ksize));
	kmodel_set_context("ioctl %s", desc->name);
	ret = desc->func(dev, kdata, file);
	kmodel_ctx[0] = 0;
	if (KMODEL_IOC_DIR(cmd) & KMODEL_IOC_READ)
		memcpy(arg, kdata, min(usize, ksize));
	return ret;
}

static void syncobj_put_all(struct drm_file *file);

void kmodel_drm_close(struct drm_file *file)
{
	struct drm_device *dev = file->dev;

	kmodel_set_context("close");
	syncobj_put_all(file);
	kmodel_drm_file_release_objects(file);
	if (dev->driver->postclose)
		dev->driver->postclose(dev, file);
	kmodel_ctx[0] = 0;
	xa_destroy(&file->object_idr);
	xa_destroy(&file->syncobj_idr);
	kfree(file);
	drm_dev_put(dev);
}

/* ---- GEM, shmem ---- */
static void shmem_free(struct drm_gem_object *obj)
{
	struct drm_gem_shmem_object *shmem = to_drm_gem_shmem_obj(obj);

	if (shmem->vmap_use_count)
		KMODEL_WARN("GEM object freed while vmapped (%u)", shmem->vmap_use_count);
	if (shmem->sgt) {
		kfree(shmem->sgt->sgl);
		kfree(shmem->sgt);
	}
	if (shmem->mem) {
		free(shmem->mem);
		kmodel_count_alloc(-1);
	}
	pthread_mutex_destroy(&shmem->lock);
	kfree(shmem);
}

static const struct drm_gem_object_funcs shmem_funcs = { .free = shmem_free };

struct drm_gem_shmem_object *drm_gem_shmem_create(struct drm_device *dev, size_t size)
{
	struct drm_gem_shmem_object *shmem;

	size = PAGE_ALIGN(size);
	if (!size)
		return ERR_PTR(-EINVAL);
	shmem = kzalloc(sizeof(*shmem), GFP_KERNEL);
	if (!shmem)
		return ERR_PTR(-ENOMEM);
	kref_init(&shmem->base.refcount);
	shmem->base.size = size;
	shmem->base.dev = dev;
	shmem->base.funcs = &shmem_funcs;
	pthread_mutex_init(&shmem->lock, NULL);
	return shmem;
}

static int shmem_get_pages_locked(struct drm_gem_shmem_object *shmem)
{
	if (shmem->mem)
		return 0;
	shmem->mem = aligned_alloc(PAGE_SIZE, shmem->base.size);
	if (!shmem->mem)
		return -ENOMEM;
	memset(shmem->mem, 0, shmem->base.size);
	kmodel_count_alloc(1);
	return 0;
}

/* Chunks of 1, 2, 3, 1, ... pages: the driver's scatterlist walk must handle offsets. */
struct sg_table *drm_gem_shmem_get_pages_sgt(struct drm_gem_shmem_object *shmem)
{
	struct sg_table *sgt;
	size_t off = 0;
	unsigned int n = 0;
	int ret;

	pthread_mutex_lock(&shmem->lock);
	sgt = shmem->sgt;
	if (sgt)
		goto out;
	ret = shmem_get_pages_locked(shmem);
	if (ret) {
		sgt = ERR_PTR(ret);
		goto out;
	}
	sgt = kzalloc(sizeof(*sgt), GFP_KERNEL);
	sgt->sgl = kcalloc(shmem->base.size / PAGE_SIZE, sizeof(*sgt->sgl), GFP_KERNEL);
	while (off < shmem->base.size) {
		size_t len = min_t(size_t, (n % 3 + 1) * PAGE_SIZE, shmem->base.size - off);

		sgt->sgl[n].dma_address = (uintptr_t)shmem->mem + off;
		sgt->sgl[n].length = len;
		sgt->sgl[n].dma_length = len;
		off += len;
		n++;
	}
	sgt->nents = sgt->orig_nents = n;
	shmem->sgt = sgt;
out:
	pthread_mutex_unlock(&shmem->lock);
	return sgt;
}

int drm_gem_shmem_dumb_create(struct drm_file *file, struct drm_device *dev,
			      struct drm_mode_create_dumb *args)
{
	return -EOPNOTSUPP;
}

int drm_gem_vmap_unlocked(struct drm_gem_object *obj, struct iosys_map *map)
{
	struct drm_gem_shmem_object *shmem = to_drm_gem_shmem_obj(obj);
	int ret;

	pthread_mutex_lock(&shmem->lock);
	ret = shmem_get_pages_locked(shmem);
	if (!ret) {
		shmem->vmap_use_count++;
		iosys_map_set_vaddr(map, shmem->mem);
	}
	pthread_mutex_unlock(&shmem->lock);
	return ret;
}

void drm_gem_vunmap_unlocked(struct drm_gem_object *obj, struct iosys_map *map)
{
	struct drm_gem_shmem_object *shmem = to_drm_gem_shmem_obj(obj);

	pthread_mutex_lock(&shmem->lock);
	if (!shmem->vmap_use_count || map->vaddr != shmem->mem)
		KMODEL_WARN("unbalanced or wrong vunmap");
	else
		shmem->vmap_use_count--;
	pthread_mutex_unlock(&shmem->lock);
}

void drm_gem_object_get(struct drm_gem_object *obj)
{
	kref_get(&obj->refcount);
}

static void gem_release(struct kref *k)
{
	struct drm_gem_object *obj = container_of(k, struct drm_gem_object, refcount);

	obj->funcs->free(obj);
}

void drm_gem_object_put(struct drm_gem_object *obj)
{
	if (obj)
		kref_put(&obj->refcount, gem_release);
}

int drm_gem_handle_create(struct drm_file *file, struct drm_gem_object *obj, u32 *handle)
{
	int ret;

	drm_gem_object_get(obj);
	ret = xa_alloc(&file->object_idr, handle, obj, xa_limit_32b, GFP_KERNEL);
	if (ret)
		drm_gem_object_put(obj);
	return ret;
}

struct drm_gem_object *drm_gem_object_lookup(struct drm_file *file, u32 handle)
{
	struct drm_gem_object *obj;

	pthread_mutex_lock(&file->object_idr.lock);
	obj = handle < file->object_idr.size ? file->object_idr.slots[handle] : NULL;
	if (obj)
		drm_gem_object_get(obj);
	pthread_mutex_unlock(&file->object_idr.lock);
	return obj;
}

int drm_gem_dumb_map_offset(struct drm_file *file, struct drm_device *dev, u32 handle,
			    u64 *offset)
{
	static u64 next_offset = 1ull << 32;
	struct drm_gem_object *obj = drm_gem_object_lookup(file, handle);

	if (!obj)
		return -ENOENT;
	pthread_mutex_lock(&drm_lock);
	if (!obj->mmap_offset) {
		obj->mmap_offset = next_offset;
		next_offset += obj->size;
	}
	*offset = obj->mmap_offset;
	pthread_mutex_unlock(&drm_lock);
	drm_gem_object_put(obj);
	return 0;
}

void kmodel_drm_file_release_objects(struct drm_file *file)
{
	struct drm_gem_object *obj;
	unsigned long h;

	xa_for_each(&file->object_idr, h, obj)
		drm_gem_object_put(xa_erase(&file->object_idr, h));
}

void *kmodel_gem_cpu_ptr(struct drm_file *file, u32 handle)
{
	struct drm_gem_object *obj = drm_gem_object_lookup(file, handle);
	struct drm_gem_shmem_object *shmem;
	void *p;

	if (!obj)
		return NULL;
	shmem = to_drm_gem_shmem_obj(obj);
	pthread_mutex_lock(&shmem->lock);
	shmem_get_pages_locked(shmem);
	p = shmem->mem;
	pthread_mutex_unlock(&shmem->lock);
	drm_gem_object_put(obj);	/* the handle keeps it alive */
	return p;
}

/* ---- syncobjs ---- */
int kmodel_syncobj_create(struct drm_file *file, u32 *handle)
{
	struct drm_syncobj *s = kzalloc(sizeof(*s), GFP_KERNEL);
	int ret;

	kref_init(&s->refcount);
	spin_lock_init(&s->lock);
	ret = xa_alloc(&file->syncobj_idr, handle, s, xa_limit_32b, GFP_KERNEL);
	if (ret)
		kfree(s);
	return ret;
}

static void syncobj_release(struct kref *k)
{
	struct drm_syncobj *s = container_of(k, struct drm_syncobj, refcount);

	dma_fence_put(s->fence);
	pthread_mutex_destroy(&s->lock.m);
	kfree(s);
}

void drm_syncobj_put(struct drm_syncobj *s)
{
	kref_put(&s->refcount, syncobj_release);
}

struct drm_syncobj *drm_syncobj_find(struct drm_file *file, u32 handle)
{
	struct drm_syncobj *s;

	pthread_mutex_lock(&file->syncobj_idr.lock);
	s = handle < file->syncobj_idr.size ? file->syncobj_idr.slots[handle] : NULL;
	if (s)
		kref_get(&s->refcount);
	pthread_mutex_unlock(&file->syncobj_idr.lock);
	return s;
}

void drm_syncobj_replace_fence(struct drm_syncobj *s, struct dma_fence *fence)
{
	struct dma_fence *old;

	dma_fence_get(fence);
	spin_lock(&s->lock);
	old = s->fence;
	s->fence = fence;
	spin_unlock(&s->lock);
	dma_fence_put(old);
}

static void syncobj_put_all(struct drm_file *file)
{
	struct drm_syncobj *s;
	unsigned long h;

	xa_for_each(&file->syncobj_idr, h, s)
		drm_syncobj_put(xa_erase(&file->syncobj_idr, h));
}

int kmodel_syncobj_wait(struct drm_file *file, u32 handle, unsigned int timeout_ms, int *error)
{
	struct drm_syncobj *s = drm_syncobj_find(file, handle);
	struct dma_fence *f;
	int ret = 0;

	if (!s)
		return -ENOENT;
	spin_lock(&s->lock);
	f = dma_fence_get(s->fence);
	spin_unlock(&s->lock);
	drm_syncobj_put(s);
	if (!f)
		return -ENOENT;
	if (!dma_fence_wait_timeout(f, false, msecs_to_jiffies(timeout_ms)))
		ret = -ETIME;
	else if (error)
		*error = f->error;
	dma_fence_put(f);
	return ret;
}
