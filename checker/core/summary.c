// SPDX-License-Identifier: GPL-2.0
#include "summary.h"

int bs_event_is_mmio(const struct bs_event *ev)
{
	return ev->kind == BS_EV_ACCESS && ev->origin != BS_ORIGIN_PLAIN;
}

const struct bs_chain *bs_chain_of(const struct bs_summary *s, size_t chain_off)
{
	return (const struct bs_chain *)((const char *)s + chain_off);
}

int bs_dispatch_bound(const struct bs_callgraph *cg, const struct bs_summary *sums, unsigned fi,
		      unsigned ei, enum bs_edge edge, unsigned target)
{
	if (edge == BS_EDGE_DISPATCH)
		return sums[target].dispatch_bound || bs_callgraph_behind_check(cg, fi, ei, target);
	/* a header's body cannot name a driver function: its call is through a field */
	return edge == BS_EDGE_CALL && !cg->tu->funcs.v[fi]->is_driver && sums[target].dispatch_bound;
}

struct best_target {
	const struct bs_summary *sums;
	size_t chain_off;	/* which chain of the summary to follow */
	int func, depth;
};

static void pick_target(unsigned func, enum bs_edge edge, void *arg)
{
	struct best_target *b = arg;

	(void)edge;
	const struct bs_chain *ch = bs_chain_of(&b->sums[func], b->chain_off);

	if (ch->reaches && (b->func < 0 || ch->depth < b->depth)) {
		b->func = func;
		b->depth = ch->depth;
	}
}

int bs_best_target(const struct bs_callgraph *cg, const struct bs_summary *sums, unsigned fi,
		   unsigned ei, size_t chain_off)
{
	struct best_target b = { sums, chain_off, -1, 0 };

	bs_callgraph_targets(cg, fi, ei, pick_target, &b);
	return b.func;
}

struct arg_search {
	const struct bs_summary *sums;
	int best, depth;
};

static void demanding_func(unsigned func, void *arg)
{
	struct arg_search *s = arg;
	const struct bs_chain *d = &s->sums[func].demand;

	if (d->reaches && (s->best < 0 || d->depth < s->depth)) {
		s->best = func;
		s->depth = d->depth;
	}
}

/* The demanding function argument i of the event passes, with ctx; -1 if none. */
static int demanding_arg(const struct bs_callgraph *cg, const struct bs_summary *sums,
			 unsigned fi, const struct bs_event *ev, unsigned i, struct bs_param_ctx ctx)
{
	const struct bs_func *f = cg->tu->funcs.v[fi];
	const struct bs_arg *x = bs_event_arg(f, ev, i);
	struct arg_search s = { sums, -1, 0 };

	if (!x)
		return -1;
	if (ctx.param >= 0 && x->atom && bs_callgraph_param_of(cg, fi, x->atom) == ctx.param)
		demanding_func(ctx.func, &s);
	bs_callgraph_own_funcs(cg, fi, x->atom, x->func, x->obj, x->fnptr, demanding_func, &s);
	return s.best;
}

struct step_search {
	const struct bs_callgraph *cg;
	const struct bs_summary *sums;
	unsigned fi, ei;
	const struct bs_event *ev;
	struct bs_param_ctx ctx;
	struct bs_demand_step best;
};

static void consider(struct step_search *s, int next, int depth, struct bs_param_ctx ctx)
{
	if (s->best.next < 0 || depth < s->best.depth)
		s->best = (struct bs_demand_step){ next, depth, ctx };
}

