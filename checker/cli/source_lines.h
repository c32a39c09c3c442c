/* SPDX-License-Identifier: GPL-2.0 */
/*
 * source_lines: the source line and caret under a diagnostic, laid out as clang does
 * ("  108 |  <line>" with tabs expanded, then "      |  ^"), so that the command's text output
 * reads like the plugin's. Files are read once and kept for the output's lifetime.
 */
#ifndef BS_SOURCE_LINES_H
#define BS_SOURCE_LINES_H

#include <stdio.h>

struct bs_sources;

struct bs_sources *bs_sources_new(void);
void bs_sources_free(struct bs_sources *s);

/* Prints the snippet for file:line:col after @prefix on each line; nothing if the file or
 * line cannot be read. */
void bs_sources_print(struct bs_sources *s, FILE *out, const char *prefix, const char *file,
		      unsigned line, unsigned col);

#endif
