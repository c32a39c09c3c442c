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
#include <stdint.h>

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
	int dispatch_bound;	/* the core runs it only while the device is bound (a stopped
				   vblank hook, a fence callback after a fence kill): its dispatch
				   edge, or a kernel header's call through a field, demands nothing;
				   the driver's own call still does */
	/* bit k: demands bound scope when the function passed as parameter k does (it calls
	 * that parameter, or hands it on, with no guard held) */
	uint64_t param_demand;
};

/* In a function being walked: parameter param holds function func (param -1: no context). */
struct bs_param_ctx {
	int param, func;
};

#define BS_NO_CTX ((struct bs_param_ctx){ -1, -1 })

/* How an event makes its function demand bound scope. */
struct bs_demand_step {
	int next;		/* the function the chain continues in, -1 if it does not demand */
	int depth;		/* calls from there down to the access */
	struct bs_param_ctx ctx;	/* the context to continue with in next */
};

/* Is the event an MMIO access by the accessor table and the address' origin? */
int bs_event_is_mmio(const struct bs_event *ev);

/*
 * Does the guard taken by enter event ei of f protect anything: on some path, a call other
 * than a guard exit, or an access, while that guard is held? drm_dev_is_unplugged() takes
 * the guard only to test it and drops it at once: it protects nothing.
 */
int bs_guard_protects(const struct bs_tu *tu, const struct bs_config *cfg, const struct bs_func *f,
		      const struct bs_summary *s, unsigned ei);

/* The chain at offset chain_off (offsetof(struct bs_summary, demand or unplug)). */
const struct bs_chain *bs_chain_of(const struct bs_summary *s, size_t chain_off);

/*
 * Does call event ei of function fi demand bound scope, given ctx? Its targets that demand
 * on their own, and those that demand for a function the event passes them (a parameter
 * they call), count; a call through fi's own parameter counts only for the function ctx says
 * it holds. The shortest such step, in *out; returns out->next.
 */
int bs_demand_step(const struct bs_callgraph *cg, const struct bs_summary *sums, unsigned fi,
		   unsigned ei, struct bs_param_ctx ctx, struct bs_demand_step *out);

/* Does the edge of call event ei of fi to target stay unused after unbind: the core - its
 * dispatch, or a kernel header's body calling through a struct field - runs target only while
 * the device is bound (dispatch_bound), or its dispatch runs it there only behind a check
 * closed after unbind (bs_callgraph_behind_check)? */
int bs_dispatch_bound(const struct bs_callgraph *cg, const struct bs_summary *sums, unsigned fi,
		      unsigned ei, enum bs_edge edge, unsigned target);

/* The target of a call event with the shortest chain, or -1 if none has the property. */
int bs_best_target(const struct bs_callgraph *cg, const struct bs_summary *sums, unsigned fi,
		   unsigned ei, size_t chain_off);

void bs_summarize(const struct bs_tu *tu, const struct bs_config *cfg,
		  const struct bs_callgraph *cg, struct bs_summary *sums);
/* Computes the demand chains again, after the teardown model set dispatch_bound. */
void bs_summarize_demand(const struct bs_tu *tu, const struct bs_config *cfg,
			 const struct bs_callgraph *cg, struct bs_summary *sums);
void bs_summaries_free(const struct bs_tu *tu, struct bs_summary *sums);

#endif
