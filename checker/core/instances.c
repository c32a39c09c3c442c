// SPDX-License-Identifier: GPL-2.0
#include "instances.h"
#include "callgraph.h"

#include <string.h>

/* Copies at most; beyond, calls keep the original (every function of the field): sound. */
#define MAX_COPIES 4096

enum table_value { TABLE_VAR, TABLE_NULL, TABLE_UNKNOWN };

struct bs_table_store {
	bs_sym table;		/* the member stored into, "field:<struct>.<member>" */
	bs_sym inst;		/* the instance of its object, 0 if unknown */
	bs_sym value;		/* "var:<name>", "null" or "?" */
	enum table_value kind;	/* what value is, decided once */
};

static int is_var(const struct bs_tu *tu, bs_sym obj)
{
	return obj && !strncmp(bs_str(tu->strs, obj), "var:", 4);
}

/* A parameter through whose object a function calls through member table (itself, or a
 * function it passes the parameter on to). */
struct sensitive {
	int param;
	bs_sym table;
};

typedef BS_VEC(struct sensitive) sensitives;

struct copy {
	unsigned of;
	int param;
	bs_sym inst;
	unsigned func;		/* the copy's index */
};

struct build {
	struct bs_instances *in;
	struct bs_tu *tu;
	struct bs_callgraph names;	/* only its name index: resolves direct calls */
	sensitives *sens;		/* per original function */
	unsigned nsens;
	BS_VEC(struct copy) copies;
};

static void add_store(struct bs_instances *in, const struct bs_tu *tu, bs_sym table,
		      bs_sym inst, bs_sym value)
{
	struct bs_table_store s = { table, inst, value, TABLE_UNKNOWN };

	if (is_var(tu, value))
		s.kind = TABLE_VAR;
	else if (value && !strcmp(bs_str(tu->strs, value), "null"))
		s.kind = TABLE_NULL;
	bs_vec_push(&in->stores, s);
}

static void collect_stores(struct bs_instances *in, struct bs_tu *tu)
{
	for (unsigned fi = 0; fi < tu->funcs.n; fi++) {
		const struct bs_func *f = tu->funcs.v[fi];

		for (unsigned ei = 0; ei < f->events.n; ei++) {
			const struct bs_event *ev = &f->events.v[ei];

			if (ev->kind == BS_EV_STORE && ev->value_table && ev->field)
				add_store(in, tu, ev->field, ev->base_inst, ev->value_table);
		}
	}
	for (unsigned i = 0; i < tu->regs.n; i++) {
		const struct bs_reg *r = &tu->regs.v[i];
		char *name;

		if (r->kind != BS_REG_TABLE || !r->rec || !r->field)
			continue;
		name = bs_xasprintf("field:%s.%s", bs_str(tu->strs, r->rec),
				    bs_str(tu->strs, r->field));
		add_store(in, tu, bs_intern(tu->strs, name), r->obj, r->argv);
		free(name);
	}
}

static int by_table(const void *x, const void *y)
{
	const struct bs_table_store *a = x, *b = y;

	return a->table < b->table ? -1 : a->table > b->table;
}

/* The stores into member table: stores[*lo, *hi) (sorted by member). */
static void stores_of(const struct bs_instances *in, bs_sym table, unsigned *lo, unsigned *hi)
{
	unsigned l = 0, h = in->stores.n;

	while (l < h) {
		unsigned m = l + (h - l) / 2;

		if (in->stores.v[m].table < table)
			l = m + 1;
		else
			h = m;
	}
	*lo = l;
	while (l < in->stores.n && in->stores.v[l].table == table)
		l++;
	*hi = l;
}

int bs_instances_reach(const struct bs_instances *in, const struct bs_tu *tu, bs_sym table,
		       bs_sym inst, bs_sym obj)
{
	unsigned lo, hi;
	int stored = 0;

	if (!is_var(tu, obj))
		return 1;	/* a field store, or a table no store can name */
	stores_of(in, table, &lo, &hi);
	for (unsigned i = lo; i < hi; i++) {
		const struct bs_table_store *s = &in->stores.v[i];

		if (s->inst && s->inst != inst)
			continue;
		if (s->kind == TABLE_UNKNOWN)
			return 1;	/* an unknown table: anything */
		stored |= s->value == obj;
	}
	return stored;
}

