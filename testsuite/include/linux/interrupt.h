/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_INTERRUPT_H
#define BS_LINUX_INTERRUPT_H

#include <linux/types.h>

struct device;

enum irqreturn {
	IRQ_NONE = 0,
	IRQ_HANDLED = 1,
	IRQ_WAKE_THREAD = 2,
};
typedef enum irqreturn irqreturn_t;

typedef irqreturn_t (*irq_handler_t)(int irq, void *dev_id);

#define IRQF_SHARED	0x00000080
#define IRQF_ONESHOT	0x00002000

extern int request_threaded_irq(unsigned int irq, irq_handler_t handler,
				irq_handler_t thread_fn, unsigned long flags,
				const char *name, void *dev);

static inline int request_irq(unsigned int irq, irq_handler_t handler, unsigned long flags,
			      const char *name, void *dev)
{
	return request_threaded_irq(irq, handler, NULL, flags, name, dev);
}

extern int request_any_context_irq(unsigned int irq, irq_handler_t handler,
				   unsigned long flags, const char *name, void *dev_id);

extern int devm_request_threaded_irq(struct device *dev, unsigned int irq,
				     irq_handler_t handler, irq_handler_t thread_fn,
				     unsigned long irqflags, const char *devname,
				     void *dev_id);

extern int devm_request_irq(struct device *dev, unsigned int irq, irq_handler_t handler,
			    unsigned long irqflags, const char *devname, void *dev_id);

extern int devm_request_any_context_irq(struct device *dev, unsigned int irq,
					irq_handler_t handler, unsigned long irqflags,
					const char *devname, void *dev_id);

extern const void *free_irq(unsigned int irq, void *dev_id);
extern void devm_free_irq(struct device *dev, unsigned int irq, void *dev_id);
extern void disable_irq(unsigned int irq);
extern void synchronize_irq(unsigned int irq);

#endif
