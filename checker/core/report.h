/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Findings and the handler interface. The analysis never prints: it hands each finding to
 * a handler, and each front end (clang diagnostics, text, later JSON/SARIF) implements one.
 */
#ifndef BS_REPORT_H
#define BS_REPORT_H

#include "facts.h"

#ifdef __cplusplus
extern "C" {
#endif

struct bs_config;

struct bs_note {
	struct bs_loc loc;
	char *msg;
};

struct bs_finding {
	const char *rule;	/* "unguarded-access", ...: the tag is "boundscope-<rule>" */
	const char *func;	/* the function the finding is reported in, NULL if none */
	int unit;		/* the unit that function was lowered in, -1 if none */
	struct bs_loc loc;
	char *msg;
	BS_VEC(struct bs_note) notes;
	char fingerprint[24];	/* stable identity (fingerprint.h), set before hand-out */
	char *suppressed;	/* reason of the inline suppression that silenced it, or NULL */
};

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

/* func: index into tu->funcs of the function it is reported in, -1 if none. */
struct bs_finding *bs_report_add(struct bs_report *r, const char *rule, int func,
				  struct bs_loc loc, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
void bs_finding_note(struct bs_finding *f, struct bs_loc loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Puts the findings in source order (file, line, column, rule); emit does it too. */
void bs_report_sort(struct bs_report *r);
void bs_report_emit(struct bs_report *r, const struct bs_handler *h);
void bs_finding_free(struct bs_finding *f);
void bs_report_free(struct bs_report *r);

#ifdef __cplusplus
}
#endif

#endif
