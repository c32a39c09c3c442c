// SPDX-License-Identifier: GPL-2.0
/*
 * guard-leak: a path from a successful drm_dev_enter() leaves the function without
 * drm_dev_exit(). The SRCU read lock is never dropped, so drm_dev_unplug() waits forever.
 */
#include "analysis.h"
#include "rules.h"

void bs_rule_guard_leak(struct bs_analysis *a)
{
	for (unsigned fi = 0; fi < a->tu->funcs.n; fi++) {
		const struct bs_func *f = a->tu->funcs.v[fi];
		const struct bs_flow *flow = &a->sums[fi].flow;

		if (!a->sums[fi].analysed || !f->is_driver || f->clone_of)
			continue;	/* a copy (instances.h) is reported as its original */
		for (unsigned i = 0; i < flow->leaks.n; i++) {
			const struct bs_leak *l = &flow->leaks.v[i];
			const struct bs_event *enter;
			struct bs_finding *fd;

			if (l->enter_event < 0)
				continue;
			enter = &f->events.v[l->enter_event];
			fd = bs_report_add(&a->report, BS_RULE_ID(guard_leak), fi,
					   l->return_event >= 0 ? f->events.v[l->return_event].loc : f->end_loc,
					   l->return_event >= 0 ? BS_MSG_LEAK_AT_RETURN : BS_MSG_LEAK_AT_END,
					   BS_ARGS(BS_FUNC(bs_name(a, f->name)),
						   BS_GUARD(bs_name(a, enter->callee))));
			bs_finding_note(fd, enter->loc, BS_MSG_STEP_GUARD_TAKEN, BS_NOARGS);
		}
	}
}
