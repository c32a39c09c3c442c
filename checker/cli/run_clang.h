/* SPDX-License-Identifier: GPL-2.0 */
/*
 * run_clang: checking one file. Owns clang's command line, the retry
 * without refused arguments, the status file, and the file's exit code.
 */
#ifndef BS_RUN_CLANG_H
#define BS_RUN_CLANG_H

#include "options.h"
#include "strvec.h"

struct bs_checker {
	const struct bs_options *opts;
	const char *clang;
	const char *plugin;
	/* Arguments clang refused for an earlier file: later files skip them. */
	struct strvec refused;
};

/* Check @file; returns its exit code (exit_codes.h), having said why if not 0. */
int bs_check_file(struct bs_checker *c, const char *file);

#endif