/* Does instance inst narrow calls through member table: is some stored table not its? */
static int narrows(const struct bs_instances *in, const struct bs_tu *tu, bs_sym table,
		   bs_sym inst)
{
	unsigned lo, hi;

	stores_of(in, table, &lo, &hi);
	for (unsigned i = lo; i < hi; i++) {
		const struct bs_table_store *s = &in->stores.v[i];

		if (s->kind == TABLE_VAR && !bs_instances_reach(in, tu, table, inst, s->value))
			return 1;
	}
	return 0;
}

bs_sym bs_instances_of_call(const struct bs_func *f, const struct bs_event *ev)
{
	if (ev->kind != BS_EV_CALL || ev->via != BS_VIA_FIELD || !ev->ind_table)
		return 0;
	if (ev->ind_owner)
		return ev->ind_owner;
	if (f->clone_of && ev->ind_owner_param >= 0 && ev->ind_owner_param == f->inst_param)
		return f->inst_key;
	return 0;
}

static int add_sensitive(struct build *b, unsigned func, int param, bs_sym table)
{
	sensitives *v = &b->sens[func];
	struct sensitive x = { param, table };

	for (unsigned i = 0; i < v->n; i++)
		if (v->v[i].param == param && v->v[i].table == table)
			return 0;
	bs_vec_push(v, x);
	b->nsens++;
	return 1;
}

/* The direct callee of a call event, -1 if the analysed code does not define it. */
static int callee_of(const struct build *b, const struct bs_func *f, const struct bs_event *ev)
{
	if (ev->kind != BS_EV_CALL || ev->via != BS_VIA_DIRECT)
		return -1;
	return bs_callgraph_func(&b->names, f->unit, ev->callee);
}

/* Which parameters reach a call through their object's table, to a fixpoint over calls
 * that pass a parameter on. */
static void find_sensitive_params(struct build *b)
{
	const struct bs_tu *tu = b->tu;
	int changed = 1;

	for (unsigned fi = 0; fi < tu->funcs.n; fi++) {
		const struct bs_func *f = tu->funcs.v[fi];

		for (unsigned ei = 0; ei < f->events.n; ei++) {
			const struct bs_event *ev = &f->events.v[ei];

			if (ev->kind == BS_EV_CALL && ev->via == BS_VIA_FIELD && ev->ind_table &&
			    !ev->ind_owner && ev->ind_owner_param >= 0)
				add_sensitive(b, fi, ev->ind_owner_param, ev->ind_table);
		}
	}
	while (changed) {
		changed = 0;
		for (unsigned fi = 0; fi < tu->funcs.n; fi++) {
			const struct bs_func *f = tu->funcs.v[fi];

			for (unsigned ei = 0; ei < f->events.n; ei++) {
				const struct bs_event *ev = &f->events.v[ei];
				int g = callee_of(b, f, ev);

				for (unsigned i = 0; g >= 0 && i < ev->nargs; i++) {
					const struct bs_arg *a = bs_event_arg(f, ev, i);

					const sensitives *gs = &b->sens[g];

					for (unsigned q = 0; gs->n && a->atom && q < f->params.n;
					     q++) {
						if (f->params.v[q] != a->atom)
							continue;
						for (unsigned k = 0; k < gs->n; k++)
							if (gs->v[k].param == (int)i)
								changed |= add_sensitive(
									b, fi, (int)q,
									gs->v[k].table);
					}
				}
			}
		}
	}
}

static void copy_vec(void **dst, const void *src, unsigned n, size_t size)
{
	*dst = NULL;
	if (n) {
		*dst = bs_xcalloc(n, size);
		memcpy(*dst, src, n * size);
	}
}

#define COPY_VEC(to, from) do {							\
	copy_vec((void **)&(to).v, (from).v, (from).n, sizeof(*(from).v));	\
	(to).n = (to).cap = (from).n;						\
} while (0)

