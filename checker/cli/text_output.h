/* SPDX-License-Identifier: GPL-2.0 */
/*
 * text_output: findings of a whole-driver run in clang's format, one
 * implementation of the core's handler interface:
 *   file:line:col: warning: message [boundscope-rule]
 *   file:line:col: note: message
 * or, for scripts and expectation files, tab-separated lines
 *   rule	file	line	column	function
 */
#ifndef BS_TEXT_OUTPUT_H
#define BS_TEXT_OUTPUT_H

#include <stdio.h>

#include "report.h"

struct bs_text_output {
	FILE *out;
	const struct bs_tu *tu;
	int tsv;	/* one line per finding: rule, file, line, column, function */
};

struct bs_handler bs_text_handler(struct bs_text_output *t);

#endif
