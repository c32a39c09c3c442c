// SPDX-License-Identifier: GPL-2.0
#include "analysis.h"
#include "bind.h"
#include "handles.h"
#include "rules.h"
#include "stats.h"
#include "suppress.h"

const char *bs_name(const struct bs_analysis *a, bs_sym sym)
{
	return bs_str(a->tu->strs, sym);
}

const struct bs_event *bs_event_at(const struct bs_analysis *a, unsigned func, int event)
{
	return &a->tu->funcs.v[func]->events.v[event];
}

int bs_unguarded_mmio_site(const struct bs_analysis *a, unsigned func, unsigned event)
{
	const struct bs_func *f = a->tu->funcs.v[func];
	const struct bs_event *ev = &f->events.v[event];
	const struct bs_event_state *st = &a->sums[func].flow.ev[event];

	if (!st->reached || !st->unguarded)
		return 0;
	struct bs_demand_step step;

	return bs_event_is_mmio(ev) ||
	       (ev->kind == BS_EV_CALL &&
		bs_demand_step(&a->cg, a->sums, func, event, BS_NO_CTX, &step) >= 0);
}

/* The note for one hop of a chain: how event ei of function fi reaches function next. */
static void note_hop(const struct bs_analysis *a, struct bs_finding *f, unsigned fi, unsigned ei,
		     unsigned next)
{
	const struct bs_func *fn = a->tu->funcs.v[fi];
	const struct bs_event *ev = &fn->events.v[ei];
	const char *fname = bs_name(a, fn->name), *tname = bs_name(a, a->tu->funcs.v[next]->name);
	char var[256];

	switch (bs_callgraph_edge(&a->cg, fi, ei, next)) {
	case BS_EDGE_PASS:
		bs_finding_note(f, ev->loc, BS_MSG_STEP_PASS,
				BS_ARGS(BS_FUNC(fname), BS_FUNC(tname), BS_API(bs_name(a, ev->callee))));
		return;
	case BS_EDGE_DISPATCH: {
		bs_sym rec, field;

		bs_callgraph_dispatch_field(&a->cg, fi, ei, next, &rec, &field);
		snprintf(var, sizeof(var), "%s.%s", bs_name(a, rec), bs_name(a, field));
		bs_finding_note(f, ev->loc, BS_MSG_STEP_DISPATCH,
				BS_ARGS(BS_FUNC(fname), BS_API(bs_name(a, ev->callee)), BS_FUNC(tname),
					BS_VAR(var)));
		return;
	}
	case BS_EDGE_POINTER:
		/* the atom is "name#id": the name is what the driver wrote */
		snprintf(var, sizeof(var), "%s", bs_name(a, ev->ind_var));
		var[strcspn(var, "#")] = 0;
		bs_finding_note(f, ev->loc, BS_MSG_STEP_POINTER_CALL,
				BS_ARGS(BS_FUNC(fname), BS_FUNC(tname), BS_VAR(var)));
		return;
	default:
		bs_finding_note(f, ev->loc, BS_MSG_STEP_CALL, BS_ARGS(BS_FUNC(fname), BS_FUNC(tname)));
	}
}

/* The event of function fi that continues a demand chain under ctx (the shortest). */
static int ctx_event(const struct bs_analysis *a, unsigned fi, struct bs_param_ctx ctx)
{
	const struct bs_func *f = a->tu->funcs.v[fi];
	int best = -1, depth = 0;

	if (ctx.param < 0)
		return a->sums[fi].demand.event;
	for (unsigned ei = 0; ei < f->events.n; ei++) {
		const struct bs_event_state *st = &a->sums[fi].flow.ev[ei];
		struct bs_demand_step step;

		if (st->reached && st->unguarded && f->events.v[ei].kind == BS_EV_CALL &&
		    bs_demand_step(&a->cg, a->sums, fi, ei, ctx, &step) >= 0 &&
		    (best < 0 || step.depth < depth)) {
			best = ei;
			depth = step.depth;
		}
	}
	return best;
}

/* The access at the end of a demand chain. */
static void note_access(const struct bs_analysis *a, struct bs_finding *f, unsigned func,
			const struct bs_event *ev)
{
	const char *fname = bs_name(a, a->tu->funcs.v[func]->name);

	bs_finding_site(f, fname);
	if (ev->macro)
		bs_finding_note(f, ev->loc, BS_MSG_STEP_ACCESS_MACRO,
				BS_ARGS(BS_FUNC(fname), BS_ACCESSOR(bs_name(a, ev->callee)),
					BS_MACRO(bs_name(a, ev->macro))));
	else
		bs_finding_note(f, ev->loc, BS_MSG_STEP_ACCESS,
				BS_ARGS(BS_FUNC(fname), BS_ACCESSOR(bs_name(a, ev->callee))));
}

/*
 * Notes that walk a chain (demand or unplug) from an event in func down to its final event:
 * "'f' calls 'g' here" per call, then the access itself for a demand chain. A demand chain
 * follows what each call passes: through a helper that calls its parameter, it goes on to
 * the function that call site passed.
 */
