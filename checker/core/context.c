// SPDX-License-Identifier: GPL-2.0
#include "context.h"

/* The object rule for a global a FIELD registration was made into, if any. */
static const struct bs_context_rule *object_rule(const struct bs_tu *tu, const struct bs_config *cfg,
						 const struct bs_reg *field)
{
	for (unsigned i = 0; field->obj && i < tu->regs.n; i++) {
		const struct bs_reg *o = &tu->regs.v[i];
		const struct bs_context_rule *r;

		if (o->kind != BS_REG_OBJARG || o->unit != field->unit || o->obj != field->obj)
			continue;
		r = bs_config_object_context(cfg, bs_str(tu->strs, o->callee), o->arg);
		if (r)
			return r;
	}
	return NULL;
}

static const struct bs_context_rule *rule_for(const struct bs_tu *tu, const struct bs_config *cfg,
					      const struct bs_reg *r)
{
	const struct bs_context_rule *obj;

	switch (r->kind) {
	case BS_REG_FIELD:
		obj = object_rule(tu, cfg, r);
		if (obj)
			return obj;
		return bs_config_field_context(cfg, bs_str(tu->strs, r->rec), bs_str(tu->strs, r->field));
	case BS_REG_CALLARG:
		return bs_config_call_context(cfg, bs_str(tu->strs, r->callee), r->arg);
	default:
		return NULL;
	}
}

void bs_classify_entries(const struct bs_tu *tu, const struct bs_config *cfg,
			 const struct bs_callgraph *cg, struct bs_entry *entries)
{
	static const struct bs_site none = { -1, -1 };

	for (unsigned i = 0; i < tu->funcs.n; i++)
		entries[i] = (struct bs_entry){ BS_CTX_NONE, NULL, -1, BS_STOP_NONE,
						none, none, none, none, 0 };
	for (unsigned ri = 0; ri < tu->regs.n; ri++) {
		const struct bs_reg *r = &tu->regs.v[ri];
		const struct bs_context_rule *rule;
		int fi = r->func ? bs_callgraph_func(cg, r->unit, r->func) : -1;
		struct bs_entry *e;

		if (fi < 0 || !(rule = rule_for(tu, cfg, r)))
			continue;
		e = &entries[fi];
		/* after-unbind wins; among equals the first registration in the file names it */
		if (rule->context > e->context) {
			e->context = rule->context;
			e->kind = rule->kind;
			e->reg = ri;
			e->stopped_by = rule->stopped_by;
		}
	}
}

struct derive {
	struct bs_tu *tu;
	struct bs_reg reg;
};

static void derive_one(unsigned func, void *ctx)
{
	struct derive *d = ctx;

	d->reg.func = d->tu->funcs.v[func]->name;
	bs_vec_push(&d->tu->regs, d->reg);
}

void bs_derive_registrations(struct bs_tu *tu, const struct bs_config *cfg,
			     const struct bs_callgraph *cg)
{
	unsigned nfuncs = tu->funcs.n;

	for (unsigned fi = 0; fi < nfuncs; fi++) {
		const struct bs_func *f = tu->funcs.v[fi];

		for (unsigned ei = 0; ei < f->events.n; ei++) {
			const struct bs_event *ev = &f->events.v[ei];
			const char *callee;

			if (ev->kind != BS_EV_CALL || ev->via != BS_VIA_DIRECT || !ev->callee)
				continue;
			callee = bs_str(tu->strs, ev->callee);
			for (unsigned i = 0; i < ev->nargs; i++) {
				const struct bs_arg *x = bs_event_arg(f, ev, i);
				const struct bs_arg *first = bs_event_arg(f, ev, 0);
				struct derive d = { tu, { .kind = BS_REG_CALLARG, .unit = f->unit,
							  .callee = ev->callee, .arg = i,
							  .loc = ev->loc } };

				/* a function named directly is a raw registration already */
				if (x->func || !x->fnptr || !bs_config_call_context(cfg, callee, i))
					continue;
				d.reg.obj = i && first ? first->obj : 0;
				bs_callgraph_arg_funcs(cg, fi, x, derive_one, &d);
			}
		}
	}
}
