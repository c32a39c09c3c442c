/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_REGMAP_H
#define BS_LINUX_REGMAP_H

/*
 * The register map API as the checker sees it after preprocessing in 6.12: the
 * regmap_init_*() names are macros onto __<name>() functions taking two lockdep arguments
 * last (NULL, NULL without CONFIG_LOCKDEP, a statement expression with a static key with it);
 * the update_bits/set_bits/field_write forms are static inline functions onto the _base calls.
 */

#include <linux/iopoll.h>
#include <linux/types.h>

struct device;
struct i2c_client;
struct spi_device;
struct lock_class_key;
struct regmap;
struct regmap_field;

struct regmap_config {
	const char *name;
	int reg_bits;
	int reg_stride;
	int val_bits;
	unsigned int max_register;
};

struct reg_field {
	unsigned int reg;
	unsigned int lsb;
	unsigned int msb;
};

#define REG_FIELD(_reg, _lsb, _msb) { .reg = (_reg), .lsb = (_lsb), .msb = (_msb) }

struct regmap *__regmap_init_mmio_clk(struct device *dev, const char *clk_id,
				      void __iomem *regs, const struct regmap_config *config,
				      struct lock_class_key *lock_key, const char *lock_name);
struct regmap *__devm_regmap_init_mmio_clk(struct device *dev, const char *clk_id,
					   void __iomem *regs,
					   const struct regmap_config *config,
					   struct lock_class_key *lock_key, const char *lock_name);
struct regmap *__devm_regmap_init_i2c(struct i2c_client *i2c,
				      const struct regmap_config *config,
				      struct lock_class_key *lock_key, const char *lock_name);
struct regmap *__devm_regmap_init_spi(struct spi_device *spi,
				      const struct regmap_config *config,
				      struct lock_class_key *lock_key, const char *lock_name);
void regmap_exit(struct regmap *map);
struct regmap *dev_get_regmap(struct device *dev, const char *name);

#ifdef CONFIG_LOCKDEP
#define __regmap_lockdep_wrapper(fn, name, ...)					\
({										\
	static struct lock_class_key *__bs_key;					\
	fn(__VA_ARGS__, __bs_key, name);					\
})
#else
#define __regmap_lockdep_wrapper(fn, name, ...) fn(__VA_ARGS__, NULL, NULL)
#endif

#define regmap_init_mmio_clk(dev, clk_id, regs, config)				\
	__regmap_lockdep_wrapper(__regmap_init_mmio_clk, #config, dev, clk_id, regs, config)
#define regmap_init_mmio(dev, regs, config)					\
	regmap_init_mmio_clk(dev, NULL, regs, config)
#define devm_regmap_init_mmio_clk(dev, clk_id, regs, config)			\
	__regmap_lockdep_wrapper(__devm_regmap_init_mmio_clk, #config, dev, clk_id, regs, config)
#define devm_regmap_init_mmio(dev, regs, config)				\
	devm_regmap_init_mmio_clk(dev, NULL, regs, config)
#define devm_regmap_init_i2c(i2c, config)					\
	__regmap_lockdep_wrapper(__devm_regmap_init_i2c, #config, i2c, config)
#define devm_regmap_init_spi(spi, config)					\
	__regmap_lockdep_wrapper(__devm_regmap_init_spi, #config, spi, config)

int regmap_write(struct regmap *map, unsigned int reg, unsigned int val);
int regmap_read(struct regmap *map, unsigned int reg, unsigned int *val);
int regmap_bulk_write(struct regmap *map, unsigned int reg, const void *val, size_t count);
int regmap_bulk_read(struct regmap *map, unsigned int reg, void *val, size_t count);
int regmap_update_bits_base(struct regmap *map, unsigned int reg, unsigned int mask,
			    unsigned int val, bool *change, bool async, bool force);
int regmap_get_val_bytes(struct regmap *map);
int regcache_sync(struct regmap *map);
void regcache_cache_only(struct regmap *map, bool enable);

static inline int regmap_update_bits(struct regmap *map, unsigned int reg, unsigned int mask,
				     unsigned int val)
{
	return regmap_update_bits_base(map, reg, mask, val, NULL, false, false);
}

static inline int regmap_set_bits(struct regmap *map, unsigned int reg, unsigned int bits)
{
	return regmap_update_bits_base(map, reg, bits, bits, NULL, false, false);
}

static inline int regmap_clear_bits(struct regmap *map, unsigned int reg, unsigned int bits)
{
	return regmap_update_bits_base(map, reg, bits, 0, NULL, false, false);
}

#define regmap_read_poll_timeout(map, addr, val, cond, sleep_us, timeout_us)	\
({										\
	int __bs_ret, __bs_tmp;							\
	__bs_tmp = read_poll_timeout(regmap_read, __bs_ret, __bs_ret || (cond),	\
				     sleep_us, timeout_us, false, (map), (addr), &(val)); \
	__bs_ret ? __bs_ret : __bs_tmp;						\
})

struct regmap_field *regmap_field_alloc(struct regmap *regmap, struct reg_field reg_field);
struct regmap_field *devm_regmap_field_alloc(struct device *dev, struct regmap *regmap,
					     struct reg_field reg_field);
int devm_regmap_field_bulk_alloc(struct device *dev, struct regmap *regmap,
				 struct regmap_field **field, const struct reg_field *reg_field,
				 int num_fields);
int regmap_field_read(struct regmap_field *field, unsigned int *val);
int regmap_field_update_bits_base(struct regmap_field *field, unsigned int mask,
				  unsigned int val, bool *change, bool async, bool force);

static inline int regmap_field_write(struct regmap_field *field, unsigned int val)
{
	return regmap_field_update_bits_base(field, ~0, val, NULL, false, false);
}

#endif
