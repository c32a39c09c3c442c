/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_COMPONENT_H
#define BS_LINUX_COMPONENT_H

struct device;

struct component_ops {
	int (*bind)(struct device *comp, struct device *master, void *master_data);
	void (*unbind)(struct device *comp, struct device *master, void *master_data);
};

/* The aggregate ("master") driver: bind when every component is there, unbind when one goes. */
struct component_master_ops {
	int (*bind)(struct device *master);
	void (*unbind)(struct device *master);
};

struct component_match;

extern int component_add(struct device *dev, const struct component_ops *ops);
extern void component_del(struct device *dev, const struct component_ops *ops);
extern int component_bind_all(struct device *master, void *master_data);
extern void component_unbind_all(struct device *master, void *master_data);
extern int component_master_add_with_match(struct device *parent,
					   const struct component_master_ops *ops,
					   struct component_match *match);
extern void component_master_del(struct device *parent, const struct component_master_ops *ops);

#endif
