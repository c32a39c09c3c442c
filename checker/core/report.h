/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Findings and the handler interface. The analysis never prints and never writes words: it
 * reports typed findings (a rule, a kind of what happened, the functions and names involved,
 * the witness as typed steps with locations) and hands each to a handler; each front end
 * (clang diagnostics, text, tsv, JSON, SARIF) implements one. The words come from one table,
 * messages.c, when the report is finished (bs_report_finish).
 */
#ifndef BS_REPORT_H
#define BS_REPORT_H

#include "facts.h"
#include "messages.h"

#ifdef __cplusplus
extern "C" {
#endif

struct bs_config;
struct bs_fix;

/* One step of the witness: a call, a pointer-call hop, a registration, a queue, ... */
struct bs_note {
	struct bs_loc loc;
	struct bs_message m;
	char *msg;		/* its words (messages.c), set by bs_report_finish */
};

struct bs_finding {
	const char *rule;	/* "unguarded-access", ...: the tag is "boundscope-<rule>" */
	const char *func;	/* the entry: the function it is reported in, NULL if none */
	const char *site;	/* the function at the end of the witness (the access, the
				 * unplug, the guard); func when the witness has no chain */
	int unit;		/* the unit that function was lowered in, -1 if none */
	struct bs_loc loc;
	struct bs_message m;	/* what happened: the kind and the names involved */
	char *msg;		/* its words (messages.c), set by bs_report_finish */
	BS_VEC(struct bs_note) notes;
	char fingerprint[24];	/* stable identity from the structure (fingerprint.h) */
	char legacy_fingerprint[24];	/* the version 1 fingerprint, from the words */
	char *suppressed;	/* reason of the inline suppression that silenced it, or NULL */
	int func_index;		/* index into tu->funcs of func, -1 if none */
	unsigned reaches_unplug : 1;	/* func reaches the unplug: a guard around it deadlocks */
	struct bs_fix *fix;	/* its edits, or why it has none (fixes.h); NULL: the rule
				   offers no fix (set by bs_report_finish) */
};

/*
 * Argument lists: BS_ARGS(BS_FUNC(name), BS_GUARD(enter)), or BS_NOARGS.
 * The strings are copied.
 */
#define BS_ARGS(...)		((const struct bs_msg_arg[]){ __VA_ARGS__, { BS_ROLE_END, NULL } })
#define BS_NOARGS		((const struct bs_msg_arg *)NULL)
#define BS_FUNC(s)		{ BS_ROLE_FUNC, (s) }
#define BS_API(s)		{ BS_ROLE_API, (s) }
#define BS_ACCESSOR(s)		{ BS_ROLE_ACCESSOR, (s) }
#define BS_MACRO(s)		{ BS_ROLE_MACRO, (s) }
#define BS_VAR(s)		{ BS_ROLE_VAR, (s) }
#define BS_GUARD(s)		{ BS_ROLE_GUARD, (s) }
#define BS_UNPLUG(s)		{ BS_ROLE_UNPLUG, (s) }
#define BS_CONTEXT(s)		{ BS_ROLE_CONTEXT, (s) }
#define BS_COUNT(s)		{ BS_ROLE_COUNT, (s) }
#define BS_REASON(s)		{ BS_ROLE_REASON, (s) }
#define BS_RULE(s)		{ BS_ROLE_RULE, (s) }
#define BS_TEXT(s)		{ BS_ROLE_TEXT, (s) }

struct bs_handler {
	void *ctx;
	void (*finding)(void *ctx, const struct bs_finding *f);
};

/* Findings are collected, then handed out in source order so output is deterministic. */
struct bs_report {
	const struct bs_tu *tu;
	const struct bs_config *cfg;	/* the rule switches (rules.h); NULL: the levels */
	BS_VEC(struct bs_finding *) findings;
};

/*
 * func: index into tu->funcs of the function it is reported in, -1 if none. NULL when the
 * rule already reported this location (f may be NULL in the calls below).
 */
struct bs_finding *bs_report_add(struct bs_report *r, const char *rule, int func,
				  struct bs_loc loc, enum bs_msg kind, const struct bs_msg_arg *args);
void bs_finding_note(struct bs_finding *f, struct bs_loc loc, enum bs_msg kind,
		     const struct bs_msg_arg *args);
/* The function the witness ends in (the default is the entry). */
void bs_finding_site(struct bs_finding *f, const char *func);
/* Puts the findings in source order (file, line, column, rule); emit does it too. */
void bs_report_sort(struct bs_report *r);
/* Sorts, renders the words, computes the fingerprints and plans the fixes (with a
 * configuration); emit does it if not done. */
void bs_report_finish(struct bs_report *r);
void bs_report_emit(struct bs_report *r, const struct bs_handler *h);
void bs_finding_free(struct bs_finding *f);
void bs_report_free(struct bs_report *r);

#ifdef __cplusplus
}
#endif

#endif
