// SPDX-License-Identifier: GPL-2.0
#include "callgraph.h"

static int targets_add(struct bs_targets *t, unsigned func)
{
	for (unsigned i = 0; i < t->n; i++)
		if (t->v[i] == func)
			return 0;
	bs_vec_push(t, func);
	return 1;
}

void bs_callgraph_index(struct bs_callgraph *cg)
{
	const struct bs_tu *tu = cg->tu;
	unsigned nsyms = 1;

	for (unsigned i = 0; i < tu->funcs.n; i++)
		if (tu->funcs.v[i]->name >= nsyms)
			nsyms = tu->funcs.v[i]->name + 1;
	cg->nsyms = nsyms;
	cg->first_of_sym = bs_xcalloc(nsyms, sizeof(int));
	cg->next_same_name = bs_xcalloc(tu->funcs.n, sizeof(int));
	for (unsigned s = 0; s < nsyms; s++)
		cg->first_of_sym[s] = -1;
	for (unsigned i = tu->funcs.n; i-- > 0;) {
		bs_sym name = tu->funcs.v[i]->name;

		cg->next_same_name[i] = -1;
		/* accessors and guard primitives are no call targets; copies are called by index */
		if (tu->funcs.v[i]->leaf || tu->funcs.v[i]->clone_of)
			continue;
		cg->next_same_name[i] = cg->first_of_sym[name];
		cg->first_of_sym[name] = i;
	}
}

int bs_callgraph_func(const struct bs_callgraph *cg, unsigned unit, bs_sym name)
{
	int external = -1;

	if (!name || name >= cg->nsyms)
		return -1;
	for (int i = cg->first_of_sym[name]; i >= 0; i = cg->next_same_name[i]) {
		const struct bs_func *f = cg->tu->funcs.v[i];

		if (f->unit == unit)
			return i;	/* a static (or inline) copy of this unit's own */
		if (!f->is_static && external < 0)
			external = i;
	}
	return external;
}

int bs_callgraph_callee(const struct bs_callgraph *cg, const struct bs_func *f,
			const struct bs_event *ev)
{
	if (ev->callee_clone)
		return (int)ev->callee_clone - 1;
	return bs_callgraph_func(cg, f->unit, ev->callee);
}

/* The functions stored in field rec.field; for a call through the table of an object of a
 * known instance (inst, through member table), only those its tables can hold. */
static void field_targets_of(const struct bs_callgraph *cg, bs_sym rec, bs_sym field,
			     bs_sym table, bs_sym inst, void (*fn)(unsigned, void *), void *ctx)
{
	for (unsigned i = 0; i < cg->fields.n; i++) {
		const struct bs_field_target *t = &cg->fields.v[i];
		int seen = 0;

		if (t->rec != rec || t->field != field)
			continue;
		if (inst && cg->inst && !bs_instances_reach(cg->inst, cg->tu, table, inst, t->obj))
			continue;
		/* a function stored in the field twice is one target */
		for (unsigned j = 0; j < i && !seen; j++)
			seen = cg->fields.v[j].func == t->func && cg->fields.v[j].rec == t->rec &&
			       cg->fields.v[j].field == t->field;
		if (!seen)
			fn(t->func, ctx);
	}
}

static void field_targets(const struct bs_callgraph *cg, bs_sym rec, bs_sym field,
			  void (*fn)(unsigned, void *), void *ctx)
{
	field_targets_of(cg, rec, field, 0, 0, fn, ctx);
}

/* The targets of a call through a struct field, event ev of function f. */
static void field_call_targets(const struct bs_callgraph *cg, const struct bs_func *f,
			       const struct bs_event *ev, void (*fn)(unsigned, void *), void *ctx)
{
	field_targets_of(cg, ev->ind_struct, ev->ind_field, ev->ind_table,
			 bs_instances_of_call(f, ev), fn, ctx);
}

static int param_index(const struct bs_func *f, bs_sym atom)
{
	for (unsigned i = 0; atom && i < f->params.n; i++)
		if (f->params.v[i] == atom)
			return i;
	return -1;
}

