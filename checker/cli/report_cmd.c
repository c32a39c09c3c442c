// SPDX-License-Identifier: GPL-2.0
#define _POSIX_C_SOURCE 200809L

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "exit_codes.h"
#include "find_tools.h"
#include "report_cmd.h"
#include "store.h"
#include "text_output.h"

static struct bs_config *load_config(const struct bs_report_args *a)
{
	struct bs_config *cfg = bs_config_new();
	char *dir = bs_find_data_dir(a->data_dir);
	char err[1024];
	int rc = dir ? bs_config_load_dir(cfg, dir, err, sizeof(err)) : -1;

	for (size_t i = 0; !rc && a->configs && i < a->configs->n; i++)
		rc = bs_config_load_file(cfg, a->configs->v[i], err, sizeof(err));
	if (rc && dir)
		fprintf(stderr, "boundscope: error: %s\n", err);
	free(dir);
	if (rc) {
		bs_config_free(cfg);
		return NULL;
	}
	return cfg;
}

int bs_check_format(const char *format)
{
	if (!format || !strcmp(format, "text") || !strcmp(format, "tsv"))
		return 0;
	fprintf(stderr, "boundscope: error: unknown --format '%s' (expected text or tsv)\n", format);
	return -1;
}

int bs_report_store(const struct bs_report_args *a)
{
	struct bs_config *cfg = load_config(a);
	struct bs_tu *tu;
	struct bs_store *st;
	struct bs_result res;
	struct bs_text_output out = { stdout, NULL, 0 };
	struct bs_handler h;
	char err[1024];

	if (!cfg)
		return BS_EXIT_FAILURE;
	st = bs_store_open(a->db, 0, err, sizeof(err));
	tu = bs_tu_new();
	if (!st || bs_store_load(st, tu, err, sizeof(err))) {
		fprintf(stderr, "boundscope: error: %s\n", err);
		bs_store_close(st);
		bs_tu_free(tu);
		bs_config_free(cfg);
		return BS_EXIT_FAILURE;
	}
	bs_store_close(st);
	if (!tu->units.n) {
		/* a gate must not pass on a store nothing was checked into */
		fprintf(stderr, "boundscope: error: %s holds no checked files\n", a->db);
		bs_tu_free(tu);
		bs_config_free(cfg);
		return BS_EXIT_FAILURE;
	}
	out.tu = tu;
	out.tsv = a->format && !strcmp(a->format, "tsv");
	h = bs_text_handler(&out);
	bs_analyze(tu, cfg, &h, NULL, &res);
	fflush(stdout);
	fprintf(stderr, "boundscope: %u files, %u findings%s\n", tu->units.n, res.findings,
		res.unanalysed ? ", some functions could not be analysed" : "");
	bs_tu_free(tu);
	bs_config_free(cfg);
	if (res.unanalysed)
		return BS_EXIT_FAILURE;
	return res.findings ? BS_EXIT_FINDINGS : BS_EXIT_OK;
}

static void report_help(void)
{
	fputs("Usage: boundscope report --db=FILE [--format=text|tsv] [--config=FILE]...\n"
	      "                         [--data-dir=DIR]\n"
	      "\n"
	      "Link the facts of every file checked into FILE (by 'boundscope --db=FILE',\n"
	      "kbuild's C=1/C=2 with CF=--db=FILE, or 'boundscope check') and print the\n"
	      "whole-driver findings. Exit status: 0 clean, 1 findings, 2 errors.\n", stdout);
}

int bs_cmd_report(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "config", required_argument, NULL, 'c' },
		{ "data-dir", required_argument, NULL, 'D' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct strvec configs = STRVEC_INIT;
	struct bs_report_args a = { .configs = &configs };
	int c, code;

	opterr = 0;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'd': a.db = optarg; break;
		case 'c': strvec_push(&configs, optarg); break;
		case 'D': a.data_dir = optarg; break;
		case 'f': a.format = optarg; break;
		case 'h': report_help(); strvec_free(&configs); return BS_EXIT_OK;
		default:
			fprintf(stderr, "boundscope: error: report: unknown or incomplete option '%s'\n"
				"Try 'boundscope report --help'.\n", argv[optind - 1]);
			strvec_free(&configs);
			return BS_EXIT_FAILURE;
		}
	}
	if (bs_check_format(a.format)) {
		strvec_free(&configs);
		return BS_EXIT_FAILURE;
	}
	if (!a.db || optind < argc) {
		fprintf(stderr, "boundscope: error: report: %s\nTry 'boundscope report --help'.\n",
			!a.db ? "--db=FILE is required" : "unexpected argument");
		strvec_free(&configs);
		return BS_EXIT_FAILURE;
	}
	code = bs_report_store(&a);
	strvec_free(&configs);
	return code;
}
