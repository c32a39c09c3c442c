/* SPDX-License-Identifier: GPL-2.0 */
/*
 * MMIO handles: objects such as a regmap made by devm_regmap_init_mmio() on an __iomem base,
 * through which calls (regmap_write(), regmap_update_bits(), ...) access the registers. The
 * table (mmio_handles in accessors.json) names the calls that create a handle, derive one from
 * another (a regmap_field from its regmap) and access through one; nothing here knows a name.
 *
 * Which values hold a handle is found flow-insensitively over the linked units, to a fixpoint:
 * a struct member (every struct of that type) or a local that is assigned a created or
 * derived handle, or a copy of one; a parameter of a driver function when some direct call
 * passes one there. A call of the table's accessors whose handle argument is one of those
 * becomes an MMIO access (origin iomem); a call on any other value (a regmap made for an I2C or
 * SPI device, or one the driver got from elsewhere) stays a plain call.
 */
#ifndef BS_HANDLES_H
#define BS_HANDLES_H

#include "callgraph.h"
#include "config.h"
#include "facts.h"

/* After bs_bind() and bs_callgraph_build(): turns the calls through an MMIO handle into
 * accesses. The call graph is unchanged by it (the accessors are leaves, not call targets). */
void bs_bind_handles(struct bs_tu *tu, const struct bs_config *cfg, const struct bs_callgraph *cg);

#endif