/* A field named by an object key "struct::field" (one member, no path). */
static int split_field(const struct bs_callgraph *cg, bs_sym obj, bs_sym *rec, bs_sym *field)
{
	const char *key = obj ? bs_str(cg->tu->strs, obj) : NULL;
	const char *sep = key ? strstr(key, "::") : NULL;
	char buf[512];

	if (!sep || strchr(sep + 2, '.') || (size_t)(sep - key) >= sizeof(buf))
		return 0;
	memcpy(buf, key, sep - key);
	buf[sep - key] = 0;
	*rec = bs_lookup(cg->tu->strs, buf);
	*field = bs_lookup(cg->tu->strs, sep + 2);
	return *rec && *field;
}

/* The locals a value was copied through, innermost first: a copy cycle adds nothing new. */
struct copies {
	bs_sym atom;
	const struct copies *up;
};

static void value_funcs(const struct bs_callgraph *cg, unsigned fi, bs_sym atom, bs_sym func,
			bs_sym obj, int fnptr, int no_params, const struct copies *seen,
			void (*fn)(unsigned, void *), void *ctx);

/* What a local of function fi holds: every function stored into it, flow-insensitively. */
static void local_funcs(const struct bs_callgraph *cg, unsigned fi, bs_sym atom, int no_params,
			const struct copies *seen, void (*fn)(unsigned, void *), void *ctx)
{
	const struct bs_func *f = cg->tu->funcs.v[fi];
	const struct copies here = { atom, seen };

	for (const struct copies *c = seen; c; c = c->up)
		if (c->atom == atom)
			return;
	for (unsigned ei = 0; ei < f->events.n; ei++) {
		const struct bs_event *ev = &f->events.v[ei];
		const struct bs_cond *k;

		if (ev->kind != BS_EV_STORE || ev->atom != atom)
			continue;
		k = ev->cond >= 0 ? &f->conds.v[ev->cond] : NULL;
		value_funcs(cg, fi, k && k->kind == BS_COND_ATOM ? k->sym : 0, ev->value_func,
			    ev->value_obj, 1, no_params, &here, fn, ctx);
	}
}

/*
 * The driver functions a value can designate: a function named outright, a parameter (what
 * callers pass, unless no_params: then the caller's context decides), a local (what is stored
 * into it, through any chain of copies), or a struct field (every function stored into it).
 */
static void value_funcs(const struct bs_callgraph *cg, unsigned fi, bs_sym atom, bs_sym func,
			bs_sym obj, int fnptr, int no_params, const struct copies *seen,
			void (*fn)(unsigned, void *), void *ctx)
{
	const struct bs_func *f = cg->tu->funcs.v[fi];
	bs_sym rec, field;
	int k;

	if (func) {
		k = bs_callgraph_func(cg, f->unit, func);
		if (k >= 0)
			fn(k, ctx);
		return;
	}
	if (!fnptr)
		return;
	if ((k = param_index(f, atom)) >= 0) {
		const struct bs_targets *t = &cg->param_vals[fi][k];

		if (no_params)
			return;
		for (unsigned i = 0; i < t->n; i++)
			fn(t->v[i], ctx);
		return;
	}
	if (atom && strchr(bs_str(cg->tu->strs, atom), '#')) {	/* a local variable */
		local_funcs(cg, fi, atom, no_params, seen, fn, ctx);
		return;
	}
	if (split_field(cg, obj, &rec, &field))
		field_targets(cg, rec, field, fn, ctx);
}

void bs_callgraph_arg_funcs(const struct bs_callgraph *cg, unsigned fi, const struct bs_arg *arg,
			    void (*fn)(unsigned func, void *ctx), void *ctx)
{
	value_funcs(cg, fi, arg->atom, arg->func, arg->obj, arg->fnptr, 0, NULL, fn, ctx);
}

void bs_callgraph_own_funcs(const struct bs_callgraph *cg, unsigned fi, bs_sym atom, bs_sym func,
			    bs_sym obj, int fnptr, void (*fn)(unsigned func, void *ctx), void *ctx)
{
	value_funcs(cg, fi, atom, func, obj, fnptr, 1, NULL, fn, ctx);
}

int bs_callgraph_param_of(const struct bs_callgraph *cg, unsigned fi, bs_sym atom)
{
	const struct bs_func *f = cg->tu->funcs.v[fi];
	int k = param_index(f, atom);

	if (k >= 0 || !atom || !strchr(bs_str(cg->tu->strs, atom), '#'))
		return k;
	for (unsigned ei = 0; ei < f->events.n; ei++) {	/* a local copy: fn = op */
		const struct bs_event *ev = &f->events.v[ei];
		const struct bs_cond *c;

		if (ev->kind != BS_EV_STORE || ev->atom != atom || ev->cond < 0)
			continue;
		c = &f->conds.v[ev->cond];
		if (c->kind == BS_COND_ATOM && (k = param_index(f, c->sym)) >= 0)
			return k;
	}
	return -1;
}

