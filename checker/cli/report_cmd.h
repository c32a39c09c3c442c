/* SPDX-License-Identifier: GPL-2.0 */
/*
 * report_cmd: `boundscope report --db=FILE`, the whole-driver answer: links
 * the facts of every unit in the store and prints the findings.
 */
#ifndef BS_REPORT_CMD_H
#define BS_REPORT_CMD_H

#include "strvec.h"

/* What report needs from the command line, shared with check -p. */
struct bs_report_args {
	const char *db;
	const char *data_dir;		/* NULL: next to this program */
	const struct strvec *configs;
	const char *format;		/* "text" (default) or "tsv" */
};

/* Checks a --format value; prints why and returns -1 if unknown. */
int bs_check_format(const char *format);

/* Links and reports; returns 0 clean, 1 findings, 2 failure (said why). */
int bs_report_store(const struct bs_report_args *a);

int bs_cmd_report(int argc, char **argv);

#endif
