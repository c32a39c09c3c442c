// SPDX-License-Identifier: GPL-2.0
/*
 * --dump-facts: the extracted facts and what the analysis made of them, so a surprising
 * finding (or a missing one) can be explained without a debugger.
 */
#include "analysis.h"

static void dump_loc(const struct bs_analysis *a, const struct bs_loc *l, FILE *out)
{
	fprintf(out, "%s:%u:%u", bs_name(a, l->file), l->line, l->col);
}

static void dump_cond(const struct bs_analysis *a, const struct bs_func *f, int n, FILE *out)
{
	const struct bs_cond *k;

	if (n < 0) {
		fputs("?", out);
		return;
	}
	k = &f->conds.v[n];
	switch (k->kind) {
	case BS_COND_CONST:
		fprintf(out, "%lld", (long long)k->value);
		break;
	case BS_COND_ATOM:
		fprintf(out, "%s", bs_name(a, k->sym));
		break;
	case BS_COND_NOT:
		fputs("!", out);
		dump_cond(a, f, k->a, out);
		break;
	case BS_COND_AND:
	case BS_COND_OR:
		fputs("(", out);
		dump_cond(a, f, k->a, out);
		fputs(k->kind == BS_COND_AND ? " && " : " || ", out);
		dump_cond(a, f, k->b, out);
		fputs(")", out);
		break;
	case BS_COND_EQ:
	case BS_COND_NE:
	case BS_COND_VEQ:
	case BS_COND_VNE:
	case BS_COND_MASK:
		fputs("(", out);
		dump_cond(a, f, k->a, out);
		fprintf(out, " %s %lld)", k->kind == BS_COND_MASK ? "&" :
			k->kind == BS_COND_EQ || k->kind == BS_COND_VEQ ? "==" : "!=",
			(long long)k->value);
		break;
	case BS_COND_CALL:
		fprintf(out, "%s(", bs_name(a, k->sym));
		if (k->a >= 0)
			dump_cond(a, f, k->a, out);
		fprintf(out, ")=%s", bs_name(a, k->atom));
		break;
	default:
		fputs("?", out);
	}
}

static const char *const origin_names[] = { "iomem", "unknown-origin", "plain-memory" };

static void dump_event(const struct bs_analysis *a, unsigned fi, unsigned ei, FILE *out)
{
	const struct bs_func *f = a->tu->funcs.v[fi];
	const struct bs_event *ev = &f->events.v[ei];
	const struct bs_summary *s = &a->sums[fi];
	const struct bs_event_state *st = s->analysed ? &s->flow.ev[ei] : NULL;

	fputs("    ", out);
	dump_loc(a, &ev->loc, out);
	switch (ev->kind) {
	case BS_EV_CALL:
		if (ev->via == BS_VIA_DIRECT)
			fprintf(out, " call %s(", bs_name(a, ev->callee));
		else if (ev->via == BS_VIA_FIELD)
			fprintf(out, " call (struct %s).%s(", bs_name(a, ev->ind_struct),
				bs_name(a, ev->ind_field));
		else if (ev->via == BS_VIA_OTHER)
			fputs(" call (pointer)(", out);
		else
			fprintf(out, " call *%s(", bs_name(a, ev->ind_var));
		for (unsigned i = 0, n = 0; i < ev->nargs; i++) {
			const struct bs_arg *x = bs_event_arg(f, ev, i);

			if (x->func)
				fprintf(out, "%sarg%u=&%s", n++ ? " " : "", i, bs_name(a, x->func));
			else if (x->atom)
				fprintf(out, "%sarg%u=%s", n++ ? " " : "", i, bs_name(a, x->atom));
		}
		fprintf(out, ") -> %s", bs_name(a, ev->result));
		break;
	case BS_EV_ACCESS:
		fprintf(out, " access %s [%s]", bs_name(a, ev->callee), origin_names[ev->origin]);
		if (ev->macro)
			fprintf(out, " through %s", bs_name(a, ev->macro));
		break;
	case BS_EV_STORE:
		fprintf(out, " store %s = ", bs_name(a, ev->atom));
		if (ev->value_func)
			fprintf(out, "&%s", bs_name(a, ev->value_func));
		else if (ev->value_obj)
			fprintf(out, "%s", bs_name(a, ev->value_obj));
		else
			dump_cond(a, f, ev->cond, out);
		break;
	case BS_EV_RETURN:
		fputs(" return", out);
		break;
	}
	if (st && st->reached && ev->kind != BS_EV_STORE && ev->kind != BS_EV_RETURN)
		fprintf(out, " {%s%s%s}", st->guarded ? "guarded" : "",
			st->guarded && st->unguarded ? "," : "", st->unguarded ? "unguarded" : "");
	if (st && !st->reached)
		fputs(" {unreachable}", out);
	fputs("\n", out);
}

