/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kmodel: DRM. xarray, scatterlists, drm_mm, dma fences, the DRM device with SRCU-like unbind
 * guards, files and ioctls, shmem GEM objects, syncobjs and the GPU scheduler.
 */
#ifndef KMODEL_DRM_H
#define KMODEL_DRM_H

#include <kmodel/base.h>
#include <kmodel/dev.h>
#include <drm/drm.h>

/* ---- xarray (a small array-backed model with the kernel's semantics) ---- */
#define XA_FLAGS_ALLOC		1u
#define XA_FLAGS_ALLOC1		3u
struct xarray {
	pthread_mutex_t lock;
	unsigned int flags;
	unsigned long size;
	void **slots;
	unsigned char *used;	/* 1: reserved or present */
};
struct xa_limit { u32 min, max; };
#define XA_LIMIT(lo, hi)	((struct xa_limit){ .min = (lo), .max = (hi) })
#define xa_limit_32b		XA_LIMIT(0, UINT_MAX)
void xa_init_flags(struct xarray *xa, unsigned int flags);
int xa_alloc(struct xarray *xa, u32 *id, void *entry, struct xa_limit limit, gfp_t gfp);
void *xa_load(struct xarray *xa, unsigned long index);
void *xa_store(struct xarray *xa, unsigned long index, void *entry, gfp_t gfp);
void *xa_erase(struct xarray *xa, unsigned long index);
void xa_destroy(struct xarray *xa);
void *kmodel_xa_find(struct xarray *xa, unsigned long *index);	/* first present >= *index */
#define xa_for_each(xa, index, entry) \
	for (index = 0, entry = kmodel_xa_find(xa, &(index)); entry; \
	     index++, entry = kmodel_xa_find(xa, &(index)))

/* ---- scatterlists and iosys maps ---- */
struct scatterlist {
	dma_addr_t dma_address;
	unsigned int length;
	unsigned int dma_length;
};
struct sg_table {
	struct scatterlist *sgl;
	unsigned int nents;
	unsigned int orig_nents;
};
#define sg_dma_address(sg)	((sg)->dma_address)
#define sg_dma_len(sg)		((sg)->dma_length)
#define for_each_sgtable_dma_sg(sgt, sg, i) \
	for ((i) = 0, (sg) = (sgt)->sgl; (i) < (int)(sgt)->nents; (i)++, (sg)++)

struct iosys_map {
	union {
		void __iomem *vaddr_iomem;
		void *vaddr;
	};
	bool is_iomem;
};
static inline void iosys_map_set_vaddr(struct iosys_map *map, void *vaddr)
{
	map->vaddr = vaddr;
	map->is_iomem = false;
}

/* ---- drm_mm ---- */
struct drm_mm {
	u64 start, size;
	struct list_head nodes;		/* sorted by start */
};
struct drm_mm_node {
	u64 start, size;
	struct list_head node_list;
	struct drm_mm *mm;
	bool allocated;
};
enum drm_mm_insert_mode { DRM_MM_INSERT_BEST, DRM_MM_INSERT_LOW, DRM_MM_INSERT_HIGH };
void drm_mm_init(struct drm_mm *mm, u64 start, u64 size);
void drm_mm_takedown(struct drm_mm *mm);
int drm_mm_insert_node_generic(struct drm_mm *mm, struct drm_mm_node *node, u64 size,
			       u64 alignment, unsigned long color, enum drm_mm_insert_mode mode);
void drm_mm_remove_node(struct drm_mm_node *node);
static inline bool drm_mm_node_allocated(const struct drm_mm_node *node) { return node->allocated; }

/* ---- dma fences ---- */
struct dma_fence;
struct dma_fence_cb;
typedef void (*dma_fence_func_t)(struct dma_fence *fence, struct dma_fence_cb *cb);
struct dma_fence_cb {
	struct list_head node;
	dma_fence_func_t func;
};
struct dma_fence_ops {
	const char *(*get_driver_name)(struct dma_fence *fence);
	const char *(*get_timeline_name)(struct dma_fence *fence);
	void (*release)(struct dma_fence *fence);
};
struct dma_fence {
	spinlock_t *lock;
	const struct dma_fence_ops *ops;
	struct list_head cb_list;
	u64 context;
	u64 seqno;
	unsigned long flags;	/* bit 0: signalled */
	ktime_t timestamp;
	struct kref refcount;
	int error;
};
void dma_fence_init(struct dma_fence *fence, const struct dma_fence_ops *ops, spinlock_t *lock,
		    u64 context, u64 seqno);