static void step_target(unsigned t, enum bs_edge edge, void *arg)
{
	struct step_search *s = arg;
	const struct bs_summary *st = &s->sums[t];

	if (edge == BS_EDGE_POINTER) {
		int k = bs_callgraph_param_of(s->cg, s->fi, s->ev->ind_var);
		struct arg_search own = { s->sums, -1, 0 };

		/* through a parameter: the caller's context says what it holds */
		if (k >= 0) {
			if (k == s->ctx.param && (int)t == s->ctx.func && st->demand.reaches)
				consider(s, t, st->demand.depth, BS_NO_CTX);
			return;
		}
		bs_callgraph_own_funcs(s->cg, s->fi, s->ev->ind_var, 0, 0, 1, demanding_func, &own);
		if (own.best == (int)t)
			consider(s, t, st->demand.depth, BS_NO_CTX);
		return;
	}
	if (bs_dispatch_bound(s->cg, s->sums, s->fi, s->ei, edge, t))
		return;	/* the core runs it only while bound */
	if (st->demand.reaches) {
		consider(s, t, st->demand.depth, BS_NO_CTX);
		return;
	}
	if (edge == BS_EDGE_DISPATCH)
		return;	/* the core calls it with its own arguments, not the event's */
	for (unsigned k = 0; k < 64 && (st->param_demand >> k); k++) {
		int g;

		if (!(st->param_demand >> k & 1) ||
		    (g = demanding_arg(s->cg, s->sums, s->fi, s->ev, k, s->ctx)) < 0)
			continue;
		consider(s, t, s->sums[g].demand.depth + 1, (struct bs_param_ctx){ k, g });
	}
}

int bs_demand_step(const struct bs_callgraph *cg, const struct bs_summary *sums, unsigned fi,
		   unsigned ei, struct bs_param_ctx ctx, struct bs_demand_step *out)
{
	struct step_search s = { cg, sums, fi, ei, &cg->tu->funcs.v[fi]->events.v[ei], ctx,
				 { -1, 0, BS_NO_CTX } };

	bs_callgraph_targets(cg, fi, ei, step_target, &s);
	*out = s.best;
	return out->next;
}

struct param_search {
	const struct bs_callgraph *cg;
	const struct bs_summary *sums;
	unsigned fi;
	const struct bs_event *ev;
	uint64_t bits;
};

/* A target that demands for what its parameter k holds, given fi's own parameter j. */
static void hands_on(unsigned t, enum bs_edge edge, void *arg)
{
	struct param_search *p = arg;
	uint64_t pd = p->sums[t].param_demand;

	if (edge == BS_EDGE_POINTER || edge == BS_EDGE_DISPATCH)
		return;
	for (unsigned k = 0; k < 64 && (pd >> k); k++) {
		const struct bs_arg *x = bs_event_arg(p->cg->tu->funcs.v[p->fi], p->ev, k);
		int j;

		if ((pd >> k & 1) && x && x->atom &&
		    (j = bs_callgraph_param_of(p->cg, p->fi, x->atom)) >= 0 && j < 64)
			p->bits |= UINT64_C(1) << j;
	}
}

/* Which of fi's parameters it calls, or hands to a callee that calls it, unguarded. */
static uint64_t param_demand(const struct bs_callgraph *cg, const struct bs_summary *sums,
			     unsigned fi, unsigned ei)
{
	const struct bs_event *ev = &cg->tu->funcs.v[fi]->events.v[ei];
	struct param_search p = { cg, sums, fi, ev, 0 };
	int k;

	if ((ev->via == BS_VIA_PARAM || ev->via == BS_VIA_LOCAL) &&
	    (k = bs_callgraph_param_of(cg, fi, ev->ind_var)) >= 0 && k < 64)
		p.bits |= UINT64_C(1) << k;
	bs_callgraph_targets(cg, fi, ei, hands_on, &p);
	return p.bits;
}

/* One relaxation step for one function; returns 1 if its chain got shorter or new. */
static int relax(const struct bs_tu *tu, const struct bs_config *cfg, const struct bs_callgraph *cg,
		 struct bs_summary *sums, unsigned fi, size_t chain_off, int want_unguarded)
{
	const struct bs_func *f = tu->funcs.v[fi];
	struct bs_summary *s = &sums[fi];
	struct bs_chain *ch = (void *)((char *)s + chain_off);
	int changed = 0;