static void collect(unsigned func, void *ctx)
{
	targets_add(ctx, func);
}

/* The targets of a call event, given what is known of parameters so far. */
static void call_targets(const struct bs_callgraph *cg, unsigned fi, const struct bs_event *ev,
			 struct bs_targets *out)
{
	const struct bs_func *f = cg->tu->funcs.v[fi];
	int k;

	out->n = 0;
	switch (ev->via) {
	case BS_VIA_DIRECT:
		if ((k = bs_callgraph_callee(cg, f, ev)) >= 0)
			targets_add(out, k);
		break;
	case BS_VIA_FIELD:
		field_call_targets(cg, f, ev, collect, out);
		break;
	case BS_VIA_PARAM:
	case BS_VIA_LOCAL:
		value_funcs(cg, fi, ev->ind_var, 0, 0, 1, 0, NULL, collect, out);
		break;
	default:
		break;
	}
}

/* Functions whose address an event hands to a function outside the analysed code. */
static void passed_funcs(const struct bs_callgraph *cg, unsigned fi, const struct bs_event *ev,
			 struct bs_targets *out)
{
	const struct bs_func *f = cg->tu->funcs.v[fi];
	const char *callee;

	out->n = 0;
	if (ev->via != BS_VIA_DIRECT || !ev->callee ||
	    bs_callgraph_func(cg, f->unit, ev->callee) >= 0)
		return;
	callee = bs_str(cg->tu->strs, ev->callee);
	for (unsigned i = 0; i < ev->nargs; i++) {
		const struct bs_arg *a = bs_event_arg(f, ev, i);

		if (!a->func && !a->fnptr)
			continue;
		/* a registration hands the function to a context, not to a synchronous call */
		if (bs_config_call_context(cg->cfg, callee, i))
			continue;
		bs_callgraph_arg_funcs(cg, fi, a, collect, out);
	}
}

static int has_function_args(const struct bs_func *f, const struct bs_event *ev)
{
	for (unsigned i = 0; i < ev->nargs; i++) {
		const struct bs_arg *a = bs_event_arg(f, ev, i);

		if (a->func || a->fnptr)
			return 1;
	}
	return 0;
}

/* One round of argument -> parameter propagation; returns 1 if a set grew. */
static int propagate(struct bs_callgraph *cg)
{
	const struct bs_tu *tu = cg->tu;
	struct bs_targets tgts = { 0 }, vals = { 0 };
	int changed = 0;

	for (unsigned fi = 0; fi < tu->funcs.n; fi++) {
		const struct bs_func *f = tu->funcs.v[fi];

		for (unsigned ei = 0; ei < f->events.n; ei++) {
			const struct bs_event *ev = &f->events.v[ei];

			if (ev->kind != BS_EV_CALL || !has_function_args(f, ev))
				continue;
			call_targets(cg, fi, ev, &tgts);
			for (unsigned t = 0; t < tgts.n; t++) {
				const struct bs_func *g = tu->funcs.v[tgts.v[t]];

				for (unsigned i = 0; i < ev->nargs && i < g->params.n; i++) {
					vals.n = 0;
					bs_callgraph_arg_funcs(cg, fi, bs_event_arg(f, ev, i), collect,
							       &vals);
					for (unsigned j = 0; j < vals.n; j++)
						changed |= targets_add(&cg->param_vals[tgts.v[t]][i],
								       vals.v[j]);
				}
			}
		}
	}
	free(tgts.v);
	free(vals.v);
	return changed;
}

/* The dispatch rule of a direct call to a function the analysed code does not define. */
static const struct bs_dispatch_rule *dispatch_of(const struct bs_callgraph *cg, unsigned fi,
						  const struct bs_event *ev)
{
	const struct bs_func *f = cg->tu->funcs.v[fi];

	if (ev->via != BS_VIA_DIRECT || !ev->callee ||
	    bs_callgraph_func(cg, f->unit, ev->callee) >= 0)
		return NULL;
	return bs_config_dispatch(cg->cfg, bs_str(cg->tu->strs, ev->callee));
}

