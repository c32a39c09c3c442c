// SPDX-License-Identifier: GPL-2.0
/*
 * The command line of `boundscope`: [own options] [CHECKFLAGS] [c_flags] files.
 *
 * kbuild runs $(CHECK) $(CHECKFLAGS) $(c_flags) $<, so everything sparse and
 * GCC accept must be accepted here. Our own options are long ones (two
 * dashes) because a single-dash name could collide with a compiler flag; the
 * one exception is -v, which means the same to a compiler. An unknown
 * double-dash option is a usage error rather than being passed on: a typo in
 * CF=--eror must not silently turn the CI gate off.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cc_args.h"
#include "exit_codes.h"
#include "gcc_flags.h"
#include "options.h"
#include "rule_args.h"

enum own_id { OPT_HELP, OPT_VERSION, OPT_ERROR, OPT_DUMP_FACTS, OPT_VERBOSE,
	      OPT_CONFIG, OPT_DATA_DIR, OPT_CLANG, OPT_PLUGIN, OPT_DB, OPT_NO_DB, OPT_STORE_ONLY,
	      OPT_FORMAT, OPT_OUTPUT, OPT_BASELINE, OPT_WRITE_BASELINE, OPT_FIX,
	      OPT_STATS, OPT_ENABLE, OPT_DISABLE, OPT_LIST_RULES,
	      OPT_LIST_HEADER_INLINES, OPT_NO_SKIP_BODIES, OPT_TIME_REPORT };

static const struct own_option {
	const char *name;
	enum own_id id;
	bool takes_value;
} own_options[] = {
	{ "--help", OPT_HELP, false },
	{ "--version", OPT_VERSION, false },
	{ "--error", OPT_ERROR, false },
	{ "--dump-facts", OPT_DUMP_FACTS, false },
	{ "--verbose", OPT_VERBOSE, false },
	{ "--config", OPT_CONFIG, true },
	{ "--data-dir", OPT_DATA_DIR, true },
	{ "--clang", OPT_CLANG, true },
	{ "--plugin", OPT_PLUGIN, true },
	{ "--db", OPT_DB, true },
	{ "--no-db", OPT_NO_DB, false },
	{ "--store-only", OPT_STORE_ONLY, false },
	{ "--format", OPT_FORMAT, true },
	{ "--output", OPT_OUTPUT, true },
	{ "--baseline", OPT_BASELINE, true },
	{ "--write-baseline", OPT_WRITE_BASELINE, true },
	{ "--fix", OPT_FIX, false },
	{ "--stats", OPT_STATS, false },
	{ "--enable", OPT_ENABLE, true },
	{ "--disable", OPT_DISABLE, true },
	{ "--list-rules", OPT_LIST_RULES, false },
	{ "--list-header-inlines", OPT_LIST_HEADER_INLINES, false },
	{ "--no-skip-bodies", OPT_NO_SKIP_BODIES, false },
	{ "--time-report", OPT_TIME_REPORT, false },
};

/* sparse's target options: clang is always run for the host it was built for. */
static const char *const sparse_ignored[] = { "--arch=", "--os=" };

/*
 * clang's own double-dash options, kept: a kbuild with LLVM=1 passes
 * --target= and --prefix= in c_flags when cross compiling.
 */
static const char *const clang_long_joined[] = {
	"--target=", "--sysroot=", "--gcc-toolchain=", "--gcc-install-dir=", "--prefix=",
};

