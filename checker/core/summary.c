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
		target = bs_best_target(cg, sums, fi, ei, chain_off);
		if (target < 0)
			continue;

		depth = bs_chain_of(&sums[target], chain_off)->depth + 1;
		if ((ch->reaches && ch->depth <= depth) ||
		    (chain_off == offsetof(struct bs_summary, demand) && s->no_demand))
			continue;
		*ch = (struct bs_chain){ 1, depth, ei, target };
		changed = 1;
	}
	return changed;
}

static void seed(const struct bs_tu *tu, const struct bs_config *cfg, struct bs_summary *s,
		 const struct bs_func *f)
{
	for (unsigned ei = 0; ei < f->events.n; ei++) {
		const struct bs_event *ev = &f->events.v[ei];
		const struct bs_event_state *st = &s->flow.ev[ei];

		if (!st->reached)
			continue;
		if (!s->demand.reaches && st->unguarded && bs_event_is_mmio(ev))
			s->demand = (struct bs_chain){ 1, 0, ei, -1 };
		if (!s->unplug.reaches && ev->kind == BS_EV_CALL &&
		    bs_config_is_unplug(cfg, bs_str(tu->strs, ev->callee)))
			s->unplug = (struct bs_chain){ 1, 0, ei, -1 };
		if (!s->enter.reaches && ev->kind == BS_EV_CALL && ev->callee) {
			const struct bs_guard *g = bs_config_guard_enter(cfg, bs_str(tu->strs, ev->callee));

			if (g && g->exit)
				s->enter = (struct bs_chain){ 1, 0, ei, -1 };
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
		if (f->leaf || f->unanalysed || f->bind_error || bs_flow_analyze(tu, cfg, f, &s->flow))
			continue;
		s->analysed = 1;
		seed(tu, cfg, s, f);
		/*
		 * A function declared part of the unbind path runs serialised with remove, even
		 * when a work item calls it: it demands nothing of its callers.
		 */
		if (bs_config_in_unbind_path(cfg, bs_str(tu->strs, f->name))) {
			s->demand.reaches = 0;
			s->no_demand = 1;
		}
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

void bs_summaries_free(const struct bs_tu *tu, struct bs_summary *sums)
{
	for (unsigned fi = 0; fi < tu->funcs.n; fi++)
		bs_flow_free(&sums[fi].flow);
}
