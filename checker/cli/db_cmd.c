// SPDX-License-Identifier: GPL-2.0
#define _POSIX_C_SOURCE 200809L

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "db_cmd.h"
#include "exit_codes.h"
#include "store.h"

int bs_cmd_db(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ NULL, 0, NULL, 0 },
	};
	const char *db = NULL;
	struct bs_store *st;
	char err[1024];
	int c, rc;

	opterr = 0;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c != 'd') {
			fprintf(stderr, "boundscope: error: db: unknown or incomplete option '%s'\n",
				argv[optind - 1]);
			return BS_EXIT_FAILURE;
		}
		db = optarg;
	}
	if (optind != argc - 1 || strcmp(argv[optind], "dump") || !db) {
		fputs("Usage: boundscope db dump --db=FILE\n", stderr);
		return BS_EXIT_FAILURE;
	}
	st = bs_store_open(db, 0, err, sizeof(err));
	rc = st ? bs_store_dump(st, stdout, err, sizeof(err)) : -1;
	bs_store_close(st);
	if (rc) {
		fprintf(stderr, "boundscope: error: %s\n", err);
		return BS_EXIT_FAILURE;
	}
	return BS_EXIT_OK;
}