static bool has_prefix(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

static bool prefix_in(const char *arg, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (has_prefix(arg, list[i]))
			return true;
	return false;
}

static int __attribute__((format(printf, 1, 2))) usage_error(const char *fmt, ...)
{
	va_list ap;

	fputs("boundscope: error: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs("\nTry 'boundscope --help' for more information.\n", stderr);
	return BS_EXIT_FAILURE;
}

static void set_own(struct bs_options *o, enum own_id id, const char *value)
{
	switch (id) {
	case OPT_HELP:		o->help = true; break;
	case OPT_VERSION:	o->version = true; break;
	case OPT_ERROR:		o->error = true; break;
	case OPT_DUMP_FACTS:	o->dump_facts = true; break;
	case OPT_VERBOSE:	o->verbose = true; break;
	case OPT_CONFIG:	strvec_push(&o->configs, value); break;
	case OPT_DATA_DIR:	o->data_dir = value; break;
	case OPT_CLANG:		o->clang = value; break;
	case OPT_PLUGIN:	o->plugin = value; break;
	case OPT_DB:		o->db = value; break;
	case OPT_NO_DB:		o->no_db = true; break;
	case OPT_STORE_ONLY:	o->store_only = true; break;
	case OPT_FORMAT:	o->format = value; break;
	case OPT_OUTPUT:	o->output = value; break;
	case OPT_BASELINE:	o->baseline = value; break;
	case OPT_WRITE_BASELINE: o->write_baseline = value; break;
	case OPT_FIX:		o->fix = true; break;
	case OPT_STATS:		o->stats = true; break;
	case OPT_LIST_RULES:	o->list_rules = true; break;
	case OPT_ENABLE:
	case OPT_DISABLE:	break;	/* parse_own: they can fail */
	case OPT_LIST_HEADER_INLINES: o->list_header_inlines = true; break;
	case OPT_NO_SKIP_BODIES: o->no_skip_bodies = true; break;
	case OPT_TIME_REPORT:	o->time_report = true; break;
	}
}

/*
 * One of our own options at argv[*i], as --opt, --opt=value or --opt value.
 * Returns -1 when @arg is not ours, else 0 or a usage error's exit code.
 */
static int parse_own(struct bs_options *o, int argc, char **argv, int *i)
{
	const char *arg = argv[*i];
	const size_t n = sizeof(own_options) / sizeof(*own_options);

	for (size_t k = 0; k < n; k++) {
		const struct own_option *opt = &own_options[k];
		size_t len = strlen(opt->name);
		const char *value = NULL;

		if (strncmp(arg, opt->name, len) || (arg[len] && arg[len] != '='))
			continue;
		if (arg[len] == '=' && !opt->takes_value)
			return usage_error("option '%s' takes no value", opt->name);
		if (arg[len] == '=')
			value = arg + len + 1;
		else if (opt->takes_value && *i + 1 < argc)
			value = argv[++*i];
		if (opt->takes_value && (!value || !*value))
			return usage_error("option '%s' needs a value", opt->name);
		if (opt->id == OPT_ENABLE || opt->id == OPT_DISABLE)
			return bs_rule_arg(&o->rules, opt->name, value, opt->id == OPT_ENABLE);
		set_own(o, opt->id, value);
		return 0;
	}
	return -1;
}

/* A double-dash argument that is not ours: ignore, keep for clang, or refuse. */
static int parse_other_long(struct bs_options *o, int argc, char **argv, int *i)
{
	const char *arg = argv[*i];
	unsigned int drop = bs_dropped_flag(arg, *i + 1 < argc ? argv[*i + 1] : NULL);

	/* GCC's --param, joined or with its value in the next argument. */
	if (drop) {
		*i += (int)drop - 1;
		return 0;
	}
	if (prefix_in(arg, sparse_ignored, sizeof(sparse_ignored) / sizeof(*sparse_ignored)))
		return 0;
	if (prefix_in(arg, clang_long_joined,
		      sizeof(clang_long_joined) / sizeof(*clang_long_joined))) {
		strvec_push(&o->cflags, arg);
		return 0;
	}
	if (!strcmp(arg, "--sysroot") && *i + 1 < argc) {
		strvec_push(&o->cflags, arg);
		strvec_push(&o->cflags, argv[++*i]);
		return 0;
	}
	return usage_error("unknown option '%s'", arg);
}

/* What kbuild's flags say about the file being checked: its object and its module. */
static void note_kbuild(struct bs_options *o, const char *arg)
{
	static const char modname[] = "-DKBUILD_MODNAME=";
	const char *v;
	size_t n;

	if (!strncmp(arg, "-Wp,-MMD,", 9) || !strncmp(arg, "-Wp,-MD,", 8)) {
		o->depfile = strchr(arg + 4, ',') + 1;
		return;
	}
	if (!strncmp(arg, "-DKBUILD_MODFILE=", 17))
		o->builtin = true;
	if (strncmp(arg, modname, sizeof(modname) - 1))
		return;
	v = arg + sizeof(modname) - 1;
	n = strlen(v);
	if (n >= 2 && v[0] == '"' && v[n - 1] == '"') {
		v++;
		n -= 2;
	}
	free(o->modname);
	o->modname = strndup(v, n);
}

/*
 * A single-dash compiler flag (or a file): keep, drop, or keep with its value. A rule switch
 * (-Wno-boundscope-<rule>) is ours, and clang would refuse it: 0, or its error's exit code.
 */
static int parse_compiler_arg(struct bs_options *o, int argc, char **argv, int *i)
{
	const char *arg = argv[*i];
	const char *next = *i + 1 < argc ? argv[*i + 1] : NULL;
	unsigned int drop;
	int ret = bs_rule_wflag(&o->rules, arg);

	if (ret >= 0)
		return ret;
	note_kbuild(o, arg);
	if (!strcmp(arg, "-fno-caret-diagnostics"))
		o->no_source = true;

	if (bs_cc_is_passthrough(arg)) {
		strvec_push(&o->cflags, arg);
		if (next) {
			strvec_push(&o->cflags, next);
			++*i;
		}
		return 0;
	}
	drop = bs_dropped_flag(arg, next);
	if (drop) {
		*i += (int)drop - 1;
		return 0;
	}
	if (arg[0] != '-' || !arg[1]) {
		strvec_push(&o->files, arg);
		return 0;
	}
	strvec_push(&o->cflags, arg);
	if (next && bs_cc_takes_value(arg)) {
		strvec_push(&o->cflags, next);
		++*i;
	}
	return 0;
}

int bs_parse_options(int argc, char **argv, struct bs_options *o)
{
	for (int i = 1; i < argc; i++) {
		const char *arg = argv[i];
		int ret;

		if (!strcmp(arg, "-v")) {
			o->verbose = true;
		} else if (has_prefix(arg, "--")) {
			ret = parse_own(o, argc, argv, &i);
			if (ret < 0)
				ret = parse_other_long(o, argc, argv, &i);
			if (ret)
				return ret;
		} else if ((ret = parse_compiler_arg(o, argc, argv, &i))) {
			return ret;
		}
	}
	if (o->help || o->version || o->list_rules)
		return 0;
	if (!o->files.n)
		return usage_error("no input files");
	return 0;
}

char *bs_options_object(const struct bs_options *o)
{
	const char *base;
	char *obj;
	size_t n;

	/* kbuild's dependency file of dir/foo.o is dir/.foo.o.d */
	if (!o->depfile)
		return NULL;
	base = strrchr(o->depfile, '/');
	base = base ? base + 1 : o->depfile;
	n = strlen(base);
	if (base[0] != '.' || n < 5 || strcmp(base + n - 2, ".d"))
		return NULL;
	obj = malloc(strlen(o->depfile) + 1);
	if (!obj)
		return NULL;
	memcpy(obj, o->depfile, base - o->depfile);
	memcpy(obj + (base - o->depfile), base + 1, n - 3);
	obj[(base - o->depfile) + n - 3] = 0;
	return obj;
}

void bs_options_free(struct bs_options *o)
{
	free(o->modname);
	o->modname = NULL;
	strvec_free(&o->configs);
	strvec_free(&o->cflags);
	strvec_free(&o->files);
	strvec_free(&o->rules);
}

void bs_print_help(void)
{
	fputs(
"Usage: boundscope [options] [compiler flags] file.c...\n"
"       boundscope check -p DIR [-j N] [--db=FILE] [options] [file.c...]\n"
"       boundscope report --db=FILE [options]\n"
"       boundscope db dump|prune --db=FILE\n"
"       boundscope db stats --db=FILE [--format=text|json] [module]\n"
"       boundscope series [-p DIR] BASE..HEAD | --am BASE PATCH...\n"
"       boundscope fix [options] [compiler flags] file.c...\n"
"\n"
"Check Linux driver C files for MMIO reachable after unbind. Runs clang with\n"
"the boundscope plugin on each file; accepts the flags kbuild gives a CHECK\n"
"tool (make C=1 CHECK=boundscope), dropping the GCC-only ones.\n"
"\n"
"Options:\n"
"  --help              print this help and exit\n"
"  --version           print the version and the clang it was built for\n"
"  --error             exit 1 when there are findings (kbuild: CF=--error)\n"
"  --config=FILE       merge a project configuration after the shipped tables\n"
"                      (repeatable)\n"
"  --data-dir=DIR      directory with the shipped tables (accessors.json,\n"
"                      guards.json, contexts.json)\n"
"  --dump-facts        print the extracted facts and each function's context\n"
"  --clang=PATH        clang to run (default: $BOUNDSCOPE_CLANG, the clang it\n"
"                      was built for, then clang-19 on PATH)\n"
"  --plugin=PATH       plugin to load (default: $BOUNDSCOPE_PLUGIN, then\n"
"                      ../lib/boundscope.so next to this program)\n"
"  --db=FILE           check through this fact store (default: $BOUNDSCOPE_DB,\n"
"                      and under kbuild .boundscope.db in the module's build\n"
"                      directory): a file's findings are the whole-driver ones\n"
"                      once the store holds the whole module (docs/usage.md)\n"
"  --no-db             no store: answer from this file alone\n"
"  --format=FMT        text (clang's diagnostics, default), tsv, json or sarif\n"
"  --output=FILE       write the findings to FILE (not -o: that is the compiler's)\n"
"  --baseline=FILE     report only findings not in FILE (matched by fingerprint)\n"
"  --write-baseline=FILE  write the findings to FILE as a baseline\n"
"  --fix               print a unified diff that fixes the findings instead; a\n"
"                      finding with no fix is an error naming why (exit 2)\n"
"  --stats             after the findings, what was checked per file: functions\n"
"                      analysed and not (and why), calls through pointers\n"
"                      resolved or not, limits hit (on stdout; docs/usage.md)\n"
"  --disable=RULE      do not run RULE (repeatable; also -Wno-boundscope-RULE)\n"
"  --enable=RULE       run RULE, also one that is off by default (repeatable;\n"
"                      also -Wboundscope-RULE); the last switch of a rule wins\n"
"  --list-rules        print the rules: name, level, fix, kind, docs page\n"
"  --no-skip-bodies    parse the bodies of kernel-header functions the analysis\n"
"                      never reads (skipped by default; for comparison)\n"
"  --time-report       print each file's parse, lower, store and analysis times\n"
"  --list-header-inlines  print the kernel-header functions whose bodies the\n"
"                      analysis reads, instead of checking (docs/data-files.md)\n"
"  -v, --verbose       print the clang command line\n"
"\n"
"Accepted and ignored for sparse compatibility: --arch=, --os=, -W flags\n"
"(except -W[no-]boundscope-RULE).\n"
"\n"
"Exit status: 0 all files analysed (findings are printed, not fatal);\n"
"1 findings with --error; 2 usage error, missing file or configuration,\n"
"clang error, or code that could not be analysed.\n"
"\n"
"check and report are CI modes: exit 1 when there are findings, 0 when clean,\n"
"2 when anything could not be analysed. 'boundscope check --help' and\n"
"'boundscope report --help' describe their options.\n",
	      stdout);
}
