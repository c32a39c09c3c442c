/* SPDX-License-Identifier: MIT */
#ifndef BS_DRM_DRV_H
#define BS_DRM_DRV_H

#include <linux/kernel.h>
#include <drm/drm_device.h>
#include <drm/drm_file.h>

struct device;
struct dma_buf;
struct drm_gem_object;
struct drm_ioctl_desc;
struct drm_printer;
struct drm_mode_create_dumb;
struct file_operations;

#define DRIVER_GEM		0x1u
#define DRIVER_MODESET		0x2u
#define DRIVER_RENDER		0x8u
#define DRIVER_SYNCOBJ		0x20u
#define DRIVER_GEM_GPUVA	0x800u

struct drm_minor;

struct drm_driver {
	int (*load)(struct drm_device *dev, unsigned long flags);
	int (*open)(struct drm_device *dev, struct drm_file *file);
	void (*postclose)(struct drm_device *dev, struct drm_file *file);
	void (*lastclose)(struct drm_device *dev);
	void (*unload)(struct drm_device *dev);
	void (*release)(struct drm_device *dev);
	struct drm_gem_object *(*gem_create_object)(struct drm_device *dev, size_t size);
	struct drm_gem_object *(*gem_prime_import)(struct drm_device *dev,
						   struct dma_buf *dma_buf);
	int (*dumb_create)(struct drm_file *file, struct drm_device *dev,
			   struct drm_mode_create_dumb *args);
	void (*show_fdinfo)(struct drm_printer *p, struct drm_file *f);
	void (*debugfs_init)(struct drm_minor *minor);
	int major;
	int minor;
	int patchlevel;
	const char *name;
	const char *desc;
	u32 driver_features;
	const struct drm_ioctl_desc *ioctls;
	int num_ioctls;
	const struct file_operations *fops;
};

extern struct drm_device *__devm_drm_dev_alloc(struct device *parent,
					       const struct drm_driver *driver,
					       size_t size, size_t offset);

#define devm_drm_dev_alloc(parent, driver, type, member) \
	((type *)__devm_drm_dev_alloc(parent, driver, sizeof(type), offsetof(type, member)))

extern int drm_dev_register(struct drm_device *dev, unsigned long flags);
extern void drm_dev_unregister(struct drm_device *dev);

/* The unbind guard: true means held until drm_dev_exit(idx). */
extern bool drm_dev_enter(struct drm_device *dev, int *idx);
extern void drm_dev_exit(int idx);
extern void drm_dev_unplug(struct drm_device *dev);

/* As in the kernel's header: a query that takes the guard only to test it. */
static inline bool drm_dev_is_unplugged(struct drm_device *dev)
{
	int idx;

	if (drm_dev_enter(dev, &idx)) {
		drm_dev_exit(idx);
		return false;
	}
	return true;
}

#endif
