// SPDX-License-Identifier: GPL-2.0
/*
 * unplug-in-guard: drm_dev_unplug() reached, directly or through calls, while an unbind
 * guard is held. It calls synchronize_srcu(), which waits for that very guard: a deadlock.
 */
#include "analysis.h"
#include "rules.h"

void bs_rule_unplug_in_guard(struct bs_analysis *a)
{
	const size_t off = offsetof(struct bs_summary, unplug);

	for (unsigned fi = 0; fi < a->tu->funcs.n; fi++) {
		const struct bs_func *f = a->tu->funcs.v[fi];
		const struct bs_summary *s = &a->sums[fi];

		if (!s->analysed || !f->is_driver || f->clone_of)
			continue;	/* a copy (instances.h) is reported as its original */
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
					   bs_config_is_unplug(a->cfg, bs_name(a, ev->callee)) ?
					   BS_MSG_UNPLUG_IN_GUARD_DIRECT : BS_MSG_UNPLUG_IN_GUARD_CALL,
					   BS_ARGS(BS_UNPLUG(bs_name(a, bs_chain_end(a, fi, ei, off)->callee))));
			if (st->held_enter >= 0)
				bs_finding_note(fd, f->events.v[st->held_enter].loc, BS_MSG_STEP_GUARD_TAKEN,
						BS_NOARGS);
			bs_note_chain(a, fd, fi, ei, off);
		}
	}
}
