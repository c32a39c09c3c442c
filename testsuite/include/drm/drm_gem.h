/* SPDX-License-Identifier: MIT */
#ifndef BS_DRM_GEM_H
#define BS_DRM_GEM_H

#include <linux/types.h>

struct drm_device;
struct drm_file;
struct file;
struct drm_printer;
struct iosys_map;
struct sg_table;
struct vm_area_struct;
struct vm_operations_struct;
struct drm_gem_object;

struct drm_gem_object_funcs {
	void (*free)(struct drm_gem_object *obj);
	int (*open)(struct drm_gem_object *obj, struct drm_file *file);
	void (*close)(struct drm_gem_object *obj, struct drm_file *file);
	void (*print_info)(struct drm_printer *p, unsigned int indent,
			   const struct drm_gem_object *obj);
	struct sg_table *(*get_sg_table)(struct drm_gem_object *obj);
	int (*vmap)(struct drm_gem_object *obj, struct iosys_map *map);
	void (*vunmap)(struct drm_gem_object *obj, struct iosys_map *map);
	int (*mmap)(struct drm_gem_object *obj, struct vm_area_struct *vma);
	const struct vm_operations_struct *vm_ops;
};

struct drm_gem_object {
	struct drm_device *dev;
	size_t size;
	const struct drm_gem_object_funcs *funcs;
};

extern int drm_gem_object_init(struct drm_device *dev, struct drm_gem_object *obj,
			       size_t size);
extern void drm_gem_object_release(struct drm_gem_object *obj);
extern int drm_gem_mmap(struct file *filp, struct vm_area_struct *vma);

#endif
