/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Function summaries: the flow result of each function, whether it demands bound scope
 * (reaches MMIO with no guard of its own), whether it may reach an unplug, and for each the
 * event that continues the shortest witness chain. Computed to a fixpoint over the call graph.
 */
#ifndef BS_SUMMARY_H
#define BS_SUMMARY_H

#include "callgraph.h"
#include "flow.h"

#include <stddef.h>

struct bs_chain {
	int reaches;		/* the property holds */
	int depth;		/* calls down to the final event */
	int event;		/* event in this function that continues the chain */
	int next;		/* function called there, -1 at the final event */
};

struct bs_summary {
	int analysed;
	struct bs_flow flow;
	struct bs_chain demand;	/* unguarded MMIO */
	struct bs_chain unplug;	/* an unplug call, guarded or not */
	struct bs_chain enter;	/* a guard enter (drm_dev_enter), on any path */
	int no_demand;		/* declared part of the unbind path: demands nothing */
};

/* Is the event an MMIO access by the accessor table and the address' origin? */
int bs_event_is_mmio(const struct bs_event *ev);

/* The chain at offset chain_off (offsetof(struct bs_summary, demand or unplug)). */
const struct bs_chain *bs_chain_of(const struct bs_summary *s, size_t chain_off);

/* The target of a call event with the shortest chain, or -1 if none has the property. */
int bs_best_target(const struct bs_callgraph *cg, const struct bs_summary *sums, unsigned fi,
		   unsigned ei, size_t chain_off);

void bs_summarize(const struct bs_tu *tu, const struct bs_config *cfg,
		  const struct bs_callgraph *cg, struct bs_summary *sums);
void bs_summaries_free(const struct bs_tu *tu, struct bs_summary *sums);

#endif