/* Calls fn for each function a dispatch rule reaches, with the struct field it is stored in. */
static void dispatch_targets(const struct bs_callgraph *cg, const struct bs_dispatch_rule *d,
			     void (*fn)(unsigned func, bs_sym rec, bs_sym field, void *ctx),
			     void *ctx)
{
	for (unsigned i = 0; i < d->invokes.n; i++) {
		bs_sym rec = bs_lookup(cg->tu->strs, d->invokes.v[i].rec);
		bs_sym field = bs_lookup(cg->tu->strs, d->invokes.v[i].field);

		if (!rec || !field)
			continue;	/* no unit stores into it */
		for (unsigned k = 0; k < cg->fields.n; k++)
			if (cg->fields.v[k].rec == rec && cg->fields.v[k].field == field)
				fn(cg->fields.v[k].func, rec, field, ctx);
	}
}

static void collect_dispatched(unsigned func, bs_sym rec, bs_sym field, void *ctx)
{
	(void)rec;
	(void)field;
	targets_add(ctx, func);
}

static void record_dispatch_targets(struct bs_callgraph *cg)
{
	const struct bs_tu *tu = cg->tu;

	for (unsigned fi = 0; fi < tu->funcs.n; fi++) {
		const struct bs_func *f = tu->funcs.v[fi];

		for (unsigned ei = 0; ei < f->events.n; ei++) {
			const struct bs_event *ev = &f->events.v[ei];
			const struct bs_dispatch_rule *d;
			struct bs_targets t = { 0 };

			if (ev->kind != BS_EV_CALL || !(d = dispatch_of(cg, fi, ev)))
				continue;
			dispatch_targets(cg, d, collect_dispatched, &t);
			if (!t.n) {
				free(t.v);
				continue;
			}
			if (!cg->dispatch_tgts[fi])
				cg->dispatch_tgts[fi] = bs_xcalloc(f->events.n, sizeof(struct bs_targets));
			cg->dispatch_tgts[fi][ei] = t;
		}
	}
}

struct field_of {
	unsigned target;
	bs_sym rec, field;
};

static void match_field(unsigned func, bs_sym rec, bs_sym field, void *ctx)
{
	struct field_of *m = ctx;

	if (func == m->target && !m->rec) {
		m->rec = rec;
		m->field = field;
	}
}

void bs_callgraph_dispatch_field(const struct bs_callgraph *cg, unsigned fi, unsigned ei,
				 unsigned target, bs_sym *rec, bs_sym *field)
{
	const struct bs_dispatch_rule *d = dispatch_of(cg, fi, &cg->tu->funcs.v[fi]->events.v[ei]);
	struct field_of m = { target, 0, 0 };

	if (d)
		dispatch_targets(cg, d, match_field, &m);
	*rec = m.rec;
	*field = m.field;
}

/* Per function, for one dispatch rule: 1 if every listed field storing it runs only behind a
 * closed check, -1 if one does not, 0 if none stores it. */
static signed char *behind_check_per_func(const struct bs_callgraph *cg,
					 const struct bs_dispatch_rule *d,
					 int (*closed)(const char *check, void *arg), void *arg)
{
	signed char *st = bs_xcalloc(cg->tu->funcs.n, 1);

	for (unsigned i = 0; i < d->invokes.n; i++) {
		const struct bs_dispatch_target *inv = &d->invokes.v[i];
		bs_sym rec = bs_lookup(cg->tu->strs, inv->rec);
		bs_sym field = bs_lookup(cg->tu->strs, inv->field);
		int after = inv->behind_check && closed(inv->behind_check, arg);

		for (unsigned k = 0; rec && field && k < cg->fields.n; k++) {
			unsigned fn = cg->fields.v[k].func;

			if (cg->fields.v[k].rec == rec && cg->fields.v[k].field == field)
				st[fn] = after && st[fn] >= 0 ? 1 : -1;
		}
	}
	return st;
}

