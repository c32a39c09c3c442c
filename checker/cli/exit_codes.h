/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The command's exit codes, the contract in docs/architecture.md.
 * Ordered so that the worst of several files is the numeric maximum.
 */
#ifndef BS_EXIT_CODES_H
#define BS_EXIT_CODES_H

enum {
	BS_EXIT_OK = 0,		/* every file analysed; findings only with --error fail */
	BS_EXIT_FINDINGS = 1,	/* findings, and --error was given */
	BS_EXIT_FAILURE = 2,	/* usage, missing file, clang failure, not analysed, internal */
};

#endif
