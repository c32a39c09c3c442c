/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_PM_RUNTIME_H
#define BS_LINUX_PM_RUNTIME_H

#include <linux/pm.h>

extern void pm_runtime_enable(struct device *dev);
extern void pm_runtime_disable(struct device *dev);
extern int pm_runtime_resume_and_get(struct device *dev);
extern int pm_runtime_put_autosuspend(struct device *dev);
extern int pm_runtime_get_if_in_use(struct device *dev);
extern bool pm_runtime_active(struct device *dev);

#endif
