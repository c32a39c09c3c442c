// SPDX-License-Identifier: GPL-2.0
#define _POSIX_C_SOURCE 200809L

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "module.h"
#include "exit_codes.h"
#include "find_tools.h"
#include "fix_cmd.h"
#include "report_cmd.h"
#include "rule_args.h"
#include "store.h"

struct bs_config *bs_load_config(const char *data_dir, const struct strvec *configs,
				 const struct strvec *rules)
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
	bs_rule_args_apply(cfg, rules);
	return cfg;
}

int bs_check_format(const char *format)
{
	return bs_parse_format(format, NULL);
}

/* Says why each unit of the module that cannot be linked is left out; 1 if any was. */
static int name_unlinked(const struct bs_module *m)
{
	const char *in = *m->name ? " of module " : "";
	int left_out = 0;

	for (unsigned k = 0; k < m->units.n; k++) {
		enum bs_unit_state s = m->judged[k].state;

		if (s == BS_UNIT_OK || s == BS_UNIT_DELETED || s == BS_UNIT_OUTSIDE ||
		    s == BS_UNIT_TEST)
			continue;
		fprintf(stderr, "boundscope: warning: %s%s%s is not linked: %s%s%s\n",
			m->units.v[k].path, in, m->name, bs_unit_state_name(s),
			m->judged[k].detail ? ": " : "",
			m->judged[k].detail ? m->judged[k].detail : "");
		left_out = 1;
	}
	for (unsigned i = 0; i < m->missing.n; i++) {
		fprintf(stderr, "boundscope: warning: %s%s%s is not in the store: kbuild links it "
			"into the module (%s), but it was never checked\n", m->missing.v[i], in,
			m->name, m->manifest);
		left_out = 1;
	}
	return left_out;
}

/* Is @module (NULL: any) among the store's? Says which it has if not. */
static int has_module(const char *db, char **modules, unsigned n, const char *module)
{
	for (unsigned i = 0; module && i < n; i++)
		if (!strcmp(modules[i], module))
			return 1;
	if (!module)
		return 1;
	fprintf(stderr, "boundscope: error: %s has no module '%s'; it has:", db, module);
	for (unsigned i = 0; i < n; i++)
		fprintf(stderr, " '%s'", modules[i]);
	fputc('\n', stderr);
	return 0;
}

int bs_analyze_store(const char *db, const struct bs_store_scope *scope,
		     const struct bs_config *cfg, struct bs_output *o, unsigned *nfiles,
		     int *incomplete)
{
	const char *only = scope ? scope->module : NULL;
	struct bs_store *st;
	char **modules = NULL, err[1024];
	unsigned nmodules = 0;
	int code = BS_EXIT_OK;

	*nfiles = 0;
	*incomplete = 0;
	st = bs_store_open(db, 0, 0, err, sizeof(err));
	if (!st || bs_store_modules(st, &modules, &nmodules, err, sizeof(err))) {
		fprintf(stderr, "boundscope: error: %s\n", err);
		bs_store_close(st);
		return BS_EXIT_FAILURE;
	}
	if (!has_module(db, modules, nmodules, only))
		code = BS_EXIT_FAILURE;
	/* each module alone: what kbuild links into one .ko is one driver */
	for (unsigned i = 0; i < nmodules && !code; i++) {
		struct bs_module m;
		struct bs_tu *tu;
		struct bs_handler h;

		if (only && strcmp(modules[i], only))
			continue;
		if (bs_module_open(st, modules[i], NULL, bs_config_lowering_hash(cfg), &m, err,
				   sizeof(err)) ||
		    (!(scope && scope->read_only) &&
		     bs_module_prune(st, &m, stderr, err, sizeof(err)))) {
			fprintf(stderr, "boundscope: error: %s\n", err);
			code = BS_EXIT_FAILURE;
			bs_module_free(&m);
			break;
		}
		*incomplete |= name_unlinked(&m);
		tu = bs_tu_new();
		if (bs_module_load(st, &m, tu, err, sizeof(err))) {
			fprintf(stderr, "boundscope: error: %s\n", err);
			code = BS_EXIT_FAILURE;
		} else if (tu->units.n) {
			*nfiles += tu->units.n;
			h = bs_output_handler(o, tu);
			bs_output_analyze(o, tu, cfg, &h);
		}
		bs_tu_free(tu);
		bs_module_free(&m);
	}
	for (unsigned i = 0; i < nmodules; i++)
		free(modules[i]);
	free(modules);
	bs_store_close(st);
	if (!code && !*nfiles && !*incomplete) {
		/* a gate must not pass on a store nothing was checked into */
		fprintf(stderr, "boundscope: error: %s holds no checked files\n", db);
		code = BS_EXIT_FAILURE;
	}
	return code;
}

/* --fix: the patch for every finding, to the output; 0, or exit 2 when one has no fix. */
static int print_fix(struct bs_output *out)
{
	struct bs_fixer *fx = bs_fixer_new();
	unsigned left;
	int code = BS_EXIT_OK;

	bs_fixer_add(fx, out->findings);
	if (bs_fixer_print(fx, out->out, &left) || left)
		code = BS_EXIT_FAILURE;
	bs_fixer_free(fx);
	return code;
}

