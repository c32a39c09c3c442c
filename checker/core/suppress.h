/* SPDX-License-Identifier: GPL-2.0 */
/*
 * suppress: inline suppression comments, applied to the findings of one analysis before they
 * are handed out, so that every front end (clang diagnostics, text, JSON, SARIF) sees the same.
 *
 *   x = readl(p);	// boundscope: ignore unguarded-access: <reason>
 *
 * or the same text in a block comment, on the finding's line or the line before.
 *
 * A suppression names one rule (with or without the "boundscope-" prefix) and applies to
 * findings of that rule on its own line or the next one. It must give a reason after a colon;
 * one without a reason does not take effect. A suppression without a reason, one naming an
 * unknown rule, and one that matches no finding are reported as findings of the rule
 * "suppression" (unless that pseudo-rule is disabled); one of a disabled rule matches
 * nothing and is not reported for it. Rules flagged BS_RULE_NO_SUPPRESS in the registry
 * (rules.h) cannot be suppressed: "unanalysed" (a gate must never pass on code nobody
 * analysed) and "suppression".
 */
#ifndef BS_SUPPRESS_H
#define BS_SUPPRESS_H

#include "report.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Outputs that list suppressed findings too (SARIF) wrap their two callbacks with
 * bs_listing_handler(); any other handler never sees a suppressed finding. (A wrapper rather
 * than a third member of struct bs_handler, so that every existing handler stays as it is.)
 */
struct bs_listing {
	void *ctx;
	void (*finding)(void *ctx, const struct bs_finding *f);
	void (*suppressed)(void *ctx, const struct bs_finding *f);
};

struct bs_handler bs_listing_handler(struct bs_listing *l);

/*
 * Reads the source files of the units and of the findings, marks and removes suppressed
 * findings (handing them to a listing handler's
 * suppressed callback), adds the "suppression" findings, sorts
 * the report and fingerprints it. Files that cannot be read are left alone (their
 * findings stay reported). Called by bs_analyze() just before the report is emitted.
 */
void bs_suppress_apply(struct bs_report *r, const struct bs_handler *h);

#ifdef __cplusplus
}
#endif

#endif
