/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kmodel: devices. devres (released last-in first-out), platform devices and drivers, MMIO
 * (dispatched to the GPU model, trapped after the mapping is released), threaded IRQs (real
 * threads), runtime PM, clocks, regulators, resets, DMA memory, firmware loading.
 */
#ifndef KMODEL_DEV_H
#define KMODEL_DEV_H

#include <kmodel/base.h>

struct kmodel_board;
struct platform_device;

/* ---- runtime PM state ---- */
enum rpm_status { RPM_ACTIVE, RPM_RESUMING, RPM_SUSPENDED, RPM_SUSPENDING };

struct dev_pm_info {
	pthread_mutex_t lock;
	pthread_cond_t cond;
	int usage_count;
	int disable_depth;
	enum rpm_status runtime_status;
	bool use_autosuspend;
	int autosuspend_delay;
	u64 last_busy_us;
	struct delayed_work suspend_work;
	/* statistics for the tests */
	unsigned int suspends, resumes;
};

struct dev_pm_ops {
	int (*runtime_suspend)(struct device *dev);
	int (*runtime_resume)(struct device *dev);
	int (*runtime_idle)(struct device *dev);
};
#define RUNTIME_PM_OPS(s, r, i)	.runtime_suspend = (s), .runtime_resume = (r), .runtime_idle = (i),
#define pm_ptr(p)		(p)

struct of_device_id {
	const char *compatible;
	const void *data;
};

struct device_driver {
	const char *name;
	const struct of_device_id *of_match_table;
	const struct dev_pm_ops *pm;
};

struct device {
	const char *name;
	void *driver_data;
	struct device_driver *driver;
	struct list_head devres;	/* newest first */
	pthread_mutex_t devres_lock;
	struct dev_pm_info power;
	u64 dma_mask;
	bool dma_coherent;
	struct kmodel_board *board;
};

static inline void *dev_get_drvdata(const struct device *dev) { return dev->driver_data; }
static inline void dev_set_drvdata(struct device *dev, void *data) { dev->driver_data = data; }
static inline const char *dev_name(const struct device *dev) { return dev->name; }

/* ---- devres ---- */
int devm_add_action(struct device *dev, void (*action)(void *), void *data);
int devm_add_action_or_reset(struct device *dev, void (*action)(void *), void *data);
void devres_release_all(struct device *dev);

/* ---- platform ---- */
struct platform_device {
	const char *name;
	int id;
	struct device dev;
};
#define to_platform_device(d)	container_of(d, struct platform_device, dev)

struct platform_driver {
	int (*probe)(struct platform_device *pdev);
	void (*remove)(struct platform_device *pdev);
	struct device_driver driver;
};

static inline void platform_set_drvdata(struct platform_device *pdev, void *data)
{
	dev_set_drvdata(&pdev->dev, data);
}
static inline void *platform_get_drvdata(const struct platform_device *pdev)
{
	return dev_get_drvdata(&pdev->dev);
}
int platform_get_irq_byname(struct platform_device *pdev, const char *name);
void __iomem *devm_platform_ioremap_resource(struct platform_device *pdev, unsigned int index);

/* The module's driver, for the test harness to bind. */
#define module_platform_driver(drv) \
	struct platform_driver *kmodel_module_platform_driver(void) { return &(drv); } \
	KMODEL_NOTHING

/* ---- MMIO: every access goes through the model; accesses after unmap are trapped ---- */
u32 kmodel_mmio_read32(const volatile void __iomem *addr);
void kmodel_mmio_write32(u32 val, volatile void __iomem *addr);
static inline u32 readl(const volatile void __iomem *addr) { return kmodel_mmio_read32(addr); }
static inline void writel(u32 val, volatile void __iomem *addr) { kmodel_mmio_write32(val, addr); }
#define readl_relaxed(a)	readl(a)
#define writel_relaxed(v, a)	writel(v, a)