int bs_report_store(const struct bs_report_args *a)
{
	struct bs_output_opts def = { .format = a->format };
	const struct bs_output_opts *oo = a->out ? a->out : &def;
	struct bs_config *cfg = bs_load_config(a->data_dir, a->configs, a->rules);
	struct bs_output out;
	unsigned nfiles = 0;
	int code, incomplete = 0;

	if (!cfg)
		return BS_EXIT_FAILURE;
	if (bs_output_open(&out, oo)) {
		bs_config_free(cfg);
		return BS_EXIT_FAILURE;
	}
	out.collect_only = a->fix;
	code = bs_analyze_store(a->db, NULL, cfg, &out, &nfiles, &incomplete);
	bs_config_free(cfg);
	if (a->fix && !code)
		code = print_fix(&out);
	if (bs_output_close(&out))
		code = BS_EXIT_FAILURE;
	if (code)
		return code;
	fprintf(stderr, "boundscope: %u files, %u findings%s%s%s\n", nfiles, out.reported,
		out.nsuppressed ? " (more suppressed in the source)" : "",
		out.unanalysed ? ", some functions could not be analysed" : "",
		incomplete ? ", some files could not be linked (see above)" : "");
	if (out.unanalysed || incomplete)
		return BS_EXIT_FAILURE;
	if (a->fix)
		return BS_EXIT_OK;	/* every finding has its fix in the patch */
	return out.reported ? BS_EXIT_FINDINGS : BS_EXIT_OK;
}

static void report_help(void)
{
	fputs("Usage: boundscope report --db=FILE [--format=text|tsv|json|sarif] [-o FILE]\n"
	      "                         [--baseline=FILE] [--write-baseline=FILE]\n"
	      "                         [--config=FILE]... [--data-dir=DIR] [--stats]\n"
	      "                         [--enable=RULE]... [--disable=RULE]...\n"
	      "\n"
	      "Link the facts of every file checked into FILE (by 'boundscope --db=FILE',\n"
	      "kbuild's C=1/C=2 with CF=--db=FILE, or 'boundscope check') and print the\n"
	      "whole-driver findings.\n"
	      "\n"
	      "  --format=FMT           text (default), tsv, json or sarif (SARIF 2.1.0)\n"
	      "  -o, --output=FILE      write there instead of stdout\n"
	      "  --baseline=FILE        report only findings not in FILE (by fingerprint)\n"
	      "  --write-baseline=FILE  write the current findings to FILE as a baseline\n"
	      "  --no-source            no source line under each text diagnostic\n"
	      "  --stats                after the findings, what was checked per file and\n"
	      "                         module: functions analysed and not (and why), calls\n"
	      "                         through pointers resolved or not, limits hit\n"
	      "  --disable=RULE, --enable=RULE  turn a rule off or on (repeatable; the last\n"
	      "                         switch of a rule wins; 'boundscope --list-rules')\n"
	      "  --fix                  print a unified diff that fixes the findings instead\n"
	      "                         (to -o FILE or stdout); a finding with no fix is an\n"
	      "                         error naming why\n"
	      "\n"
	      "Each module in the store is linked on its own. A file that cannot be linked\n"
	      "(clang failed on it, it changed since it was checked, it was checked under\n"
	      "another configuration) is named and makes the exit status 2; files that are\n"
	      "gone, or that kbuild no longer links into their module, are forgotten.\n"
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
		{ "no-source", no_argument, NULL, 'n' },
		{ "stats", no_argument, NULL, 's' },
		{ "fix", no_argument, NULL, 'x' },
		BS_RULE_LONGOPTS,
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct strvec configs = STRVEC_INIT, rules = STRVEC_INIT;
	struct bs_output_opts oo = { 0 };
	struct bs_report_args a = { .configs = &configs, .rules = &rules, .out = &oo };
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
		case 'n': oo.no_source = true; break;
		case 's': oo.stats = true; break;
		case 'x': a.fix = true; break;
		case BS_RULE_OPT_ENABLE:
		case BS_RULE_OPT_DISABLE:
			if (!bs_rule_getopt(&rules, c, optarg))
				break;
			code = BS_EXIT_FAILURE;
			goto out;
		case 'h': report_help(); code = BS_EXIT_OK; goto out;
		default:
			fprintf(stderr, "boundscope: error: report: unknown or incomplete option '%s'\n"
				"Try 'boundscope report --help'.\n", argv[optind - 1]);
			code = BS_EXIT_FAILURE;
			goto out;
		}
	}
	if (bs_check_format(a.format)) {
		code = BS_EXIT_FAILURE;
		goto out;
	}
	if (!a.db || optind < argc) {
		fprintf(stderr, "boundscope: error: report: %s\nTry 'boundscope report --help'.\n",
			!a.db ? "--db=FILE is required" : "unexpected argument");
		code = BS_EXIT_FAILURE;
		goto out;
	}
	code = bs_report_store(&a);
out:
	strvec_free(&configs);
	strvec_free(&rules);
	return code;
}
