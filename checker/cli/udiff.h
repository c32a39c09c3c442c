/* SPDX-License-Identifier: GPL-2.0 */
/*
 * udiff: a unified diff (3 lines of context) of a text and that text with byte edits applied,
 * computed from the edits themselves: the lines each edit touches form a changed region, a
 * region's old and new lines are aligned by their longest common subsequence (regions are a
 * few lines), and regions whose context meets share a hunk. No external diff is run.
 */
#ifndef BS_UDIFF_H
#define BS_UDIFF_H

#include <stdio.h>

#include "fixes.h"

/*
 * Writes the diff of @text (@len bytes) under the labels @a and @b; @edits sorted by offset
 * (then order), none overlapping another's replaced bytes, all within the text. Nothing is
 * written when there are no edits.
 */
void bs_udiff(FILE *out, const char *a, const char *b, const char *text, size_t len,
	      const struct bs_edit *edits, unsigned n);

#endif
