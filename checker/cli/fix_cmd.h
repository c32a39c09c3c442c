/* SPDX-License-Identifier: GPL-2.0 */
/*
 * fix_cmd: fix suggestions, `boundscope fix ...` (the kbuild form with --fix). For each
 * finding it can handle, an edit of the source text; all edits are printed as one unified
 * diff (a/ and b/ prefixes, `git apply`/`patch -p1` ready) relative to the current directory.
 *
 * - unguarded-access: the unguarded statement(s) of the entry function are wrapped in an
 *   unbind guard. An `int idx;` is declared at the top of the function body, then
 *       if (!drm_dev_enter(<ddev>, &idx))
 *               return -ENODEV;     (just `return;` in a void function)
 *       <the statements>
 *       drm_dev_exit(idx);
 *   Adjacent unguarded statements share one guard. <ddev> is the entry's
 *   `struct drm_device *` parameter (an ioctl's first). An entry without one, a boundary
 *   that is not a whole simple statement on its own lines (a return, a condition, the body
 *   of an unbraced if), is skipped with a message: the guard needs a human there.
 * - guard-leak: `drm_dev_exit(<cookie>);` (the exit paired with the enter, the cookie taken
 *   from the enter call) before the leaking return, adding braces when the return is the
 *   body of an unbraced if.
 */
#ifndef BS_FIX_CMD_H
#define BS_FIX_CMD_H

#include <stdio.h>

#include <json-c/json.h>

#include "config.h"
#include "facts.h"

struct bs_fixer;

struct bs_fixer *bs_fixer_new(const struct bs_config *cfg);
/* Plans the edits for @records (json_output.h) found in an analysis of @tu. */
void bs_fixer_add(struct bs_fixer *fx, const struct bs_tu *tu, struct json_object *records);
/*
 * Prints the diff, all of it or nothing; @left gets the number of findings left without a
 * fix (each said why). -1 when the patch could not be made (no diff, a scratch file that
 * cannot be written, diff failing), said on stderr; then nothing is printed.
 */
int bs_fixer_print(struct bs_fixer *fx, FILE *out, unsigned *left);
void bs_fixer_free(struct bs_fixer *fx);

#endif
