// SPDX-License-Identifier: GPL-2.0
#include "stats.h"

#include <stdio.h>
#include <string.h>

#include "analysis.h"

/* The rules of rules.h in order, then the "suppression" pseudo-rule (BS_STATS_RULES). */
static const char *const rule_ids[BS_STATS_RULES - 1] = {
#define BS_STATS_ID(fn, id, scope, level, flags, summary) id,
	BS_RULES(BS_STATS_ID)
#undef BS_STATS_ID
};

const char *bs_stats_rule(unsigned k)
{
	if (k < BS_STATS_RULES - 1)
		return rule_ids[k];
	return k == BS_STATS_RULES - 1 ? BS_RULE_ID(suppression) : "unknown";
}

static int rule_index(const char *id)
{
	for (unsigned k = 0; k < BS_STATS_RULES; k++)
		if (!strcmp(id, bs_stats_rule(k)))
			return k;
	return -1;
}

unsigned bs_stats_unanalysed(const struct bs_unit_stats *s)
{
	unsigned n = 0;

	for (unsigned k = 0; k < BS_WHY_KINDS; k++)
		n += s->unanalysed[k];
	return n;
}

unsigned bs_stats_limits(const struct bs_unit_stats *s)
{
	return s->unanalysed[BS_WHY_FLOW];
}

/* Every member is an unsigned or an array of them: add them as one array. */
_Static_assert(sizeof(struct bs_unit_stats) % sizeof(unsigned) == 0, "counters only");
void bs_stats_add(struct bs_unit_stats *to, const struct bs_unit_stats *from)
{
	unsigned *t = (unsigned *)to;
	const unsigned *f = (const unsigned *)from;

	for (size_t i = 0; i < sizeof(*to) / sizeof(unsigned); i++)
		t[i] += f[i];
}

/*
 * Is there an unanalysed finding for f among those the handler gets? The report keeps one
 * finding per rule and location, so a header function lowered in two units is reported
 * once: its location and name identify it, not its unit.
 */
static int reported(const struct bs_analysis *a, const struct bs_func *f)
{
	const char *name = bs_name(a, f->name);

	for (unsigned i = 0; i < a->report.findings.n; i++) {
		const struct bs_finding *x = a->report.findings.v[i];

		if (!strcmp(x->rule, BS_RULE_ID(unanalysed)) && !x->suppressed && x->func &&
		    !strcmp(x->func, name) && x->loc.file == f->loc.file &&
		    x->loc.line == f->loc.line && x->loc.col == f->loc.col)
			return 1;
	}
	return 0;
}

/* Why fi was not analysed, from the state the summaries left; counts it. */
static const char *count_unanalysed(const struct bs_analysis *a, unsigned fi,
				    struct bs_unit_stats *u)
{
	const struct bs_func *f = a->tu->funcs.v[fi];
	const struct bs_flow *flow = &a->sums[fi].flow;

	if (f->unanalysed) {
		u->unanalysed[BS_WHY_FRONT_END]++;
		return "the front end could not lower it";
	}
	if (f->bind_error) {
		u->unanalysed[BS_WHY_BIND]++;
		return "bind error";
	}
	u->unanalysed[BS_WHY_FLOW]++;
	u->limit[flow->limit < BS_LIMIT_KINDS ? flow->limit : BS_LIMIT_NONE]++;
	return bs_flow_limit_name(flow->limit);
}

static void count_function(const struct bs_analysis *a, unsigned fi, struct bs_stats *out)
{
	const struct bs_func *f = a->tu->funcs.v[fi];
	struct bs_unit_stats *u = &out->units[f->unit];
	const char *why;

	if (f->leaf) {
		u->leaves++;
		return;
	}
	u->functions++;
	u->driver += !!f->is_driver;
	if (a->entries[fi].context != BS_CTX_NONE &&
	    a->entries[fi].context <= BS_CTX_AFTER_UNBIND)
		u->entries[a->entries[fi].context]++;
	for (unsigned ei = 0; ei < f->events.n; ei++) {
		switch (bs_callgraph_pointer_call(&a->cg, fi, ei)) {
		case BS_PTR_NONE: continue;
		case BS_PTR_RESOLVED: u->ptr_resolved++; break;
		case BS_PTR_OUTSIDE: u->ptr_outside++; break;
		case BS_PTR_UNRESOLVED: u->ptr_unresolved++; break;
		}
		u->ptr_calls++;
	}
	if (a->sums[fi].analysed) {
		u->analysed++;
		u->path_blind += !!a->sums[fi].flow.path_blind;
		return;
	}
	why = count_unanalysed(a, fi, u);
	if (reported(a, f))
		return;
	u->silent++;
	u->silent_limits += !f->unanalysed && !f->bind_error;
	if (!out->first_silent[0])
		snprintf(out->first_silent, sizeof(out->first_silent), "%s (%s)",
			 bs_name(a, f->name), why);
}

void bs_stats_count(const struct bs_analysis *a, struct bs_stats *out)
{
	const struct bs_tu *tu = a->tu;

	memset(out, 0, sizeof(*out));
	out->nunits = tu->units.n;
	out->units = bs_xcalloc(tu->units.n ? tu->units.n : 1, sizeof(*out->units));
	for (unsigned fi = 0; fi < tu->funcs.n; fi++)
		if (tu->funcs.v[fi]->unit < tu->units.n && !tu->funcs.v[fi]->clone_of)
			count_function(a, fi, out);
	for (unsigned i = 0; i < a->report.findings.n; i++) {
		const struct bs_finding *x = a->report.findings.v[i];
		int k = rule_index(x->rule);

		if (k >= 0 && !x->suppressed && x->unit >= 0 && (unsigned)x->unit < tu->units.n)
			out->units[x->unit].findings[k]++;
	}
	for (unsigned u = 0; u < out->nunits; u++)
		bs_stats_add(&out->total, &out->units[u]);
	/* a finding outside any function (a suppression comment) counts in the total only */
	for (unsigned i = 0; i < a->report.findings.n; i++) {
		const struct bs_finding *x = a->report.findings.v[i];
		int k = rule_index(x->rule);

		if (k >= 0 && !x->suppressed && x->unit < 0)
			out->total.findings[k]++;
	}
}

void bs_stats_free(struct bs_stats *s)
{
	free(s->units);
	s->units = NULL;
	s->nunits = 0;
}
