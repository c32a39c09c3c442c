/* SPDX-License-Identifier: GPL-2.0 */
/*
 * fix_cmd: fix suggestions, `boundscope fix ...` (the kbuild form with --fix). The edits come
 * with the findings' records ("fix" in json_output.h), planned by the core from the anchors
 * the plugin found in the AST (fixes.h); here they are applied to the original bytes of each
 * file and printed as one unified diff (a/ and b/ prefixes, `git apply`/`patch -p1` ready),
 * made by the tool itself.
 *
 * Every failure is an error: a finding with no fix (its record says why, or its rule offers
 * none) is said on stderr and makes the run fail, the patch then covering the other findings;
 * a source that cannot be read, edits that overlap, or a write error print no patch at all.
 */
#ifndef BS_FIX_CMD_H
#define BS_FIX_CMD_H

#include <stdio.h>

#include <json-c/json.h>

struct bs_fixer;

struct bs_fixer *bs_fixer_new(void);
/* Takes the fixes of @records (json_output.h); says on stderr why a record has none. */
void bs_fixer_add(struct bs_fixer *fx, struct json_object *records);
/*
 * Prints the diff; @left gets the number of findings left without a fix. -1 when no patch
 * could be made (a file that cannot be read, overlapping edits, a write error), said on
 * stderr; then nothing is printed.
 */
int bs_fixer_print(struct bs_fixer *fx, FILE *out, unsigned *left);
void bs_fixer_free(struct bs_fixer *fx);

/* How a patch names a fix's (absolute) file: relative to the current directory when below it. */
const char *bs_fix_path(const char *path);

#endif
