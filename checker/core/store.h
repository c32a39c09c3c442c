/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The fact store: the facts of every checked translation unit in one SQLite database, for
 * whole-driver analysis. Each unit is replaced as a whole when its file is checked again;
 * concurrent writers (make -j) serialise on SQLite's write lock. The tables mirror the facts
 * model one to one, so `sqlite3 <store>` or `boundscope db dump` shows exactly what the
 * analysis will see.
 */
#ifndef BS_STORE_H
#define BS_STORE_H

#include "facts.h"

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

struct bs_store;

/* Opens (creating if asked) a store; NULL with a message in err on failure. */
struct bs_store *bs_store_open(const char *path, int create, char *err, size_t errlen);
void bs_store_close(struct bs_store *st);

/* Replaces the facts of the unit(s) in tu (each keyed by its main file). 0 or -1. */
int bs_store_put(struct bs_store *st, const struct bs_tu *tu, char *err, size_t errlen);

/* Appends every stored unit to tu (units in path order). 0 or -1. */
int bs_store_load(struct bs_store *st, struct bs_tu *tu, char *err, size_t errlen);

/* Opens an existing store, loads every unit into a new facts object, closes it. NULL with a
 * message in err on failure. */
struct bs_tu *bs_store_load_file(const char *path, char *err, size_t errlen);

/* Prints the stored units, functions, registrations and event counts. 0 or -1. */
int bs_store_dump(struct bs_store *st, FILE *out, char *err, size_t errlen);

#ifdef __cplusplus
}
#endif

#endif