/* The copy of function of with parameter param designating instance inst, made on demand. */
static int copy_for(struct build *b, unsigned of, int param, bs_sym inst)
{
	const struct bs_func *o = b->tu->funcs.v[of];
	struct bs_func *f;
	struct copy c;

	for (unsigned i = 0; i < b->copies.n; i++)
		if (b->copies.v[i].of == of && b->copies.v[i].param == param &&
		    b->copies.v[i].inst == inst)
			return (int)b->copies.v[i].func;
	if (b->copies.n >= MAX_COPIES)
		return -1;
	f = bs_xcalloc(1, sizeof(*f));
	*f = *o;
	COPY_VEC(f->blocks, o->blocks);
	COPY_VEC(f->events, o->events);
	COPY_VEC(f->args, o->args);
	COPY_VEC(f->conds, o->conds);
	COPY_VEC(f->succ_extra, o->succ_extra);
	COPY_VEC(f->params, o->params);
	memset(&f->fix, 0, sizeof(f->fix));	/* fixes are the original's */
	f->bind_error = o->bind_error ? bs_xstrdup(o->bind_error) : NULL;
	f->clone_of = of + 1;
	f->inst_param = param;
	f->inst_key = inst;
	c = (struct copy){ of, param, inst, b->tu->funcs.n };
	bs_vec_push(&b->tu->funcs, f);
	bs_vec_push(&b->copies, c);
	return (int)c.func;
}

/* The instance argument i of a call in f designates: its own, or the instance f's copy
 * was made for when it is that parameter. */
static bs_sym arg_instance(const struct bs_func *f, const struct bs_arg *a)
{
	if (a->inst)
		return a->inst;
	if (f->clone_of && f->inst_param >= 0 && (unsigned)f->inst_param < f->params.n &&
	    a->atom && a->atom == f->params.v[f->inst_param])
		return f->inst_key;
	return 0;
}

/* Resolves the calls of function fi that pass a known instance to a sensitive parameter to
 * the callee's copy for it (the first such parameter). */
static void resolve_calls(struct build *b, unsigned fi)
{
	for (unsigned ei = 0; ei < b->tu->funcs.v[fi]->events.n; ei++) {
		struct bs_func *f = b->tu->funcs.v[fi];	/* copies grow the array */
		struct bs_event *ev = &f->events.v[ei];
		int g = callee_of(b, f, ev);

		for (unsigned i = 0; g >= 0 && i < ev->nargs; i++) {
			bs_sym inst = arg_instance(f, bs_event_arg(f, ev, i));
			int useful = 0, c;

			const sensitives *gs = &b->sens[g];

			for (unsigned k = 0; inst && k < gs->n && !useful; k++)
				useful = gs->v[k].param == (int)i &&
					 narrows(b->in, b->tu, gs->v[k].table, inst);
			if (!useful)
				continue;
			if ((c = copy_for(b, (unsigned)g, (int)i, inst)) >= 0)
				b->tu->funcs.v[fi]->events.v[ei].callee_clone = (unsigned)c + 1;
			break;
		}
	}
}

void bs_instances_build(struct bs_instances *in, struct bs_tu *tu)
{
	struct build b = { .in = in, .tu = tu };

	memset(in, 0, sizeof(*in));
	in->nfuncs = tu->funcs.n;
	collect_stores(in, tu);
	if (!in->stores.n)
		return;
	qsort(in->stores.v, in->stores.n, sizeof(*in->stores.v), by_table);
	b.names.tu = tu;
	bs_callgraph_index(&b.names);
	b.sens = bs_xcalloc(in->nfuncs ? in->nfuncs : 1, sizeof(*b.sens));
	find_sensitive_params(&b);
	/* the copies made here are resolved in turn: they are appended */
	for (unsigned fi = 0; b.nsens && fi < tu->funcs.n; fi++)
		resolve_calls(&b, fi);
	bs_callgraph_free(&b.names);
	for (unsigned fi = 0; fi < in->nfuncs; fi++)
		bs_vec_free(&b.sens[fi]);
	free(b.sens);
	bs_vec_free(&b.copies);
}

void bs_instances_undo(struct bs_instances *in, struct bs_tu *tu)
{
	for (unsigned fi = in->nfuncs; fi < tu->funcs.n; fi++)
		bs_func_free(tu->funcs.v[fi]);
	if (tu->funcs.n > in->nfuncs)
		tu->funcs.n = in->nfuncs;
	for (unsigned fi = 0; fi < tu->funcs.n; fi++)
		for (unsigned ei = 0; ei < tu->funcs.v[fi]->events.n; ei++)
			tu->funcs.v[fi]->events.v[ei].callee_clone = 0;
	bs_vec_free(&in->stores);
}
