/* SPDX-License-Identifier: GPL-2.0 */
/*
 * stats: how much of the analysed code was really checked, counted per unit from the state
 * of one analysis: functions analysed and not (and why), calls through pointers and what
 * they resolve to, entry points, findings. It also checks the promise that every function
 * left unanalysed is reported: a function that is not analysed with no `unanalysed` finding
 * among those the handler gets is counted as silent, so the count proves the promise on each
 * run instead of assuming it. Printing is the command's (cli/stats_output.h).
 */
#ifndef BS_STATS_H
#define BS_STATS_H

#include "config.h"
#include "flow.h"
#include "rules.h"

#ifdef __cplusplus
extern "C" {
#endif

struct bs_analysis;

/* Why a function was not analysed. */
enum bs_why_unanalysed {
	BS_WHY_FRONT_END,	/* the front end could not lower it */
	BS_WHY_BIND,		/* the configuration cannot apply to it (a bind error) */
	BS_WHY_FLOW,		/* the flow analysis reached a limit (bs_unit_stats.limit) */
	BS_WHY_KINDS
};

#define BS_COUNT_RULE(fn, id, scope, level, flags, summary) + 1
/* The rules, then the "suppression" pseudo-rule (a bad suppression comment). */
enum { BS_STATS_RULES = 0 BS_RULES(BS_COUNT_RULE) + 1 };
#undef BS_COUNT_RULE

struct bs_unit_stats {
	unsigned functions;		/* lowered, leaves not counted: analysed + unanalysed */
	unsigned driver;		/* of them defined in the driver's files, not headers */
	unsigned analysed;
	unsigned path_blind;		/* of them, guard-free and analysed without tracing
					   branches: the worlds reached a limit (flow.h) */
	unsigned unanalysed[BS_WHY_KINDS];
	unsigned limit[BS_LIMIT_KINDS];	/* BS_WHY_FLOW by limit ([0]: none said) */
	unsigned leaves;		/* accessors, guard primitives: not analysed, by design */
	unsigned ptr_calls;		/* calls through a pointer: ... */
	unsigned ptr_resolved, ptr_outside, ptr_unresolved;	/* ... by bs_pointer_call */
	unsigned entries[BS_CTX_AFTER_UNBIND + 1];	/* entry points by context */
	unsigned findings[BS_STATS_RULES];		/* reported (not suppressed), by rule */
	unsigned silent;		/* not analysed, and no finding says so */
	unsigned silent_limits;		/* of them, by a flow limit */
};

struct bs_stats {
	unsigned nunits;
	struct bs_unit_stats *units;	/* per tu->units index */
	struct bs_unit_stats total;
	char first_silent[256];		/* "function (reason)" of the first silent one */
};

/* The id of rule index k of bs_unit_stats.findings. */
const char *bs_stats_rule(unsigned k);

/* Functions not analysed, for whatever reason. */
unsigned bs_stats_unanalysed(const struct bs_unit_stats *s);

/* Limits hit, of every kind. */
unsigned bs_stats_limits(const struct bs_unit_stats *s);

/* Adds the counts of from to to. */
void bs_stats_add(struct bs_unit_stats *to, const struct bs_unit_stats *from);

/* Counts a finished analysis whose findings are in a->report, as the handler will get them. */
void bs_stats_count(const struct bs_analysis *a, struct bs_stats *out);
void bs_stats_free(struct bs_stats *s);

#ifdef __cplusplus
}
#endif

#endif
