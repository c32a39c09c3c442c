/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kbuild_render: the kbuild form when boundscope renders the findings itself (--format=
 * tsv|json|sarif, --output, --baseline, --write-baseline, --fix) rather than the plugin
 * printing clang diagnostics. Each file is checked as usual but with its facts recorded into
 * a temporary store (the plugin's db= and store-only); the command then analyses that unit
 * exactly as the plugin would have and hands the findings to output.h. With --db the unit is
 * also put into the user's store. One document covers all files of the command line.
 */
#ifndef BS_KBUILD_RENDER_H
#define BS_KBUILD_RENDER_H

#include <stdbool.h>

#include "options.h"

/* Whether the options ask for this route. */
bool bs_kbuild_renders(const struct bs_options *o);

/* Checks every file; returns the exit code (exit_codes.h). */
int bs_kbuild_render(const struct bs_options *o, const char *clang, const char *plugin);

#endif
