/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The one entry point of the analysis: facts of a translation unit in, findings out through
 * a handler. Front ends (the plugin, later the command's whole-driver mode) call only this,
 * the facts builder and the configuration loader.
 */
#ifndef BS_ANALYSIS_H
#define BS_ANALYSIS_H

#include "callgraph.h"
#include "config.h"
#include "context.h"
#include "facts.h"
#include "report.h"
#include "summary.h"
#include "teardown.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Everything the rules may look at. */
struct bs_analysis {
	const struct bs_tu *tu;
	const struct bs_config *cfg;
	struct bs_instances inst;	/* table stores and per-instance copies of functions */
	struct bs_callgraph cg;
	struct bs_summary *sums;	/* per tu->funcs index */
	struct bs_entry *entries;	/* per tu->funcs index */
	struct bs_teardown teardown;
	int no_unplug;			/* no-unplug fired: per-site findings stand down */
	struct bs_report report;
};

struct bs_result {
	unsigned findings;
	unsigned unanalysed;
};

/* Binds tu to cfg (bind.h) and analyses it. dump, if not NULL, receives the facts and
 * classifications (--dump-facts). */
void bs_analyze(struct bs_tu *tu, const struct bs_config *cfg, const struct bs_handler *h,
		FILE *dump, struct bs_result *res);

struct bs_stats;
/* The same, also counting what was checked into *stats (stats.h; bs_stats_free it). */
void bs_analyze_stats(struct bs_tu *tu, const struct bs_config *cfg, const struct bs_handler *h,
		      FILE *dump, struct bs_result *res, struct bs_stats *stats);

/* Helpers shared by the rules. */
const char *bs_name(const struct bs_analysis *a, bs_sym sym);
const struct bs_event *bs_event_at(const struct bs_analysis *a, unsigned func, int event);
/* An event reached with no guard held that accesses MMIO or calls code that does. */
int bs_unguarded_mmio_site(const struct bs_analysis *a, unsigned func, unsigned event);
/* The witness of a chain as typed steps (notes); sets the finding's site function. */
void bs_note_chain(const struct bs_analysis *a, struct bs_finding *f, unsigned func, int event,
		   size_t chain_off);
/* The final event of the chain (unplug, enter) that starts at event ei of function fi. */
const struct bs_event *bs_chain_end(const struct bs_analysis *a, unsigned fi, int ei,
				    size_t chain_off);

void bs_dump(const struct bs_analysis *a, FILE *out);

#ifdef __cplusplus
}
#endif

#endif
