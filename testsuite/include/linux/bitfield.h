/* SPDX-License-Identifier: MIT */
/* boundscope test headers: register field packing, for 32-bit masks. */
#ifndef BS_LINUX_BITFIELD_H
#define BS_LINUX_BITFIELD_H

#include <linux/types.h>

#define FIELD_PREP(mask, val)	(((u32)(val) << __builtin_ctz(mask)) & (mask))
#define FIELD_GET(mask, reg)	(((u32)(reg) & (mask)) >> __builtin_ctz(mask))
/* Does val fit in the field? */
#define FIELD_FIT(mask, val)	(!(((u32)(val) << __builtin_ctz(mask)) & ~(u32)(mask)))

#endif
