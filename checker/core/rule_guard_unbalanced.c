// SPDX-License-Identifier: GPL-2.0
/*
 * guard-unbalanced: drm_dev_exit() on a path where its cookie is not held: a double exit,
 * an exit after a failed enter, or an exit with no enter at all. Unlocking an SRCU read
 * section that is not held corrupts the SRCU counters.
 */
#include "analysis.h"
#include "rules.h"

void bs_rule_guard_unbalanced(struct bs_analysis *a)
{
	for (unsigned fi = 0; fi < a->tu->funcs.n; fi++) {
		const struct bs_func *f = a->tu->funcs.v[fi];
		const struct bs_summary *s = &a->sums[fi];

		if (!s->analysed || !f->is_driver || f->clone_of)
			continue;	/* a copy (instances.h) is reported as its original */
		for (unsigned ei = 0; ei < f->events.n; ei++) {
			const struct bs_event *ev = &f->events.v[ei];
			const struct bs_event_state *st = &s->flow.ev[ei];
			struct bs_finding *fd;

			if (!st->unbalanced)
				continue;
			fd = bs_report_add(&a->report, BS_RULE_ID(guard_unbalanced), fi, ev->loc,
					   st->unbal_prev_exit >= 0 ? BS_MSG_UNBAL_DOUBLE_EXIT :
					   st->unbal_failed_enter >= 0 ? BS_MSG_UNBAL_FAILED_ENTER :
					   BS_MSG_UNBAL_NO_ENTER,
					   BS_ARGS(BS_GUARD(bs_name(a, ev->callee))));
			if (st->unbal_prev_exit >= 0)
				bs_finding_note(fd, f->events.v[st->unbal_prev_exit].loc,
						BS_MSG_STEP_ALREADY_RELEASED, BS_NOARGS);
			else if (st->unbal_failed_enter >= 0)
				bs_finding_note(fd, f->events.v[st->unbal_failed_enter].loc,
						BS_MSG_STEP_ENTER_FAILED,
						BS_ARGS(BS_GUARD(bs_name(a,
							f->events.v[st->unbal_failed_enter].callee))));
		}
	}
}
