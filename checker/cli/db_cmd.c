// SPDX-License-Identifier: GPL-2.0
#define _POSIX_C_SOURCE 200809L

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "db_cmd.h"
#include "exit_codes.h"
#include "module.h"
#include "store.h"

static const char usage[] =
	"Usage: boundscope db dump --db=FILE     print the units, facts counts and registrations\n"
	"       boundscope db prune --db=FILE    forget the units whose file is gone or that\n"
	"                                        kbuild no longer links into their module\n";

/* Forgets what vanished from every module of the store. */
static int prune(struct bs_store *st, char *err, size_t errlen)
{
	char **modules = NULL;
	unsigned n = 0;
	int rc = bs_store_modules(st, &modules, &n, err, errlen);

	for (unsigned i = 0; !rc && i < n; i++) {
		struct bs_module m;

		rc = bs_module_open(st, modules[i], NULL, bs_config_lowering_hash(NULL), &m, err,
				    errlen) ||
		     bs_module_prune(st, &m, stdout, err, errlen);
		bs_module_free(&m);
	}
	for (unsigned i = 0; i < n; i++)
		free(modules[i]);
	free(modules);
	return rc;
}

int bs_cmd_db(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ NULL, 0, NULL, 0 },
	};
	const char *db = NULL, *verb;
	struct bs_store *st;
	char err[1024];
	int c, rc;

	opterr = 0;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c != 'd') {
			fprintf(stderr, "boundscope: error: db: unknown or incomplete option '%s'\n%s",
				argv[optind - 1], usage);
			return BS_EXIT_FAILURE;
		}
		db = optarg;
	}
	verb = optind == argc - 1 ? argv[optind] : "";
	if ((strcmp(verb, "dump") && strcmp(verb, "prune")) || !db) {
		fputs(usage, stderr);
		return BS_EXIT_FAILURE;
	}
	st = bs_store_open(db, 0, 0, err, sizeof(err));
	if (!st)
		rc = -1;
	else if (!strcmp(verb, "dump"))
		rc = bs_store_dump(st, stdout, err, sizeof(err));
	else
		rc = prune(st, err, sizeof(err));
	bs_store_close(st);
	if (rc) {
		fprintf(stderr, "boundscope: error: %s\n", err);
		return BS_EXIT_FAILURE;
	}
	return BS_EXIT_OK;
}