u64 dma_fence_context_alloc(unsigned int num);
struct dma_fence *dma_fence_get(struct dma_fence *fence);
void dma_fence_put(struct dma_fence *fence);
void dma_fence_free(struct dma_fence *fence);
int dma_fence_signal(struct dma_fence *fence);
int dma_fence_signal_locked(struct dma_fence *fence);
void dma_fence_set_error(struct dma_fence *fence, int error);
bool dma_fence_is_signaled(struct dma_fence *fence);
int dma_fence_add_callback(struct dma_fence *fence, struct dma_fence_cb *cb,
			   dma_fence_func_t func);
long dma_fence_wait_timeout(struct dma_fence *fence, bool intr, long timeout);
int dma_fence_get_status(struct dma_fence *fence);

/* ---- the DRM device, files and ioctls ---- */
struct drm_device;
struct drm_file;
struct drm_gem_object;
typedef int drm_ioctl_t(struct drm_device *dev, void *data, struct drm_file *file);

struct drm_ioctl_desc {
	unsigned int cmd;
	int flags;
	drm_ioctl_t *func;
	const char *name;
};
#define DRM_AUTH		0x1
#define DRM_RENDER_ALLOW	0x20
#define DRM_IOCTL_DEF_DRV(ioctl, _func, _flags)					\
	[DRM_IOCTL_NR(DRM_IOCTL_##ioctl) - DRM_COMMAND_BASE] = {		\
		.cmd = DRM_IOCTL_##ioctl, .func = _func, .flags = _flags, .name = #ioctl }

struct file_operations {
	void *owner;
};
#define DEFINE_DRM_GEM_FOPS(name) static const struct file_operations name = { .owner = THIS_MODULE }

enum drm_driver_feature {
	DRIVER_GEM = BIT(0),
	DRIVER_MODESET = BIT(1),
	DRIVER_RENDER = BIT(3),
	DRIVER_SYNCOBJ = BIT(5),
};

struct drm_mode_create_dumb;
struct drm_driver {
	u32 driver_features;
	int (*open)(struct drm_device *dev, struct drm_file *file);
	void (*postclose)(struct drm_device *dev, struct drm_file *file);
	int (*dumb_create)(struct drm_file *file, struct drm_device *dev,
			   struct drm_mode_create_dumb *args);
	const struct drm_ioctl_desc *ioctls;
	int num_ioctls;
	const struct file_operations *fops;
	const char *name;
	const char *desc;
	int major, minor;
};

struct drm_device {
	struct device *dev;
	const struct drm_driver *driver;
	bool unplugged;			/* atomic accesses only */
	bool registered;
	struct kref ref;
	void *container;		/* what devm_drm_dev_alloc() allocated */
	struct list_head kmodel_node;	/* registered devices */
};

struct drm_file {
	struct drm_device *dev;
	void *driver_priv;
	u64 client_id;
	struct xarray object_idr;	/* GEM handles */
	struct xarray syncobj_idr;
};

void *__devm_drm_dev_alloc(struct device *parent, const struct drm_driver *driver, size_t size,
			   size_t offset);
#define devm_drm_dev_alloc(parent, driver, type, member) \
	((type *)__devm_drm_dev_alloc(parent, driver, sizeof(type), offsetof(type, member)))
int drm_dev_register(struct drm_device *dev, unsigned long flags);
void drm_dev_unregister(struct drm_device *dev);
void drm_dev_unplug(struct drm_device *dev);
bool drm_dev_enter(struct drm_device *dev, int *idx);
void drm_dev_exit(int idx);
bool drm_dev_is_unplugged(struct drm_device *dev);
void drm_dev_get(struct drm_device *dev);
void drm_dev_put(struct drm_device *dev);

/* ---- GEM and shmem ---- */
struct drm_gem_object_funcs {
	void (*free)(struct drm_gem_object *obj);
};
struct drm_gem_object {
	struct kref refcount;
	size_t size;
	struct drm_device *dev;
	const struct drm_gem_object_funcs *funcs;
	u64 mmap_offset;
};
struct drm_gem_shmem_object {
	struct drm_gem_object base;
	pthread_mutex_t lock;
	void *mem;			/* the pages, physically contiguous in this model */
	struct sg_table *sgt;
	unsigned int vmap_use_count;
	bool map_wc;
};
#define to_drm_gem_shmem_obj(obj)	container_of(obj, struct drm_gem_shmem_object, base)
struct drm_gem_shmem_object *drm_gem_shmem_create(struct drm_device *dev, size_t size);
struct sg_table *drm_gem_shmem_get_pages_sgt(struct drm_gem_shmem_object *shmem);
int drm_gem_shmem_dumb_create(struct drm_file *file, struct drm_device *dev,
			      struct drm_mode_create_dumb *args);
#define DRM_GEM_SHMEM_DRIVER_OPS	.dumb_create = drm_gem_shmem_dumb_create
void drm_gem_object_get(struct drm_gem_object *obj);
void drm_gem_object_put(struct drm_gem_object *obj);
struct drm_gem_object *drm_gem_object_lookup(struct drm_file *file, u32 handle);
int drm_gem_handle_create(struct drm_file *file, struct drm_gem_object *obj, u32 *handle);
int drm_gem_dumb_map_offset(struct drm_file *file, struct drm_device *dev, u32 handle,
			    u64 *offset);
int drm_gem_vmap_unlocked(struct drm_gem_object *obj, struct iosys_map *map);
void drm_gem_vunmap_unlocked(struct drm_gem_object *obj, struct iosys_map *map);

/* ---- syncobjs ---- */
struct drm_syncobj {
	struct kref refcount;
	spinlock_t lock;
	struct dma_fence *fence;
};
struct drm_syncobj *drm_syncobj_find(struct drm_file *file, u32 handle);
void drm_syncobj_replace_fence(struct drm_syncobj *syncobj, struct dma_fence *fence);
void drm_syncobj_put(struct drm_syncobj *syncobj);

/* ---- the GPU scheduler (one thread per scheduler) ---- */
enum drm_sched_priority {
	DRM_SCHED_PRIORITY_KERNEL,
	DRM_SCHED_PRIORITY_HIGH,
	DRM_SCHED_PRIORITY_NORMAL,
	DRM_SCHED_PRIORITY_LOW,
	DRM_SCHED_PRIORITY_COUNT
};
enum drm_gpu_sched_stat {
	DRM_GPU_SCHED_STAT_NONE,
	DRM_GPU_SCHED_STAT_NOMINAL,
	DRM_GPU_SCHED_STAT_ENODEV,
};
struct drm_sched_job;
struct drm_sched_entity;
struct drm_gpu_scheduler;
struct drm_sched_backend_ops {
	struct dma_fence *(*prepare_job)(struct drm_sched_job *job,
					 struct drm_sched_entity *entity);
	struct dma_fence *(*run_job)(struct drm_sched_job *job);
	enum drm_gpu_sched_stat (*timedout_job)(struct drm_sched_job *job);
	void (*free_job)(struct drm_sched_job *job);
};
struct drm_sched_init_args {
	const struct drm_sched_backend_ops *ops;
	struct workqueue_struct *submit_wq;
	struct workqueue_struct *timeout_wq;
	u32 num_rqs;
	u32 credit_limit;
	unsigned int hang_limit;
	long timeout;
	atomic_t *score;
	const char *name;
	struct device *dev;
};
struct drm_sched_fence {
	struct dma_fence scheduled;
	struct dma_fence finished;
	spinlock_t lock;
	struct dma_fence *parent;
	void *owner;
};
struct drm_sched_entity {
	struct drm_gpu_scheduler *sched;
	struct list_head job_queue;	/* under sched->lock */
	bool stopped;
	u64 fence_context;
	u64 fence_seq;
};
struct drm_sched_job {
	struct drm_sched_fence *s_fence;
	struct drm_sched_entity *entity;
	struct list_head list;
	struct dma_fence_cb cb;
	u32 credits;
	u64 id;
	u64 deadline_us;
	bool armed;
	bool hw_done;
};
struct drm_gpu_scheduler {
	const struct drm_sched_backend_ops *ops;
	const char *name;
	struct device *dev;
	long timeout;
	u32 credit_limit;
	u32 credit_count;
	pthread_mutex_t lock;
	pthread_cond_t cond;
	pthread_t thread;
	bool stop;
	bool ready;
	struct list_head entities;	/* model: entity list nodes below */
	struct drm_sched_entity *entity_list[8];
	int num_entities;
	struct list_head pending;	/* run, waiting for their hardware fence */
	struct list_head done;		/* hardware fence signalled, or killed: to free */
};
int drm_sched_init(struct drm_gpu_scheduler *sched, const struct drm_sched_init_args *args);
void drm_sched_fini(struct drm_gpu_scheduler *sched);
int drm_sched_entity_init(struct drm_sched_entity *entity, enum drm_sched_priority priority,
			  struct drm_gpu_scheduler **sched_list, unsigned int num_sched_list,
			  atomic_t *guilty);
void drm_sched_entity_destroy(struct drm_sched_entity *entity);
int drm_sched_job_init(struct drm_sched_job *job, struct drm_sched_entity *entity, u32 credits,
		       void *owner, u64 drm_client_id);
void drm_sched_job_arm(struct drm_sched_job *job);
void drm_sched_entity_push_job(struct drm_sched_job *job);
void drm_sched_job_cleanup(struct drm_sched_job *job);

#endif /* KMODEL_DRM_H */
