/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_COMPONENT_H
#define BS_LINUX_COMPONENT_H

struct device;

struct component_ops {
	int (*bind)(struct device *comp, struct device *master, void *master_data);
	void (*unbind)(struct device *comp, struct device *master, void *master_data);
};

extern int component_add(struct device *dev, const struct component_ops *ops);
extern void component_del(struct device *dev, const struct component_ops *ops);

#endif
