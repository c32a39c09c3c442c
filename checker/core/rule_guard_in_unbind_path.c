// SPDX-License-Identifier: GPL-2.0
/*
 * guard-in-unbind-path: after drm_dev_unplug() every drm_dev_enter() fails, so a guard the
 * unbind path reaches afterwards skips the hardware programming it protects: the quiesce,
 * power-down or flush never happens on unbind. Checked in the functions where the unbind
 * path starts, at calls made after the unplug on every path. Callees that are also bound
 * entries (PM callbacks: they run while bound too) are not reported, nor a guard that
 * protects nothing (drm_dev_is_unplugged() tests the guard and drops it at once).
 */
#include "analysis.h"
#include "rules.h"

static int reaches_unplug(const struct bs_analysis *a, unsigned fi, unsigned ei)
{
	const struct bs_event *ev = bs_event_at(a, fi, ei);

	if (ev->kind != BS_EV_CALL)
		return 0;
	if (bs_config_is_unplug(a->cfg, bs_name(a, ev->callee)))
		return 1;
	return bs_best_target(&a->cg, a->sums, fi, ei, offsetof(struct bs_summary, unplug)) >= 0;
}

/* Does the enter chain from this call pass through a function that is also a bound entry? */
static int through_bound_entry(const struct bs_analysis *a, unsigned fi, int ei)
{
	const size_t off = offsetof(struct bs_summary, enter);

	for (unsigned steps = 0; steps <= a->tu->funcs.n; steps++) {
		int next = bs_best_target(&a->cg, a->sums, fi, ei, off);

		if (next < 0)
			return 0;
		if (a->entries[next].context == BS_CTX_BOUND)
			return 1;
		fi = next;
		ei = bs_chain_of(&a->sums[next], off)->event;
	}
	return 0;
}

/*
 * after[b]: on every path to the start of block b an unplug was reached. A must-analysis:
 * the entry starts false, everything else starts true and only falls.
 */
static unsigned char *after_unplug(const struct bs_analysis *a, unsigned fi)
{
	const struct bs_func *f = a->tu->funcs.v[fi];
	unsigned nb = f->blocks.n;
	unsigned char *in = bs_xcalloc(nb, 1), *out = bs_xcalloc(nb, 1);
	int changed = 1;

	memset(in, 1, nb);
	if (f->entry >= 0)
		in[f->entry] = 0;
	while (changed) {
		changed = 0;
		for (unsigned b = nb; b-- > 0;) {
			const struct bs_block *bl = &f->blocks.v[b];
			unsigned char o = in[b];

			for (unsigned i = 0; i < bl->nevents && !o; i++)
				o = reaches_unplug(a, fi, bl->first_event + i);
			out[b] = o;
			for (unsigned k = 0; k < bs_block_nsucc(f, bl); k++) {
				int t = bs_block_succ(f, bl, k);

				if (t >= 0 && t != f->entry && in[t] && !o) {
					in[t] = 0;
					changed = 1;
				}
			}
		}
	}
	free(out);
	return in;
}

static void check_root(struct bs_analysis *a, unsigned fi)
{
	const struct bs_func *f = a->tu->funcs.v[fi];
	const size_t off = offsetof(struct bs_summary, enter);
	unsigned char *in;
	int unplug_event = -1;

	if (!a->sums[fi].analysed || !a->sums[fi].unplug.reaches)
		return;
	in = after_unplug(a, fi);
	for (unsigned b = 0; b < f->blocks.n; b++) {
		const struct bs_block *bl = &f->blocks.v[b];
		int after = in[b];

		for (unsigned i = 0; i < bl->nevents; i++) {
			unsigned ei = bl->first_event + i;
			const struct bs_event *ev = &f->events.v[ei];
			const struct bs_guard *g;
			struct bs_finding *fd;
			bs_sym unplug;

			if (!after) {
				if (reaches_unplug(a, fi, ei)) {
					after = 1;
					if (unplug_event < 0)
						unplug_event = ei;
				}
				continue;
			}
			if (ev->kind != BS_EV_CALL || !a->sums[fi].flow.ev[ei].reached)
				continue;
			g = ev->callee ? bs_config_guard_enter(a->cfg, bs_name(a, ev->callee)) : NULL;
			if (g && g->exit && !bs_guard_protects(a->tu, a->cfg, f, &a->sums[fi], ei))
				continue;
			if (!(g && g->exit) &&
			    (bs_best_target(&a->cg, a->sums, fi, ei, off) < 0 ||
			     through_bound_entry(a, fi, ei)))
				continue;
			if (unplug_event < 0)
				unplug_event = a->sums[fi].unplug.event;
			unplug = bs_chain_end(a, fi, unplug_event,
					      offsetof(struct bs_summary, unplug))->callee;
			fd = bs_report_add(&a->report, BS_RULE_ID(guard_in_unbind_path), fi,
					   ev->loc,
					   g && g->exit ? BS_MSG_GUARD_AFTER_UNPLUG_DIRECT :
					   BS_MSG_GUARD_AFTER_UNPLUG_CALL,
					   BS_ARGS(BS_UNPLUG(bs_name(a, unplug))));
			bs_finding_note(fd, f->events.v[unplug_event].loc, BS_MSG_STEP_UNPLUGS,
					BS_ARGS(BS_FUNC(bs_name(a, f->name))));
			bs_note_chain(a, fd, fi, ei, off);
		}
	}
	free(in);
}

void bs_rule_guard_in_unbind_path(struct bs_analysis *a)
{
	for (unsigned i = 0; i < a->teardown.roots.n; i++)
		if (a->tu->funcs.v[a->teardown.roots.v[i]]->is_driver)
			check_root(a, a->teardown.roots.v[i]);
}
