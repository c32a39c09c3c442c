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
#include "output.h"
#include "report_cmd.h"
#include "store.h"

static const char usage[] =
	"Usage: boundscope db dump --db=FILE     print the units, facts counts and registrations\n"
	"       boundscope db prune --db=FILE    forget the units whose file is gone or that\n"
	"                                        kbuild no longer links into their module\n"
	"       boundscope db stats --db=FILE [--format=text|json] [--config=FILE]...\n"
	"                           [--data-dir=DIR] [module]\n"
	"                                        analyse each module (or only module) and\n"
	"                                        print what was checked (as report --stats)\n";

struct db_args {
	const char *db, *format, *data_dir, *module;
	struct strvec configs;
};

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

/* The --stats view of report, without the findings; the store is only read. */
static int stats(const struct db_args *a)
{
	struct bs_output_opts oo = { .format = a->format, .stats = true };
	struct bs_store_scope scope = { a->module, true };
	struct bs_config *cfg;
	struct bs_output out;
	unsigned nfiles;
	int code, incomplete;

	if (a->format && strcmp(a->format, "text") && strcmp(a->format, "json")) {
		fprintf(stderr, "boundscope: error: db stats: unknown --format '%s' (expected text "
			"or json)\n", a->format);
		return BS_EXIT_FAILURE;
	}
	cfg = bs_load_config(a->data_dir, &a->configs, NULL);
	if (!cfg)
		return BS_EXIT_FAILURE;
	if (bs_output_open(&out, &oo)) {
		bs_config_free(cfg);
		return BS_EXIT_FAILURE;
	}
	out.collect_only = true;
	code = bs_analyze_store(a->db, &scope, cfg, &out, &nfiles, &incomplete);
	bs_config_free(cfg);
	if (bs_output_close(&out) || incomplete)
		code = BS_EXIT_FAILURE;
	return code;
}

static int parse_db(int argc, char **argv, struct db_args *a, const char **verb)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "format", required_argument, NULL, 'f' },
		{ "config", required_argument, NULL, 'c' },
		{ "data-dir", required_argument, NULL, 'D' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	opterr = 0;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'd': a->db = optarg; break;
		case 'f': a->format = optarg; break;
		case 'c': strvec_push(&a->configs, optarg); break;
		case 'D': a->data_dir = optarg; break;
		default:
			fprintf(stderr, "boundscope: error: db: unknown or incomplete option '%s'\n%s",
				argv[optind - 1], usage);
			return BS_EXIT_FAILURE;
		}
	}
	*verb = optind < argc ? argv[optind] : "";
	if (!strcmp(*verb, "stats") && optind + 2 == argc)
		a->module = argv[optind + 1];
	else if (optind + 1 != argc)
		*verb = "";
	if (strcmp(*verb, "dump") && strcmp(*verb, "prune") && strcmp(*verb, "stats")) {
		fputs(usage, stderr);
		return BS_EXIT_FAILURE;
	}
	if (!a->db) {
		fprintf(stderr, "boundscope: error: db %s: --db=FILE is required\n%s", *verb,
			usage);
		return BS_EXIT_FAILURE;
	}
	if (strcmp(*verb, "stats") && (a->format || a->configs.n || a->data_dir)) {
		fprintf(stderr, "boundscope: error: db %s takes only --db\n%s", *verb, usage);
		return BS_EXIT_FAILURE;
	}
	return 0;
}

int bs_cmd_db(int argc, char **argv)
{
	struct db_args a = { .configs = STRVEC_INIT };
	const char *verb;
	struct bs_store *st;
	char err[1024];
	int rc;

	rc = parse_db(argc, argv, &a, &verb);
	if (rc || !strcmp(verb, "stats")) {
		rc = rc ? rc : stats(&a);
		strvec_free(&a.configs);
		return rc;
	}
	st = bs_store_open(a.db, 0, 0, err, sizeof(err));
	if (!st)
		rc = -1;
	else if (!strcmp(verb, "dump"))
		rc = bs_store_dump(st, stdout, err, sizeof(err));
	else
		rc = prune(st, err, sizeof(err));
	bs_store_close(st);
	strvec_free(&a.configs);
	if (rc) {
		fprintf(stderr, "boundscope: error: %s\n", err);
		return BS_EXIT_FAILURE;
	}
	return BS_EXIT_OK;
}