unsigned bs_callgraph_mark_behind_check(struct bs_callgraph *cg,
				       int (*closed)(const char *check, void *arg), void *arg)
{
	unsigned marked = 0;

	for (unsigned ri = 0; ri < cg->cfg->dispatch.n; ri++) {
		const struct bs_dispatch_rule *d = &cg->cfg->dispatch.v[ri];
		signed char *st = NULL;
		unsigned i = 0;

		while (i < d->invokes.n && !d->invokes.v[i].behind_check)
			i++;
		if (i == d->invokes.n)
			continue;
		for (unsigned fi = 0; fi < cg->tu->funcs.n; fi++) {
			const struct bs_func *f = cg->tu->funcs.v[fi];

			for (unsigned ei = 0; cg->dispatch_tgts[fi] && ei < f->events.n; ei++) {
				struct bs_targets *t = &cg->dispatch_tgts[fi][ei];

				if (!t->n || dispatch_of(cg, fi, &f->events.v[ei]) != d)
					continue;
				if (!st)
					st = behind_check_per_func(cg, d, closed, arg);
				for (unsigned k = 0; k < t->n; k++) {
					if (st[t->v[k]] <= 0)
						continue;
					if (!t->bound)
						t->bound = bs_xcalloc(t->n, 1);
					t->bound[k] = 1;
					marked++;
				}
			}
		}
		free(st);
	}
	return marked;
}

int bs_callgraph_behind_check(const struct bs_callgraph *cg, unsigned fi, unsigned ei,
			     unsigned target)
{
	const struct bs_targets *t = cg->dispatch_tgts[fi] ? &cg->dispatch_tgts[fi][ei] : NULL;

	for (unsigned k = 0; t && t->bound && k < t->n; k++)
		if (t->v[k] == target)
			return t->bound[k];
	return 0;
}

/* After the fixpoint: the targets of pointer calls and the functions passed outside. */
static void record_event_targets(struct bs_callgraph *cg)
{
	const struct bs_tu *tu = cg->tu;

	for (unsigned fi = 0; fi < tu->funcs.n; fi++) {
		const struct bs_func *f = tu->funcs.v[fi];

		for (unsigned ei = 0; ei < f->events.n; ei++) {
			const struct bs_event *ev = &f->events.v[ei];
			struct bs_targets t = { 0 };

			if (ev->kind != BS_EV_CALL)
				continue;
			if (ev->via == BS_VIA_PARAM || ev->via == BS_VIA_LOCAL)
				call_targets(cg, fi, ev, &t);
			else if (ev->via == BS_VIA_DIRECT && has_function_args(f, ev))
				passed_funcs(cg, fi, ev, &t);
			if (!t.n) {
				free(t.v);
				continue;
			}
			if (!cg->event_tgts[fi])
				cg->event_tgts[fi] = bs_xcalloc(f->events.n, sizeof(struct bs_targets));
			cg->event_tgts[fi][ei] = t;
		}
	}
}

void bs_callgraph_build(struct bs_callgraph *cg, const struct bs_tu *tu,
			const struct bs_config *cfg, const struct bs_instances *inst)
{
	memset(cg, 0, sizeof(*cg));
	cg->tu = tu;
	cg->cfg = cfg;
	cg->inst = inst;
	bs_callgraph_index(cg);
	for (unsigned i = 0; i < tu->regs.n; i++) {
		const struct bs_reg *r = &tu->regs.v[i];
		int fi = bs_callgraph_func(cg, r->unit, r->func);
		struct bs_field_target t;

		if (r->kind != BS_REG_FIELD || fi < 0)
			continue;
		t = (struct bs_field_target){ r->rec, r->field, fi, r->obj };
		bs_vec_push(&cg->fields, t);
	}
	cg->param_vals = bs_xcalloc(tu->funcs.n, sizeof(*cg->param_vals));
	cg->event_tgts = bs_xcalloc(tu->funcs.n, sizeof(*cg->event_tgts));
	cg->dispatch_tgts = bs_xcalloc(tu->funcs.n, sizeof(*cg->dispatch_tgts));
	for (unsigned fi = 0; fi < tu->funcs.n; fi++)
		cg->param_vals[fi] = bs_xcalloc(tu->funcs.v[fi]->params.n + 1,
						sizeof(struct bs_targets));
	/* the sets only grow, within the finite set of functions */
	while (propagate(cg))
		;
	record_event_targets(cg);
	record_dispatch_targets(cg);
}