void bs_note_chain(const struct bs_analysis *a, struct bs_finding *f, unsigned func, int event,
		   size_t chain_off)
{
	const int demand = chain_off == offsetof(struct bs_summary, demand);
	struct bs_param_ctx ctx = BS_NO_CTX;

	for (unsigned steps = 0; steps <= a->tu->funcs.n && event >= 0; steps++) {
		const struct bs_func *fn = a->tu->funcs.v[func];
		const struct bs_event *ev = &fn->events.v[event];
		struct bs_demand_step step;
		int next;

		if (ev->kind == BS_EV_ACCESS) {
			note_access(a, f, func, ev);
			return;
		}
		if (demand) {
			next = bs_demand_step(&a->cg, a->sums, func, event, ctx, &step);
			ctx = step.ctx;
		} else {
			next = bs_best_target(&a->cg, a->sums, func, event, chain_off);
		}
		if (next < 0) {	/* the final call of an unplug or guard chain */
			const char *caller = bs_name(a, fn->name), *callee = bs_name(a, ev->callee);

			bs_finding_site(f, caller);
			if (chain_off == offsetof(struct bs_summary, unplug))
				bs_finding_note(f, ev->loc, BS_MSG_STEP_UNPLUG_CALL,
						BS_ARGS(BS_FUNC(caller), BS_UNPLUG(callee)));
			else if (chain_off == offsetof(struct bs_summary, enter))
				bs_finding_note(f, ev->loc, BS_MSG_STEP_GUARD_CALL,
						BS_ARGS(BS_FUNC(caller), BS_GUARD(callee)));
			else
				bs_finding_note(f, ev->loc, BS_MSG_STEP_CALL,
						BS_ARGS(BS_FUNC(caller), BS_FUNC(callee)));
			return;
		}
		note_hop(a, f, func, event, next);
		func = next;
		event = demand ? ctx_event(a, next, ctx) :
			bs_chain_of(&a->sums[next], chain_off)->event;
	}
}

const struct bs_event *bs_chain_end(const struct bs_analysis *a, unsigned fi, int ei,
				    size_t chain_off)
{
	for (unsigned steps = 0; steps <= a->tu->funcs.n; steps++) {
		int next = bs_best_target(&a->cg, a->sums, fi, ei, chain_off);

		if (next < 0)
			return bs_event_at(a, fi, ei);
		fi = next;
		ei = bs_chain_of(&a->sums[next], chain_off)->event;
	}
	return bs_event_at(a, fi, ei);
}

struct count_handler {
	const struct bs_handler *inner;
	struct bs_result *res;
};

static void count_finding(void *ctx, const struct bs_finding *f)
{
	struct count_handler *c = ctx;

	if (bs_rule_has(f->rule, BS_RULE_FAILURE))
		c->res->unanalysed++;
	else
		c->res->findings++;
	c->inner->finding(c->inner->ctx, f);
}

static void report_unanalysed(struct bs_analysis *a)
{
	for (unsigned fi = 0; fi < a->tu->funcs.n; fi++) {
		const struct bs_func *f = a->tu->funcs.v[fi];

		if (a->sums[fi].analysed || f->leaf || f->clone_of)
			continue;
		bs_report_add(&a->report, BS_RULE_ID(unanalysed), fi, f->loc, BS_MSG_UNANALYSED,
			      BS_ARGS(BS_FUNC(bs_name(a, f->name)),
				      BS_REASON(f->unanalysed ? bs_name(a, f->unanalysed) :
						f->bind_error ? f->bind_error :
						a->sums[fi].flow.why)));
	}
}

void bs_analyze(struct bs_tu *tu, const struct bs_config *cfg, const struct bs_handler *h,
		FILE *dump, struct bs_result *res)
{
	bs_analyze_stats(tu, cfg, h, dump, res, NULL);
}

void bs_analyze_stats(struct bs_tu *tu, const struct bs_config *cfg, const struct bs_handler *h,
		      FILE *dump, struct bs_result *res, struct bs_stats *stats)
{
	struct bs_analysis a = { .tu = tu, .cfg = cfg, .report = { .tu = tu, .cfg = cfg } };
	struct count_handler ch = { h, res };
	struct bs_handler counting = { &ch, count_finding };

	memset(res, 0, sizeof(*res));
	bs_bind(tu, cfg);
	bs_instances_build(&a.inst, tu);
	bs_callgraph_build(&a.cg, tu, cfg, &a.inst);
	bs_bind_handles(tu, cfg, &a.cg);
	bs_derive_registrations(tu, cfg, &a.cg);
	a.sums = bs_xcalloc(tu->funcs.n, sizeof(*a.sums));
	a.entries = bs_xcalloc(tu->funcs.n, sizeof(*a.entries));
	bs_classify_entries(tu, cfg, &a.cg, a.entries);
	bs_summarize(tu, cfg, &a.cg, a.sums);
	bs_teardown(&a);
	report_unanalysed(&a);
#define BS_RUN_RULE(fn, id, scope, level, flags, summary)			\
	if (bs_rule_on(cfg, BS_RULE_##fn))					\
		bs_rule_##fn(&a);
	BS_RULES(BS_RUN_RULE)
#undef BS_RUN_RULE
	if (dump)
		bs_dump(&a, dump);
	bs_suppress_apply(&a.report, h);
	if (stats)
		bs_stats_count(&a, stats);	/* the findings as the handler gets them */
	bs_report_emit(&a.report, &counting);
	bs_report_free(&a.report);
	bs_teardown_free(&a.teardown);
	bs_summaries_free(tu, a.sums);
	free(a.sums);
	free(a.entries);
	bs_callgraph_free(&a.cg);
	bs_instances_undo(&a.inst, tu);
}
