// SPDX-License-Identifier: GPL-2.0
#include "analysis.h"
#include "rules.h"
#include "suppress.h"

const char *bs_name(const struct bs_analysis *a, bs_sym sym)
{
	return bs_str(a->tu->strs, sym);
}

const struct bs_event *bs_event_at(const struct bs_analysis *a, unsigned func, int event)
{
	return &a->tu->funcs.v[func]->events.v[event];
}

int bs_unguarded_mmio_site(const struct bs_analysis *a, unsigned func, unsigned event)
{
	const struct bs_func *f = a->tu->funcs.v[func];
	const struct bs_event *ev = &f->events.v[event];
	const struct bs_event_state *st = &a->sums[func].flow.ev[event];

	if (!st->reached || !st->unguarded)
		return 0;
	return bs_event_is_mmio(ev) ||
	       (ev->kind == BS_EV_CALL &&
		bs_best_target(&a->cg, a->sums, f->unit, ev, offsetof(struct bs_summary, demand)) >= 0);
}

/*
 * Notes that walk a chain (demand or unplug) from an event in func down to its final event:
 * "'f' calls 'g' here" per call, then the access itself for a demand chain.
 */
void bs_note_chain(const struct bs_analysis *a, struct bs_finding *f, unsigned func, int event,
		   size_t chain_off)
{
	for (unsigned steps = 0; steps <= a->tu->funcs.n; steps++) {
		const struct bs_func *fn = a->tu->funcs.v[func];
		const struct bs_event *ev = &fn->events.v[event];
		const char *fname = bs_name(a, fn->name);
		int next;

		if (ev->kind == BS_EV_ACCESS) {
			if (ev->macro)
				bs_finding_note(f, ev->loc, "'%s' accesses MMIO with '%s' through '%s' here",
						fname, bs_name(a, ev->callee), bs_name(a, ev->macro));
			else
				bs_finding_note(f, ev->loc, "'%s' accesses MMIO with '%s' here", fname,
						bs_name(a, ev->callee));
			return;
		}
		next = bs_best_target(&a->cg, a->sums, fn->unit, ev, chain_off);
		if (next < 0) {	/* the final call of an unplug chain */
			bs_finding_note(f, ev->loc, "'%s' calls '%s' here", fname, bs_name(a, ev->callee));
			return;
		}
		bs_finding_note(f, ev->loc, "'%s' calls '%s' here", fname,
				bs_name(a, a->tu->funcs.v[next]->name));
		func = next;
		event = bs_chain_of(&a->sums[next], chain_off)->event;
	}
}

struct count_handler {
	const struct bs_handler *inner;
	struct bs_result *res;
};

static void count_finding(void *ctx, const struct bs_finding *f)
{
	struct count_handler *c = ctx;

	if (!strcmp(f->rule, "unanalysed"))
		c->res->unanalysed++;
	else
		c->res->findings++;
	c->inner->finding(c->inner->ctx, f);
}

static void report_unanalysed(struct bs_analysis *a)
{
	for (unsigned fi = 0; fi < a->tu->funcs.n; fi++) {
		const struct bs_func *f = a->tu->funcs.v[fi];

		if (a->sums[fi].analysed)
			continue;
		bs_report_add(&a->report, "unanalysed", bs_name(a, f->name), f->loc,
			      "boundscope could not analyse '%s': %s",
			      bs_name(a, f->name), f->unanalysed ? bs_name(a, f->unanalysed) :
			      a->sums[fi].flow.why);
	}
}

void bs_analyze(const struct bs_tu *tu, const struct bs_config *cfg, const struct bs_handler *h,
		FILE *dump, struct bs_result *res)
{
	struct bs_analysis a = { .tu = tu, .cfg = cfg, .report = { .tu = tu } };
	struct count_handler ch = { h, res };
	struct bs_handler counting = { &ch, count_finding };

	memset(res, 0, sizeof(*res));
	bs_callgraph_build(&a.cg, tu);
	a.sums = bs_xcalloc(tu->funcs.n, sizeof(*a.sums));
	a.entries = bs_xcalloc(tu->funcs.n, sizeof(*a.entries));
	bs_classify_entries(tu, cfg, &a.cg, a.entries);
	bs_summarize(tu, cfg, &a.cg, a.sums);
	bs_teardown(&a);
	report_unanalysed(&a);
#define BS_RUN_RULE(fn, id) bs_rule_##fn(&a);
	BS_RULES(BS_RUN_RULE)
#undef BS_RUN_RULE
	if (dump)
		bs_dump(&a, dump);
	bs_suppress_apply(&a.report, h);
	bs_report_emit(&a.report, &counting);
	bs_report_free(&a.report);
	bs_teardown_free(&a.teardown);
	bs_summaries_free(tu, a.sums);
	free(a.sums);
	free(a.entries);
	bs_callgraph_free(&a.cg);
}
