/* SPDX-License-Identifier: GPL-2.0 */
/* Interned strings: facts refer to names by small integer ids. */
#ifndef BS_STRTAB_H
#define BS_STRTAB_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef uint32_t bs_sym;	/* 0 means "no name" */

struct bs_strtab;

struct bs_strtab *bs_strtab_new(void);
void bs_strtab_free(struct bs_strtab *st);
bs_sym bs_intern(struct bs_strtab *st, const char *s);
bs_sym bs_lookup(const struct bs_strtab *st, const char *s);	/* 0 if never interned */
const char *bs_str(const struct bs_strtab *st, bs_sym sym);
/* One more than the largest symbol: the size of an array indexed by symbol. */
unsigned bs_strtab_count(const struct bs_strtab *st);

#ifdef __cplusplus
}
#endif

#endif
