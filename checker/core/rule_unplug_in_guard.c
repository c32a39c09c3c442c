// SPDX-License-Identifier: GPL-2.0
/*
 * unplug-in-guard: drm_dev_unplug() reached, directly or through calls, while an unbind
 * guard is held. It calls synchronize_srcu(), which waits for that very guard: a deadlock.
 */
#include "analysis.h"
#include "rules.h"

/* The unplug call at the end of the chain that starts at this event. */
static const struct bs_event *final_unplug(const struct bs_analysis *a, unsigned fi, int ei)
{
	const size_t off = offsetof(struct bs_summary, unplug);

	for (unsigned steps = 0; steps <= a->tu->funcs.n; steps++) {
		int next = bs_best_target(&a->cg, a->sums, fi, ei, off);

		if (next < 0)
			return bs_event_at(a, fi, ei);
		fi = next;
		ei = bs_chain_of(&a->sums[next], off)->event;
	}
	return bs_event_at(a, fi, ei);
}

void bs_rule_unplug_in_guard(struct bs_analysis *a)
{
	const size_t off = offsetof(struct bs_summary, unplug);

	for (unsigned fi = 0; fi < a->tu->funcs.n; fi++) {
		const struct bs_func *f = a->tu->funcs.v[fi];
		const struct bs_summary *s = &a->sums[fi];

		if (!s->analysed || !f->is_driver)
			continue;
		for (unsigned ei = 0; ei < f->events.n; ei++) {
			const struct bs_event *ev = &f->events.v[ei];
			const struct bs_event_state *st = &s->flow.ev[ei];
			struct bs_finding *fd;

			if (ev->kind != BS_EV_CALL || !st->reached || !st->guarded)
				continue;
			if (!bs_config_is_unplug(a->cfg, bs_name(a, ev->callee)) &&
			    bs_best_target(&a->cg, a->sums, fi, ei, off) < 0)
				continue;
			fd = bs_report_add(&a->report, BS_RULE_ID(unplug_in_guard), fi, ev->loc,
					   "'%s' reached while an unbind guard is held; it waits for the guard and deadlocks",
					   bs_name(a, final_unplug(a, fi, ei)->callee));
			if (st->held_enter >= 0)
				bs_finding_note(fd, f->events.v[st->held_enter].loc, "unbind guard taken here");
			bs_note_chain(a, fd, fi, ei, off);
		}
	}
}
