/* SPDX-License-Identifier: GPL-2.0 */
/*
 * report_cmd: `boundscope report --db=FILE`, the whole-driver answer: links
 * the facts of every unit in the store and prints the findings.
 */
#ifndef BS_REPORT_CMD_H
#define BS_REPORT_CMD_H

#include <stdbool.h>

#include "output.h"
#include "strvec.h"

struct bs_config;
struct bs_result;

/* What report needs from the command line, shared with check -p. */
struct bs_report_args {
	const char *db;
	const char *data_dir;		/* NULL: next to this program */
	const struct strvec *configs;
	const struct strvec *rules;	/* rule switches (rule_args.h), NULL: none */
	const char *format;		/* "text" (default), "tsv", "json", "sarif" */
	const struct bs_output_opts *out;	/* NULL: format to stdout */
	bool fix;			/* print a patch for the findings instead (fix_cmd.h) */
};

/* Checks a --format value; prints why and returns -1 if unknown. */
int bs_check_format(const char *format);

/* The shipped tables, then each project configuration, then the rule switches (@rules, may
 * be NULL: rule_args.h); NULL having said why. */
struct bs_config *bs_load_config(const char *data_dir, const struct strvec *configs,
				 const struct strvec *rules);

/* Which modules of a store to analyse, and whether the store may be pruned meanwhile. */
struct bs_store_scope {
	const char *module;	/* NULL: every module */
	bool read_only;		/* do not forget gone units (db stats) */
};

/*
 * Links the usable units of each module of the store @db (of @scope; NULL: all, pruning)
 * and hands the findings to @o (bs_output_analyze);
 * @nfiles gets the number of units linked, @incomplete is set when a unit could not be
 * linked or a file of a module was never checked (each named on stderr). Gone units, and
 * units kbuild no longer links into their module, are forgotten (with a note). 0, or
 * BS_EXIT_FAILURE having said why (unreadable or empty store, no such module).
 */
int bs_analyze_store(const char *db, const struct bs_store_scope *scope,
		     const struct bs_config *cfg, struct bs_output *o, unsigned *nfiles,
		     int *incomplete);

/* Links and reports; returns 0 clean, 1 findings, 2 failure (said why). */
int bs_report_store(const struct bs_report_args *a);

int bs_cmd_report(int argc, char **argv);

#endif
