/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A module's units in the fact store, judged before anything links them: a unit whose file
 * is gone, whose source or headers changed since it was checked, that clang could not parse,
 * or that was lowered under another configuration is never linked silently. kbuild's module
 * manifest (<module>.mod, the objects it links into the .ko) says which files the module
 * has: a listed file not in the store means the store does not know the whole module yet,
 * and a stored file no longer listed left the module. KUnit test files are never linked into
 * a driver's analysis.
 */
#ifndef BS_MODULE_H
#define BS_MODULE_H

#include "store.h"

enum bs_unit_state {
	BS_UNIT_OK,
	BS_UNIT_FAILED,		/* clang could not parse it: no facts */
	BS_UNIT_DELETED,	/* its file is gone */
	BS_UNIT_STALE,		/* its source, or a file it includes, changed since it was checked */
	BS_UNIT_OTHER_CONFIG,	/* lowered under another configuration */
	BS_UNIT_OUTSIDE,	/* kbuild's manifest of the module no longer lists it */
	BS_UNIT_TEST,		/* a KUnit test file */
};

struct bs_judged_unit {
	enum bs_unit_state state;
	char *detail;		/* what changed ("include/foo.h changed"), or NULL */
};

struct bs_module {
	char *name;			/* "" outside kbuild */
	struct bs_stored_units units;	/* by path */
	struct bs_judged_unit *judged;	/* per unit */
	char *manifest;			/* kbuild's <module>.mod, NULL if none was found */
	BS_VEC(char *) missing;		/* C sources the manifest lists with no usable unit */
};

/*
 * Reads and judges the units of module name. object, if not NULL, is the object file of a
 * unit being checked (where to look for the manifest first). lower_hash is the current
 * configuration's (bs_config_lowering_hash). 0, or -1 with a message in err.
 */
int bs_module_open(struct bs_store *st, const char *name, const char *object, uint64_t lower_hash,
		   struct bs_module *m, char *err, size_t errlen);
void bs_module_free(struct bs_module *m);

/* Does the store hold every C file of the module, all of them usable? (Needs a manifest.) */
int bs_module_complete(const struct bs_module *m);

/* Appends the facts of the usable units to tu. 0 or -1. */
int bs_module_load(struct bs_store *st, const struct bs_module *m, struct bs_tu *tu, char *err,
		   size_t errlen);

/* Units the store may forget: files gone, and files the manifest no longer lists. 0 or -1. */
int bs_module_prune(struct bs_store *st, const struct bs_module *m, FILE *log, char *err,
		    size_t errlen);

const char *bs_unit_state_name(enum bs_unit_state s);

/* path made absolute (against the working directory) without "." and ".." components. */
char *bs_path_normal(const char *path);

/* kbuild's name for a module in KBUILD_MODNAME: '-' and ',' become '_'. */
void bs_module_name_fix(char *name);

#endif
