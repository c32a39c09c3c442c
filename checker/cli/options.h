/* SPDX-License-Identifier: GPL-2.0 */
/*
 * options: the command line of `boundscope`. Owns the command's own options
 * and the split of everything else into flags for clang and files to check.
 */
#ifndef BS_OPTIONS_H
#define BS_OPTIONS_H

#include <stdbool.h>

#include "strvec.h"

struct bs_options {
	bool help;
	bool version;
	bool error;		/* findings make the exit code 1 */
	bool dump_facts;
	bool list_header_inlines;	/* the header-inline survey instead of the analysis */
	bool no_skip_bodies;	/* parse kernel-header bodies the analysis never reads */
	bool time_report;	/* print parse, lower, store and analysis times */
	bool verbose;		/* print clang's command line */
	const char *clang;	/* --clang, NULL when not given */
	const char *plugin;	/* --plugin, NULL when not given */
	const char *data_dir;
	const char *db;		/* --db: fact store for whole-driver analysis */
	bool default_db;	/* db is the kbuild default store, boundscope's own cache */
	bool no_db;		/* --no-db: single-file answers, no store */
	bool store_only;	/* --store-only: record facts, print no findings (check -p) */
	bool no_source;		/* -fno-caret-diagnostics: no source lines under diagnostics */
	/* kbuild's context, from its c_flags: the object's dependency file (-Wp,-MMD,<file>)
	 * and the module (-DKBUILD_MODNAME="<name>"); NULL outside kbuild */
	const char *depfile;
	char *modname;
	bool builtin;		/* -DKBUILD_MODFILE: kbuild passes it for built-in objects only */
	/* --format, --output, --baseline, --write-baseline (output.h) */
	const char *format, *output, *baseline, *write_baseline;
	bool fix;		/* --fix: print a patch for the findings instead (fix_cmd.h) */
	bool stats;		/* --stats: what was checked, after the findings */
	bool list_rules;	/* --list-rules: print the rule registry */
	struct strvec rules;	/* --enable/--disable, -W[no-]boundscope-: rule_args.h */
	struct strvec configs;	/* --config, in order */
	struct strvec cflags;	/* kbuild's flags that clang is given */
	struct strvec files;
};

#define BS_OPTIONS_INIT { .configs = STRVEC_INIT, .cflags = STRVEC_INIT, .files = STRVEC_INIT, \
			  .rules = STRVEC_INIT }

/* Returns 0, or the exit code of a usage error (already reported). */
int bs_parse_options(int argc, char **argv, struct bs_options *o);
void bs_options_free(struct bs_options *o);
/* The object file kbuild compiles next to the dependency file, malloc'd; NULL if none. */
char *bs_options_object(const struct bs_options *o);
void bs_print_help(void);

#endif