	for (unsigned ei = 0; ei < f->events.n; ei++) {
		const struct bs_event *ev = &f->events.v[ei];
		const struct bs_event_state *st = &s->flow.ev[ei];
		int target, depth;

		if (!st->reached || (want_unguarded && !st->unguarded) || ev->kind != BS_EV_CALL)
			continue;
		if (!want_unguarded && (bs_config_is_unplug(cfg, bs_str(tu->strs, ev->callee)) ||
					bs_config_guard_enter(cfg, bs_str(tu->strs, ev->callee))))
			continue;	/* final events are seeded, not relaxed */
		if (chain_off == offsetof(struct bs_summary, demand)) {
			struct bs_demand_step step;
			uint64_t pd = s->no_demand ? 0 : param_demand(cg, sums, fi, ei);

			if (pd & ~s->param_demand) {
				s->param_demand |= pd;
				changed = 1;
			}
			target = bs_demand_step(cg, sums, fi, ei, BS_NO_CTX, &step);
			depth = step.depth + 1;
		} else {
			target = bs_best_target(cg, sums, fi, ei, chain_off);
			depth = target >= 0 ? bs_chain_of(&sums[target], chain_off)->depth + 1 : 0;
		}
		if (target < 0)
			continue;
		if ((ch->reaches && ch->depth <= depth) ||
		    (chain_off == offsetof(struct bs_summary, demand) && s->no_demand))
			continue;
		*ch = (struct bs_chain){ 1, depth, ei, target };
		changed = 1;
	}
	return changed;
}

int bs_guard_protects(const struct bs_tu *tu, const struct bs_config *cfg, const struct bs_func *f,
		      const struct bs_summary *s, unsigned ei)
{
	for (unsigned e = 0; e < f->events.n; e++) {
		const struct bs_event *ev = &f->events.v[e];
		const struct bs_event_state *st = &s->flow.ev[e];

		if (e == ei || !st->reached || !st->guarded || st->held_enter != (int)ei)
			continue;
		if (ev->kind == BS_EV_ACCESS)
			return 1;
		if (ev->kind == BS_EV_CALL &&
		    !(ev->callee && bs_config_guard_exit(cfg, bs_str(tu->strs, ev->callee))))
			return 1;
	}
	return 0;
}

/* The demand chain's final event: the first MMIO access reached with no guard held. */
static void seed_demand(struct bs_summary *s, const struct bs_func *f)
{
	s->demand = (struct bs_chain){ 0, 0, 0, 0 };
	for (unsigned ei = 0; ei < f->events.n && !s->no_demand; ei++)
		if (s->flow.ev[ei].reached && s->flow.ev[ei].unguarded &&
		    bs_event_is_mmio(&f->events.v[ei])) {
			s->demand = (struct bs_chain){ 1, 0, (int)ei, -1 };
			return;
		}
}

static void seed(const struct bs_tu *tu, const struct bs_config *cfg, struct bs_summary *s,
		 const struct bs_func *f)
{
	seed_demand(s, f);
	for (unsigned ei = 0; ei < f->events.n; ei++) {
		const struct bs_event *ev = &f->events.v[ei];
		const struct bs_event_state *st = &s->flow.ev[ei];

		if (!st->reached)
			continue;
		if (!s->unplug.reaches && ev->kind == BS_EV_CALL &&
		    bs_config_is_unplug(cfg, bs_str(tu->strs, ev->callee)))
			s->unplug = (struct bs_chain){ 1, 0, ei, -1 };
		if (!s->enter.reaches && ev->kind == BS_EV_CALL && ev->callee) {
			const struct bs_guard *g = bs_config_guard_enter(cfg, bs_str(tu->strs, ev->callee));

			if (g && g->exit && bs_guard_protects(tu, cfg, f, s, ei))
				s->enter = (struct bs_chain){ 1, 0, ei, -1 };
		}
	}
}

struct callee_flows {
	const struct bs_callgraph *cg;
	const struct bs_summary *sums;
};

static const struct bs_flow *find_callee_flow(const void *ctx, const struct bs_func *f,
					      bs_sym callee)
{
	const struct callee_flows *cf = ctx;
	int g = bs_callgraph_func(cf->cg, f->unit, callee);

	if (g < 0 || cf->cg->tu->funcs.v[g] == f || !cf->sums[g].analysed)
		return NULL;
	return &cf->sums[g].flow;
}

/* Does f call a function whose returned value tells of a predicate? */
static int uses_callee_returns(const struct callee_flows *cf, const struct bs_func *f)
{
	for (unsigned ei = 0; ei < f->events.n; ei++) {
		const struct bs_event *ev = &f->events.v[ei];
		const struct bs_flow *g;

		if (ev->kind == BS_EV_CALL && ev->via == BS_VIA_DIRECT && ev->result &&
		    (g = find_callee_flow(cf, f, ev->callee)) && bs_flow_returns_guard(g))
			return 1;
	}
	return 0;
}

