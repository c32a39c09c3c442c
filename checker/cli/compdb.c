// SPDX-License-Identifier: GPL-2.0
#define _XOPEN_SOURCE 700

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compdb.h"
#include "libclang.h"

static char *take(const struct bs_libclang *lc, CXString s)
{
	char *copy = xstrdup(lc->getCString(s) ? lc->getCString(s) : "");

	lc->disposeString(s);
	return copy;
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && !strcmp(s + n - k, suffix);
}

/* kbuild's generated module glue is not driver code. */
static bool is_module_glue(const char *file)
{
	const char *base = strrchr(file, '/');

	base = base ? base + 1 : file;
	return ends_with(file, ".mod.c") || !strcmp(base, "module-common.c") ||
	       !strcmp(base, ".module-common.c");
}

static void add_commands(const struct bs_libclang *lc, CXCompileCommands cmds, bool verbose,
			 struct bs_compdb *db)
{
	unsigned n = lc->CompileCommands_getSize(cmds);

	for (unsigned i = 0; i < n; i++) {
		CXCompileCommand cmd = lc->CompileCommands_getCommand(cmds, i);
		struct bs_compile c = { .args = STRVEC_INIT };
		unsigned nargs = lc->CompileCommand_getNumArgs(cmd);

		c.file = take(lc, lc->CompileCommand_getFilename(cmd));
		if (!ends_with(c.file, ".c") || is_module_glue(c.file)) {
			if (verbose)
				fprintf(stderr, "boundscope: skipping %s (not driver C code)\n", c.file);
			free(c.file);
			continue;
		}
		c.directory = take(lc, lc->CompileCommand_getDirectory(cmd));
		for (unsigned k = 1; k < nargs; k++)
			strvec_push_owned(&c.args, take(lc, lc->CompileCommand_getArg(cmd, k)));
		db->v = xrealloc(db->v, (db->n + 1) * sizeof(*db->v));
		db->v[db->n++] = c;
	}
}

/* The command's file as an absolute path, and the module its flags name ("" if none). */
static void identity(const struct bs_compile *c, char *file, size_t len, const char **module)
{
	static const char key[] = "-DKBUILD_MODNAME=";

	if (c->file[0] == '/')
		snprintf(file, len, "%s", c->file);
	else
		snprintf(file, len, "%s/%s", c->directory, c->file);
	*module = "";
	for (size_t i = 0; i < c->args.n; i++)
		if (!strncmp(c->args.v[i], key, sizeof(key) - 1))
			*module = c->args.v[i] + sizeof(key) - 1;
}

static bool same_args(const struct bs_compile *a, const struct bs_compile *b)
{
	if (a->args.n != b->args.n || strcmp(a->directory, b->directory))
		return false;
	for (size_t i = 0; i < a->args.n; i++)
		if (strcmp(a->args.v[i], b->args.v[i]))
			return false;
	return true;
}

static void drop(struct bs_compdb *db, size_t i)
{
	free(db->v[i].directory);
	free(db->v[i].file);
	strvec_free(&db->v[i].args);
	memmove(&db->v[i], &db->v[i + 1], (db->n - i - 1) * sizeof(*db->v));
	db->n--;
}

/*
 * A file recorded twice for one module (bear over two builds) is checked once if both
 * commands agree; two different commands would each replace the other's facts, so the
 * database must say which one holds.
 */
static int dedupe(const char *dir, struct bs_compdb *db)
{
	for (size_t i = 0; i < db->n; i++) {
		char fi[PATH_MAX * 2], fj[PATH_MAX * 2];
		const char *mi, *mj;

		identity(&db->v[i], fi, sizeof(fi), &mi);
		for (size_t j = i + 1; j < db->n;) {
			identity(&db->v[j], fj, sizeof(fj), &mj);
			if (strcmp(fi, fj) || strcmp(mi, mj)) {
				j++;
				continue;
			}
			if (!same_args(&db->v[i], &db->v[j])) {
				fprintf(stderr, "boundscope: error: %s/compile_commands.json has two different "
					"commands for %s%s%s; keep the one the module is built with\n",
					dir, fi, *mi ? " in module " : "", mi);
				return -1;
			}
			drop(db, j);
		}
	}
	return 0;
}

int bs_compdb_load(const char *dir, const struct strvec *files, bool verbose,
		   struct bs_compdb *db)
{
	const struct bs_libclang *lc = bs_libclang();
	CXCompilationDatabase_Error err;
	CXCompilationDatabase cdb;

	memset(db, 0, sizeof(*db));
	if (!lc)
		return -1;
	cdb = lc->CompilationDatabase_fromDirectory(dir, &err);
	if (err != CXCompilationDatabase_NoError || !cdb) {
		fprintf(stderr, "boundscope: error: cannot load %s/compile_commands.json\n", dir);
		return -1;
	}
	if (!files->n) {
		CXCompileCommands all = lc->CompilationDatabase_getAllCompileCommands(cdb);

		add_commands(lc, all, verbose, db);
		lc->CompileCommands_dispose(all);
	}
	for (size_t i = 0; i < files->n; i++) {
		char abs[PATH_MAX];
		const char *f = realpath(files->v[i], abs) ? abs : files->v[i];
		CXCompileCommands some = lc->CompilationDatabase_getCompileCommands(cdb, f);
		size_t before = db->n;

		if (some)
			add_commands(lc, some, verbose, db);
		lc->CompileCommands_dispose(some);
		if (db->n == before) {
			fprintf(stderr, "boundscope: error: %s is not in %s/compile_commands.json\n",
				files->v[i], dir);
			lc->CompilationDatabase_dispose(cdb);
			return -1;
		}
	}
	lc->CompilationDatabase_dispose(cdb);
	if (dedupe(dir, db)) {
		bs_compdb_free(db);
		return -1;
	}
	if (!db->n) {
		fprintf(stderr, "boundscope: error: %s/compile_commands.json has no C files to check\n",
			dir);
		return -1;
	}
	return 0;
}

void bs_compdb_free(struct bs_compdb *db)
{
	for (size_t i = 0; i < db->n; i++) {
		free(db->v[i].directory);
		free(db->v[i].file);
		strvec_free(&db->v[i].args);
	}
	free(db->v);
	memset(db, 0, sizeof(*db));
}
