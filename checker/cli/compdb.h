/* SPDX-License-Identifier: GPL-2.0 */
/*
 * compdb: the compile commands of a compilation database, read with
 * libclang's clang_CompilationDatabase_* API (never parsed by hand).
 */
#ifndef BS_COMPDB_H
#define BS_COMPDB_H

#include "strvec.h"

struct bs_compile {
	char *directory;
	char *file;		/* as the database gives it (may be relative to directory) */
	struct strvec args;	/* the compiler's arguments, without argv[0] */
};

struct bs_compdb {
	struct bs_compile *v;
	size_t n;
};

/*
 * Loads DIR/compile_commands.json: all C sources, or only @files (each must
 * be in the database). Kernel module glue (*.mod.c, module-common.c) is
 * skipped. Returns 0, or -1 having said why.
 */
int bs_compdb_load(const char *dir, const struct strvec *files, bool verbose,
		   struct bs_compdb *db);
void bs_compdb_free(struct bs_compdb *db);

#endif