static int same_returns(const struct bs_flow *a, const struct bs_flow *b)
{
	return a->ret_tracked == b->ret_tracked && a->ret_guarded == b->ret_guarded &&
	       a->ret_open == b->ret_open && a->nret == b->nret &&
	       !memcmp(a->ret_values, b->ret_values, a->nret * sizeof(a->ret_values[0]));
}

/*
 * The flows again for the functions that keep a result telling of a predicate, with their
 * callees' flows, until what their own returns say settles (a few rounds: such chains are
 * short). A flow that reaches a limit with them keeps the one without, which is sound.
 */
static void refine_by_returns(const struct bs_tu *tu, const struct bs_config *cfg,
			      const struct bs_callgraph *cg, struct bs_summary *sums)
{
	const struct callee_flows cf = { cg, sums };
	const struct bs_callee_flows callees = { find_callee_flow, &cf };
	int changed = 1;

	for (int round = 0; round < 4 && changed; round++) {
		changed = 0;
		for (unsigned fi = 0; fi < tu->funcs.n; fi++) {
			const struct bs_func *f = tu->funcs.v[fi];
			struct bs_flow nf;

			if (!sums[fi].analysed || !uses_callee_returns(&cf, f))
				continue;
			if (bs_flow_analyze(tu, cfg, f, &callees, &nf)) {
				bs_flow_free(&nf);
				continue;
			}
			changed |= !same_returns(&nf, &sums[fi].flow);
			bs_flow_free(&sums[fi].flow);
			sums[fi].flow = nf;
		}
	}
}

void bs_summarize(const struct bs_tu *tu, const struct bs_config *cfg,
		  const struct bs_callgraph *cg, struct bs_summary *sums)
{
	int changed = 1;

	for (unsigned fi = 0; fi < tu->funcs.n; fi++) {
		const struct bs_func *f = tu->funcs.v[fi];
		struct bs_summary *s = &sums[fi];

		memset(s, 0, sizeof(*s));
		if (f->leaf || f->unanalysed || f->bind_error ||
		    bs_flow_analyze(tu, cfg, f, NULL, &s->flow))
			continue;
		s->analysed = 1;
	}
	refine_by_returns(tu, cfg, cg, sums);
	for (unsigned fi = 0; fi < tu->funcs.n; fi++) {
		const struct bs_func *f = tu->funcs.v[fi];
		struct bs_summary *s = &sums[fi];

		if (!s->analysed)
			continue;
		/*
		 * A function declared part of the unbind path runs serialised with remove, even
		 * when a work item calls it: it demands nothing of its callers.
		 */
		s->no_demand = bs_config_in_unbind_path(cfg, bs_str(tu->strs, f->name));
		seed(tu, cfg, s, f);
	}
	/* Shortest chains by relaxation: each round can only shorten, so this terminates. */
	while (changed) {
		changed = 0;
		for (unsigned fi = 0; fi < tu->funcs.n; fi++) {
			if (!sums[fi].analysed)
				continue;
			changed |= relax(tu, cfg, cg, sums, fi, offsetof(struct bs_summary, demand), 1);
			changed |= relax(tu, cfg, cg, sums, fi, offsetof(struct bs_summary, unplug), 0);
			changed |= relax(tu, cfg, cg, sums, fi, offsetof(struct bs_summary, enter), 0);
		}
	}
}

void bs_summarize_demand(const struct bs_tu *tu, const struct bs_config *cfg,
			 const struct bs_callgraph *cg, struct bs_summary *sums)
{
	int changed = 1;

	for (unsigned fi = 0; fi < tu->funcs.n; fi++) {
		struct bs_summary *s = &sums[fi];
		const struct bs_func *f = tu->funcs.v[fi];

		if (!s->analysed)
			continue;
		s->param_demand = 0;
		seed_demand(s, f);
	}
	while (changed) {
		changed = 0;
		for (unsigned fi = 0; fi < tu->funcs.n; fi++)
			if (sums[fi].analysed)
				changed |= relax(tu, cfg, cg, sums, fi,
						 offsetof(struct bs_summary, demand), 1);
	}
}

void bs_summaries_free(const struct bs_tu *tu, struct bs_summary *sums)
{
	for (unsigned fi = 0; fi < tu->funcs.n; fi++)
		bs_flow_free(&sums[fi].flow);
}
