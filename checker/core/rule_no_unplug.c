// SPDX-License-Identifier: GPL-2.0
/*
 * no-unplug: a driver whose unbind path never calls drm_dev_unplug() keeps serving open
 * files after remove, so every guard still succeeds and every after-unbind MMIO access is a
 * violation. One driver-level diagnostic at the unbind path replaces one per site (the
 * unguarded-access rule stands down). Only reported when the whole unbind path is known:
 * if it calls driver code outside the analysed files, that code might unplug. Only code that
 * owns a drm_device can unplug one: a bridge, panel or component sub-driver is judged site by
 * site, and the diagnostic sits at the root that tears the device down.
 */
#include "analysis.h"
#include "rules.h"

#define MAX_LISTED 4

/* The first unguarded MMIO site of an after-unbind entry, -1 if none. */
static int first_site(const struct bs_analysis *a, unsigned fi)
{
	for (unsigned ei = 0; ei < a->tu->funcs.v[fi]->events.n; ei++)
		if (bs_unguarded_mmio_site(a, fi, ei))
			return ei;
	return -1;
}

void bs_rule_no_unplug(struct bs_analysis *a)
{
	const struct bs_teardown *td = &a->teardown;
	const struct bs_func *root;
	struct bs_finding *fd;
	unsigned n = 0;
	char count[16];
	int ri;

	if (!td->roots.n || td->unplugs || td->unknown_code || !td->owns_drm)
		return;
	for (unsigned fi = 0; fi < a->tu->funcs.n; fi++)
		if (a->sums[fi].analysed && a->entries[fi].context == BS_CTX_AFTER_UNBIND &&
		    first_site(a, fi) >= 0)
			n++;
	if (!n)
		return;
	ri = td->owner_root >= 0 ? td->owner_root : (int)td->roots.v[0];
	root = a->tu->funcs.v[ri];
	snprintf(count, sizeof(count), "%u", n);
	/* the first configured unplug call names them all */
	fd = bs_report_add(&a->report, BS_RULE_ID(no_unplug), ri, root->loc, BS_MSG_NO_UNPLUG,
			   BS_ARGS(BS_FUNC(bs_name(a, root->name)),
				   BS_UNPLUG(a->cfg->unplug.n ? a->cfg->unplug.v[0] : "drm_dev_unplug"),
				   BS_COUNT(count)));
	a->no_unplug = 1;
	for (unsigned fi = 0, listed = 0; fd && fi < a->tu->funcs.n && listed < MAX_LISTED; fi++) {
		int ei;

		if (!a->sums[fi].analysed || a->entries[fi].context != BS_CTX_AFTER_UNBIND ||
		    (ei = first_site(a, fi)) < 0)
			continue;
		bs_finding_note(fd, a->tu->funcs.v[fi]->events.v[ei].loc, BS_MSG_STEP_REACHES_MMIO,
				BS_ARGS(BS_FUNC(bs_name(a, a->tu->funcs.v[fi]->name)),
					BS_CONTEXT(a->entries[fi].kind)));
		listed++;
	}
}
