/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The fact store: the raw facts of every checked translation unit in one SQLite database,
 * for whole-driver analysis. A unit is keyed by its file and the module kbuild links it into
 * (one file may be in two modules), and replaced as a whole when it is checked again;
 * concurrent writers (make -j) serialise on SQLite's write lock. Besides the facts the store
 * keeps, per unit, what is needed to never answer from the past: whether clang could parse
 * it, the hash of its source, the configuration it was lowered under, kbuild's object file,
 * and every file it read with its size and modification time (module.h judges them). The
 * tables mirror the facts model, so `sqlite3 <store>` or `boundscope db dump` shows exactly
 * what the analysis will see.
 */
#ifndef BS_STORE_H
#define BS_STORE_H

#include "facts.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

struct bs_store;

/* A unit as the store lists it (strings owned by the list). */
struct bs_stored_unit {
	int64_t id;
	char *path, *module;	/* module: "" outside kbuild */
	int failed;
	char *error;		/* why it failed, or NULL */
	uint64_t src_hash, lower_hash;
	char *object, *srctree;	/* NULL outside kbuild */
	int64_t checked_at;	/* seconds since the epoch */
};

struct bs_stored_units {
	struct bs_stored_unit *v;
	unsigned n, cap;
};

/* A file a unit read, as recorded. */
struct bs_stored_file {
	char *path;
	int64_t size, mtime;
};

struct bs_stored_files {
	struct bs_stored_file *v;
	unsigned n, cap;
};

/* Opens (creating if asked) a store; NULL with a message in err on failure. A store of
 * another schema version is refused, unless replace_old: then it is emptied and rebuilt
 * (for the default store, which is boundscope's own cache). */
struct bs_store *bs_store_open(const char *path, int create, int replace_old, char *err,
			       size_t errlen);
void bs_store_close(struct bs_store *st);
const char *bs_store_path(const struct bs_store *st);

/* Replaces the facts and metadata of the unit(s) in tu. A failed unit keeps no facts. */
int bs_store_put(struct bs_store *st, const struct bs_tu *tu, char *err, size_t errlen);

/* The units of one module (every unit if module is NULL), by path. 0 or -1. */
int bs_store_units(struct bs_store *st, const char *module, struct bs_stored_units *out,
		   char *err, size_t errlen);
void bs_stored_units_free(struct bs_stored_units *u);
/* The distinct module names, sorted ("" first). */
int bs_store_modules(struct bs_store *st, char ***names, unsigned *n, char *err, size_t errlen);
/* The files unit id read. */
int bs_store_unit_files(struct bs_store *st, int64_t id, struct bs_stored_files *out, char *err,
			size_t errlen);
void bs_stored_files_free(struct bs_stored_files *f);
/* One recorded version (size, mtime) of a file and the units that read that version. */
struct bs_file_version {
	char *path;
	int64_t size, mtime;
	int64_t *units;
	unsigned nunits;
};

struct bs_file_versions {
	struct bs_file_version *v;
	unsigned n, cap;
};

/* Every distinct file version the given units read. 0 or -1. */
int bs_store_file_versions(struct bs_store *st, const int64_t *ids, unsigned n,
			   struct bs_file_versions *out, char *err, size_t errlen);
void bs_file_versions_free(struct bs_file_versions *v);

/* Paths of the units (of any module) that read the file at path. */
int bs_store_units_reading(struct bs_store *st, const char *path, char ***paths, unsigned *n,
			   char *err, size_t errlen);
/* Forgets a unit and its facts. */
int bs_store_delete(struct bs_store *st, int64_t id, char *err, size_t errlen);

/* Appends the facts of the given units to tu (in the order given, which should be the
 * store's path order). 0 or -1. */
int bs_store_load_units(struct bs_store *st, const int64_t *ids, unsigned n, struct bs_tu *tu,
			char *err, size_t errlen);

/* Prints the stored units, functions, registrations and event counts. 0 or -1. */
int bs_store_dump(struct bs_store *st, FILE *out, char *err, size_t errlen);

#ifdef __cplusplus
}
#endif

#endif