static void dump_block(const struct bs_analysis *a, unsigned fi, unsigned bi, FILE *out)
{
	const struct bs_func *f = a->tu->funcs.v[fi];
	const struct bs_block *b = &f->blocks.v[bi];

	fprintf(out, "  B%u%s%s succs:", bi, (int)bi == f->entry ? " (entry)" : "",
		(int)bi == f->exit ? " (exit)" : "");
	for (unsigned k = 0; k < bs_block_nsucc(f, b); k++)
		fprintf(out, " %d", bs_block_succ(f, b, k));
	if (b->cond >= 0) {
		fputs(" branch-on: ", out);
		dump_cond(a, f, b->cond, out);
	}
	if (b->noreturn)
		fputs(" noreturn", out);
	fputs("\n", out);
	for (unsigned i = 0; i < b->nevents; i++)
		dump_event(a, fi, b->first_event + i, out);
}

static void dump_func(const struct bs_analysis *a, unsigned fi, FILE *out)
{
	const struct bs_func *f = a->tu->funcs.v[fi];
	const struct bs_summary *s = &a->sums[fi];
	const struct bs_entry *e = &a->entries[fi];

	fprintf(out, "function %s at ", bs_name(a, f->name));
	dump_loc(a, &f->loc, out);
	fprintf(out, "%s%s%s\n", f->is_static ? " static" : "", f->is_driver ? " driver" : " external",
		a->teardown.on_path && a->teardown.on_path[fi] ? " unbind-path" : "");
	if (e->context != BS_CTX_NONE) {
		fprintf(out, "  context: %s (%s, registered at ", bs_context_name(e->context), e->kind);
		dump_loc(a, &a->tu->regs.v[e->reg].loc, out);
		fputs(")\n", out);
		if (e->teardown_bound && e->stop.func >= 0) {
			fputs("  teardown: stopped on the unbind path by ", out);
			dump_loc(a, &bs_event_at(a, e->stop.func, e->stop.event)->loc, out);
			fputs("\n", out);
		}
		if (e->checked_after >= 0)
			fprintf(out, "  teardown: runs only after '%s' returned 0, which it does only "
				"while bound\n", bs_name(a, a->tu->funcs.v[e->checked_after]->name));
	} else {
		fputs("  context: none (not an entry point)\n", out);
	}
	if (f->leaf) {
		fputs("  leaf: an accessor or guard primitive of the configuration\n", out);
		return;
	}
	if (!s->analysed) {
		fprintf(out, "  not analysed: %s\n",
			f->unanalysed ? bs_name(a, f->unanalysed) : "did not converge");
		return;
	}
	fprintf(out, "  summary: %s", s->demand.reaches ? "demands bound scope" : "no demand");
	if (s->demand.reaches)
		fprintf(out, " (depth %d)", s->demand.depth);
	fprintf(out, ", %s, %s\n", s->unplug.reaches ? "may unplug" : "no unplug",
		s->flow.leaks.n ? "guard leaks" : "guard balanced");
	/* clang numbers blocks from the exit backwards: print them in source order */
	for (unsigned bi = f->blocks.n; bi-- > 0;)
		dump_block(a, fi, bi, out);
}

static void dump_reg(const struct bs_analysis *a, const struct bs_reg *r, FILE *out)
{
	fprintf(out, "registration %s ", r->func ? bs_name(a, r->func) : "-");
	if (r->kind == BS_REG_TABLE)	/* a table pointer an initializer sets (instances.h) */
		fprintf(out, "table in field (struct %s).%s", bs_name(a, r->rec),
			bs_name(a, r->field));
	else if (r->kind == BS_REG_FIELD)
		fprintf(out, "in field (struct %s).%s", bs_name(a, r->rec), bs_name(a, r->field));
	else if (r->kind == BS_REG_OBJARG)
		fprintf(out, "object passed as argument %u of %s()", r->arg, bs_name(a, r->callee));
	else if (r->kind == BS_REG_PASS && r->obj)
		fprintf(out, "table passed as argument %u of %s() holding in .%s", r->arg,
			bs_name(a, r->callee), bs_name(a, r->field));
	else if (r->kind == BS_REG_PASS)
		fprintf(out, "values passed to %s()", bs_name(a, r->callee));
	else
		fprintf(out, "as argument %u of %s()", r->arg, bs_name(a, r->callee));
	if (r->obj)
		fprintf(out, " for %s", bs_name(a, r->obj));
	if (r->argv && r->kind == BS_REG_TABLE)
		fprintf(out, " = %s", bs_name(a, r->argv));
	else if (r->argv)
		fprintf(out, " with arguments (%s)", bs_name(a, r->argv));
	fputs(" at ", out);
	dump_loc(a, &r->loc, out);
	fputs("\n", out);
}

void bs_dump(const struct bs_analysis *a, FILE *out)
{
	for (unsigned i = 0; i < a->tu->regs.n; i++)
		dump_reg(a, &a->tu->regs.v[i], out);
	for (unsigned fi = 0; fi < a->tu->funcs.n; fi++)
		if (!a->tu->funcs.v[fi]->clone_of)	/* copies are analysis-only */
			dump_func(a, fi, out);
	fflush(out);
}
