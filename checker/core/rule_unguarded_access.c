// SPDX-License-Identifier: GPL-2.0
/*
 * unguarded-access: an after-unbind entry point reaches an MMIO access with no unbind guard.
 * Reported once per site at the boundary, the statement in the entry function where the
 * unguarded access or call happens; notes name the entry and walk the chain to the accessor.
 * An access after drm_dev_exit() (access-after-exit) also names the exit that released it.
 */
#include "analysis.h"
#include "rules.h"

static struct bs_loc site_loc(const struct bs_analysis *a, struct bs_site s)
{
	return bs_event_at(a, s.func, s.event)->loc;
}

/* Why an async entry still runs after unbind: what queues it and what fails to stop it. */
static void note_teardown(const struct bs_analysis *a, struct bs_finding *fd, unsigned fi)
{
	const struct bs_entry *e = &a->entries[fi];
	struct bs_loc reg = a->tu->regs.v[e->reg].loc;
	const char *name = bs_name(a, a->tu->funcs.v[fi]->name);

	switch (e->stopped_by) {
	case BS_STOP_ITEM:
		if (e->queued.func >= 0)
			bs_finding_note(fd, site_loc(a, e->queued), BS_MSG_STEP_QUEUED,
					BS_ARGS(BS_FUNC(name)));
		if (e->stop.func >= 0 && e->requeue.func >= 0) {
			bs_finding_note(fd, site_loc(a, e->stop), BS_MSG_STEP_STOPPED_UNTIL_REQUEUED,
					BS_ARGS(BS_API(bs_name(a, bs_event_at(a, e->stop.func,
									     e->stop.event)->callee))));
			bs_finding_note(fd, site_loc(a, e->requeue), BS_MSG_STEP_REQUEUED,
					BS_ARGS(BS_FUNC(bs_name(a,
						a->tu->funcs.v[e->requeue.func]->name))));
		} else {
			bs_finding_note(fd, reg, BS_MSG_STEP_ITEM_NOT_STOPPED, BS_NOARGS);
		}
		break;
	case BS_STOP_SCHEDULER:
		bs_finding_note(fd, reg, BS_MSG_STEP_SCHEDULER_NOT_STOPPED, BS_NOARGS);
		break;
	case BS_STOP_IRQ:
		bs_finding_note(fd, reg, BS_MSG_STEP_IRQ_NOT_FREED, BS_NOARGS);
		break;
	case BS_STOP_KTHREAD:
		bs_finding_note(fd, reg, BS_MSG_STEP_KTHREAD_NOT_STOPPED, BS_NOARGS);
		break;
	case BS_STOP_SOUND_CARD:
		bs_finding_note(fd, reg, BS_MSG_STEP_CARD_NOT_FREED, BS_NOARGS);
		break;
	case BS_STOP_HWMON:	/* no note: these findings keep the fingerprints they had */
	case BS_STOP_BACKLIGHT:
	case BS_STOP_MODE_CONFIG:
	case BS_STOP_I2C:
		break;
	case BS_STOP_VBLANK: {
		/* only where the unbind path runs the shutdown that would turn it off */
		const char *off = e->stop.func >= 0 ?
			bs_name(a, bs_event_at(a, e->stop.func, e->stop.event)->callee) : NULL;

		const struct bs_reg *nr = e->vblank_not_off >= 0 ?
			&a->tu->regs.v[e->vblank_not_off] : NULL;

		if (off && nr && !strcmp(bs_name(a, nr->rec), a->cfg->vblank_crtc.funcs))
			bs_finding_note(fd, nr->loc, BS_MSG_STEP_VBLANK_NOT_RESET,
					BS_ARGS(BS_TEXT(a->cfg->vblank_crtc.reset), BS_API(off)));
		else if (off && nr)
			bs_finding_note(fd, nr->loc, BS_MSG_STEP_VBLANK_NOT_OFF,
					BS_ARGS(BS_API(off), BS_TEXT(a->cfg->vblank_crtc.disable)));
		else if (off && e->requeue.func >= 0)
			bs_finding_note(fd, site_loc(a, e->requeue), BS_MSG_STEP_VBLANK_ON,
					BS_ARGS(BS_FUNC(bs_name(a,
						a->tu->funcs.v[e->requeue.func]->name)), BS_API(off)));
		break;
	}
	case BS_STOP_FENCES:
		/* only where the project declared a kill for its table */
		if (e->fence_kill_unmet >= 0) {
			const struct bs_reg *r = &a->tu->regs.v[e->fence_kill_unmet];

			bs_finding_note(fd, r->loc, BS_MSG_STEP_FENCE_KILL_UNMET,
					BS_ARGS(BS_FUNC(bs_teardown_fence_kill(a, r))));
		}
		break;
	case BS_STOP_DEVRES:
		/* a callback of a table handed to the devres call (a hwmon chip's ops) */
		if (e->iomap.func >= 0)
			bs_finding_note(fd, site_loc(a, e->iomap),
					e->objreg >= 0 ? BS_MSG_STEP_MAPPED_AFTER_REGISTRATION
						: BS_MSG_STEP_MAPPED_AFTER_IRQ,
					BS_NOARGS);
		break;
	default:
		break;
	}
}

static void report_site(struct bs_analysis *a, unsigned fi, unsigned ei)
{
	const struct bs_func *f = a->tu->funcs.v[fi];
	const struct bs_event *ev = &f->events.v[ei];
	const struct bs_event_state *st = &a->sums[fi].flow.ev[ei];
	const struct bs_entry *e = &a->entries[fi];
	struct bs_finding *fd;

	fd = bs_report_add(&a->report, BS_RULE_ID(unguarded_access), fi, ev->loc,
			   st->released_by >= 0 ? BS_MSG_UA_AFTER_EXIT : BS_MSG_UA_NO_GUARD,
			   BS_ARGS(BS_FUNC(bs_name(a, f->name))));
	if (!fd)
		return;
	fd->reaches_unplug = a->sums[fi].unplug.reaches;
	bs_finding_note(fd, a->tu->regs.v[e->reg].loc, BS_MSG_STEP_REGISTERED,
			BS_ARGS(BS_FUNC(bs_name(a, f->name)), BS_CONTEXT(e->kind)));
	note_teardown(a, fd, fi);
	if (st->released_by >= 0)
		bs_finding_note(fd, f->events.v[st->released_by].loc, BS_MSG_STEP_GUARD_RELEASED,
				BS_NOARGS);
	bs_note_chain(a, fd, fi, ei, offsetof(struct bs_summary, demand));
}

void bs_rule_unguarded_access(struct bs_analysis *a)
{
	if (a->no_unplug)
		return;	/* reported once for the driver instead */
	for (unsigned fi = 0; fi < a->tu->funcs.n; fi++) {
		const struct bs_func *f = a->tu->funcs.v[fi];
		const struct bs_summary *s = &a->sums[fi];

		if (!s->analysed || a->entries[fi].context != BS_CTX_AFTER_UNBIND)
			continue;
		for (unsigned ei = 0; ei < f->events.n; ei++)
			if (bs_unguarded_mmio_site(a, fi, ei))
				report_site(a, fi, ei);
	}
}