void bs_callgraph_free(struct bs_callgraph *cg)
{
	for (unsigned fi = 0; cg->tu && fi < cg->tu->funcs.n; fi++) {
		const struct bs_func *f = cg->tu->funcs.v[fi];

		for (unsigned k = 0; cg->param_vals && k < f->params.n; k++)
			free(cg->param_vals[fi][k].v);
		if (cg->param_vals)
			free(cg->param_vals[fi]);
		for (unsigned ei = 0; cg->event_tgts && cg->event_tgts[fi] && ei < f->events.n; ei++)
			free(cg->event_tgts[fi][ei].v);
		if (cg->event_tgts)
			free(cg->event_tgts[fi]);
		for (unsigned ei = 0; cg->dispatch_tgts && cg->dispatch_tgts[fi] && ei < f->events.n;
		     ei++) {
			free(cg->dispatch_tgts[fi][ei].v);
			free(cg->dispatch_tgts[fi][ei].bound);
		}
		if (cg->dispatch_tgts)
			free(cg->dispatch_tgts[fi]);
	}
	free(cg->param_vals);
	free(cg->event_tgts);
	free(cg->dispatch_tgts);
	free(cg->first_of_sym);
	free(cg->next_same_name);
	bs_vec_free(&cg->fields);
}

static void count_one(unsigned func, enum bs_edge edge, void *arg)
{
	(void)func;
	(void)edge;
	++*(unsigned *)arg;
}

enum bs_pointer_call bs_callgraph_pointer_call(const struct bs_callgraph *cg, unsigned fi,
					       unsigned ei)
{
	const struct bs_event *ev = &cg->tu->funcs.v[fi]->events.v[ei];
	unsigned n = 0;

	if (ev->kind != BS_EV_CALL || ev->via == BS_VIA_DIRECT)
		return BS_PTR_NONE;
	if (ev->via == BS_VIA_OTHER)
		return BS_PTR_UNRESOLVED;
	bs_callgraph_targets(cg, fi, ei, count_one, &n);
	if (n)
		return BS_PTR_RESOLVED;
	return ev->via == BS_VIA_FIELD ? BS_PTR_OUTSIDE : BS_PTR_UNRESOLVED;
}

struct edge_ctx {
	void (*fn)(unsigned, enum bs_edge, void *);
	void *arg;
	enum bs_edge edge;
};

static void with_edge(unsigned func, void *ctx)
{
	struct edge_ctx *e = ctx;

	e->fn(func, e->edge, e->arg);
}

void bs_callgraph_targets(const struct bs_callgraph *cg, unsigned fi, unsigned ei,
			  void (*fn)(unsigned func, enum bs_edge edge, void *arg), void *arg)
{
	const struct bs_func *f = cg->tu->funcs.v[fi];
	const struct bs_event *ev = &f->events.v[ei];
	const struct bs_targets *t = cg->event_tgts[fi] ? &cg->event_tgts[fi][ei] : NULL;
	struct edge_ctx e = { fn, arg, BS_EDGE_CALL };
	int k;

	if (ev->kind != BS_EV_CALL)
		return;
	switch (ev->via) {
	case BS_VIA_DIRECT:
		if ((k = bs_callgraph_callee(cg, f, ev)) >= 0) {
			fn(k, BS_EDGE_CALL, arg);
			return;
		}
		for (unsigned i = 0; t && i < t->n; i++)
			fn(t->v[i], BS_EDGE_PASS, arg);
		if (cg->dispatch_tgts[fi]) {
			const struct bs_targets *d = &cg->dispatch_tgts[fi][ei];

			for (unsigned i = 0; i < d->n; i++)
				fn(d->v[i], BS_EDGE_DISPATCH, arg);
		}
		return;
	case BS_VIA_FIELD:
		field_call_targets(cg, f, ev, with_edge, &e);
		return;
	case BS_VIA_PARAM:
	case BS_VIA_LOCAL:
		for (unsigned i = 0; t && i < t->n; i++)
			fn(t->v[i], BS_EDGE_POINTER, arg);
		return;
	default:
		return;
	}
}

struct find_edge {
	unsigned target;
	enum bs_edge edge;
};

static void match_edge(unsigned func, enum bs_edge edge, void *arg)
{
	struct find_edge *f = arg;

	if (func == f->target)
		f->edge = edge;
}

enum bs_edge bs_callgraph_edge(const struct bs_callgraph *cg, unsigned fi, unsigned ei,
			       unsigned target)
{
	struct find_edge f = { target, BS_EDGE_CALL };

	bs_callgraph_targets(cg, fi, ei, match_edge, &f);
	return f.edge;
}