#define read_poll_timeout(op, val, cond, sleep_us, timeout_us, sleep_before_read, args...) ({ \
	u64 __end = kmodel_now_us() + (timeout_us);				\
	int __ret = 0;								\
	if (sleep_before_read && (sleep_us))					\
		kmodel_sleep_us(sleep_us);					\
	for (;;) {								\
		(val) = op(args);						\
		if (cond)							\
			break;							\
		if ((timeout_us) && kmodel_now_us() > __end) {			\
			(val) = op(args);					\
			__ret = (cond) ? 0 : -ETIMEDOUT;			\
			break;							\
		}								\
		if (sleep_us)							\
			kmodel_sleep_us(sleep_us);				\
	}									\
	__ret;									\
})
#define readl_poll_timeout(addr, val, cond, delay_us, timeout_us) \
	read_poll_timeout(readl, val, cond, delay_us, timeout_us, false, addr)

/* ---- IRQs ---- */
typedef enum irqreturn { IRQ_NONE = 0, IRQ_HANDLED = 1, IRQ_WAKE_THREAD = 2 } irqreturn_t;
typedef irqreturn_t (*irq_handler_t)(int irq, void *data);
#define IRQF_ONESHOT		0x00002000
#define IRQF_SHARED		0x00000080
int devm_request_threaded_irq(struct device *dev, unsigned int irq, irq_handler_t handler,
			      irq_handler_t thread_fn, unsigned long flags, const char *name,
			      void *data);
void disable_irq(unsigned int irq);
void enable_irq(unsigned int irq);
void synchronize_irq(unsigned int irq);

/* ---- runtime PM ---- */
void pm_runtime_enable(struct device *dev);
void pm_runtime_disable(struct device *dev);
int pm_runtime_set_active(struct device *dev);
void pm_runtime_set_suspended(struct device *dev);
void pm_runtime_use_autosuspend(struct device *dev);
void pm_runtime_dont_use_autosuspend(struct device *dev);
void pm_runtime_set_autosuspend_delay(struct device *dev, int delay);
void pm_runtime_mark_last_busy(struct device *dev);
int pm_runtime_resume_and_get(struct device *dev);
int pm_runtime_get_sync(struct device *dev);
int pm_runtime_get_if_active(struct device *dev);
int pm_runtime_put_autosuspend(struct device *dev);
int pm_runtime_put(struct device *dev);
int pm_runtime_put_sync(struct device *dev);
bool pm_runtime_active(struct device *dev);
bool pm_runtime_suspended(struct device *dev);

/* ---- clocks, regulators, resets: they drive the GPU model's power ---- */
struct clk;
struct clk_bulk_data {
	const char *id;
	struct clk *clk;
};
int devm_clk_bulk_get_all(struct device *dev, struct clk_bulk_data **clks);
int clk_bulk_prepare_enable(int num_clks, const struct clk_bulk_data *clks);
void clk_bulk_disable_unprepare(int num_clks, const struct clk_bulk_data *clks);

struct regulator;
struct regulator *devm_regulator_get(struct device *dev, const char *id);
int regulator_enable(struct regulator *reg);
int regulator_disable(struct regulator *reg);

struct reset_control;
struct reset_control *devm_reset_control_array_get_optional_exclusive(struct device *dev);
int reset_control_assert(struct reset_control *rstc);
int reset_control_deassert(struct reset_control *rstc);

/* ---- DMA ---- */
#define DMA_BIT_MASK(n)		(((n) == 64) ? ~0ULL : ((1ULL << (n)) - 1))
enum dev_dma_attr { DEV_DMA_NOT_SUPPORTED, DEV_DMA_NON_COHERENT, DEV_DMA_COHERENT };
enum dev_dma_attr device_get_dma_attr(const struct device *dev);
int dma_set_mask_and_coherent(struct device *dev, u64 mask);
/* DMA addresses are the CPU addresses: the GPU model walks page tables through them. */
void *dma_alloc_coherent(struct device *dev, size_t size, dma_addr_t *dma, gfp_t gfp);
void dma_free_coherent(struct device *dev, size_t size, void *cpu, dma_addr_t dma);

/* ---- firmware ---- */
struct firmware {
	size_t size;
	const u8 *data;
};
int request_firmware(const struct firmware **fw, const char *name, struct device *dev);
void release_firmware(const struct firmware *fw);

#endif /* KMODEL_DEV_H */
