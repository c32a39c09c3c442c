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

struct bs_config *bs_load_config(const char *data_dir, const struct strvec *configs)
{
	struct bs_config *cfg = bs_config_new();
	char *dir = bs_find_data_dir(data_dir);
	char err[1024];
	int rc = dir ? bs_config_load_dir(cfg, dir, err, sizeof(err)) : -1;

	for (size_t i = 0; !rc && configs && i < configs->n; i++)
		rc = bs_config_load_file(cfg, configs->v[i], err, sizeof(err));
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
	return bs_parse_format(format, NULL);
}

int bs_analyze_store(const char *db, const struct bs_config *cfg, struct bs_output *o,
		     unsigned *nfiles, struct bs_result *res)
{
	struct bs_handler h;
	char err[1024];
	struct bs_tu *tu = bs_store_load_file(db, err, sizeof(err));

	if (!tu) {
		fprintf(stderr, "boundscope: error: %s\n", err);
		return BS_EXIT_FAILURE;
	}
	*nfiles = tu->units.n;
	if (!tu->units.n) {
		/* a gate must not pass on a store nothing was checked into */
		fprintf(stderr, "boundscope: error: %s holds no checked files\n", db);
		bs_tu_free(tu);
		return BS_EXIT_FAILURE;
	}
	h = bs_output_handler(o, tu);
	bs_analyze(tu, cfg, &h, NULL, res);
	bs_tu_free(tu);
	return BS_EXIT_OK;
}

int bs_report_store(const struct bs_report_args *a)
{
	struct bs_output_opts def = { .format = a->format };
	const struct bs_output_opts *oo = a->out ? a->out : &def;
	struct bs_config *cfg = bs_load_config(a->data_dir, a->configs);
	struct bs_result res;
	struct bs_output out;
	unsigned nfiles = 0;
	int code;

	if (!cfg)
		return BS_EXIT_FAILURE;
	if (bs_output_open(&out, oo)) {
		bs_config_free(cfg);
		return BS_EXIT_FAILURE;
	}
	code = bs_analyze_store(a->db, cfg, &out, &nfiles, &res);
	bs_config_free(cfg);
	if (bs_output_close(&out))
		code = BS_EXIT_FAILURE;
	if (code)
		return code;
	fprintf(stderr, "boundscope: %u files, %u findings%s%s\n", nfiles, out.reported,
		out.nsuppressed ? " (more suppressed in the source)" : "",
		out.unanalysed ? ", some functions could not be analysed" : "");
	if (out.unanalysed)
		return BS_EXIT_FAILURE;
	return out.reported ? BS_EXIT_FINDINGS : BS_EXIT_OK;
}

static void report_help(void)
{
	fputs("Usage: boundscope report --db=FILE [--format=text|tsv|json|sarif] [-o FILE]\n"
	      "                         [--baseline=FILE] [--write-baseline=FILE]\n"
	      "                         [--config=FILE]... [--data-dir=DIR]\n"
	      "\n"
	      "Link the facts of every file checked into FILE (by 'boundscope --db=FILE',\n"
	      "kbuild's C=1/C=2 with CF=--db=FILE, or 'boundscope check') and print the\n"
	      "whole-driver findings.\n"
	      "\n"
	      "  --format=FMT           text (default), tsv, json or sarif (SARIF 2.1.0)\n"
	      "  -o, --output=FILE      write there instead of stdout\n"
	      "  --baseline=FILE        report only findings not in FILE (by fingerprint)\n"
	      "  --write-baseline=FILE  write the current findings to FILE as a baseline\n"
	      "\n"
	      "Exit status: 0 clean, 1 findings, 2 errors.\n", stdout);
}

int bs_cmd_report(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "config", required_argument, NULL, 'c' },
		{ "data-dir", required_argument, NULL, 'D' },
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "baseline", required_argument, NULL, 'b' },
		{ "write-baseline", required_argument, NULL, 'w' },
		{ "error", no_argument, NULL, 'e' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct strvec configs = STRVEC_INIT;
	struct bs_output_opts oo = { 0 };
	struct bs_report_args a = { .configs = &configs, .out = &oo };
	int c, code;

	opterr = 0;
	while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
		switch (c) {
		case 'd': a.db = optarg; break;
		case 'c': strvec_push(&configs, optarg); break;
		case 'D': a.data_dir = optarg; break;
		case 'f': a.format = oo.format = optarg; break;
		case 'o': oo.output = optarg; break;
		case 'b': oo.baseline = optarg; break;
		case 'w': oo.write_baseline = optarg; break;
		case 'e': break;	/* report is a CI mode: findings already exit 1 */
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
