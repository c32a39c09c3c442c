/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Fixes: a finding plus the fix anchors its function carries (facts.h, found by the front end
 * in the AST) become typed edits of the source bytes, or a reason why no fix can be made.
 *
 * - unguarded-access: the entry function takes the unbind guard. Its cookie is declared first
 *   in the body; after the declarations (and after the local the device is reached through)
 *       if (!<enter>(<device>, &<cookie>))
 *               return <the early return for the function's return type>;
 *   and <exit>(<cookie>); before every later return and at a reachable end of the body. The
 *   guard's names and the early returns are configuration (guards.json), never code.
 * - guard-leak: the missing <exit>(<cookie>) at the leaking return (or the end), the cookie
 *   the one the enter took.
 * A return that is the body of a braceless if/else/loop gets braces around the exit and itself.
 * A return whose value calls a function keeps the call inside the guard:
 *       <retvar> = <value>;
 *       <exit>(<cookie>);
 *       return <retvar>;
 * with <retvar> the body's own 'ret' of the return type, or one the fix declares.
 * Where no fix can be made, why is a "fix.*" message (messages.h), never words of its own.
 */
#ifndef BS_FIXES_H
#define BS_FIXES_H

#include "facts.h"
#include "messages.h"

#ifdef __cplusplus
extern "C" {
#endif

struct bs_config;
struct bs_finding;

/* Replace length bytes at offset with text (length 0: an insertion). */
struct bs_edit {
	int64_t offset, length;
	int order;		/* among edits at one offset, the lower first */
	char *text;
};

/*
 * The order a patch applies edits in: by offset, then order, then length and text (so equal
 * edits sort together and a merge can drop duplicates). bs_fix_plan() returns its edits in it.
 */
int bs_edit_cmp(const void *a, const void *b);

struct bs_fix {
	char *file;		/* the file the edits apply to, as the facts name it */
	BS_VEC(struct bs_edit) edits;	/* in bs_edit_cmp order */
	char *why;		/* no fix can be made: why (edits is empty), else NULL; the words
				   of why_kind (a "fix.*" kind, messages.h) */
	enum bs_msg why_kind;
};

/*
 * The fix for finding fd, reported in function func (index into tu->funcs); NULL when its
 * rule offers no fix at all (rules.h, BS_RULE_FIX).
 */
struct bs_fix *bs_fix_plan(const struct bs_tu *tu, const struct bs_config *cfg,
			   const struct bs_finding *fd, int func);
void bs_fix_free(struct bs_fix *fix);

#ifdef __cplusplus
}
#endif

#endif
