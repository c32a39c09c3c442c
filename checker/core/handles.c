// SPDX-License-Identifier: GPL-2.0
#include "handles.h"

struct handles {
	const struct bs_tu *tu;
	const struct bs_config *cfg;
	const struct bs_callgraph *cg;
	unsigned nsyms;
	const struct bs_handle_rule **rule;	/* per callee symbol, looked up once */
	unsigned char *known;
	unsigned char *field;			/* per "field:<struct>.<member>" symbol */
	BS_VEC(bs_sym) *locals;			/* per function: its locals and parameters */
	int changed;
};

static const struct bs_handle_rule *rule_of(struct handles *h, bs_sym callee)
{
	if (!callee || callee >= h->nsyms)
		return NULL;
	if (!h->known[callee]) {
		h->known[callee] = 1;
		h->rule[callee] = bs_config_handle(h->cfg, bs_str(h->tu->strs, callee));
	}
	return h->rule[callee];
}

static int local_has(const struct handles *h, unsigned fi, bs_sym atom)
{
	for (unsigned i = 0; atom && i < h->locals[fi].n; i++)
		if (h->locals[fi].v[i] == atom)
			return 1;
	return 0;
}

static void add_local(struct handles *h, unsigned fi, bs_sym atom)
{
	if (!atom || local_has(h, fi, atom))
		return;
	bs_vec_push(&h->locals[fi], atom);
	h->changed = 1;
}

static void add_field(struct handles *h, bs_sym field)
{
	if (!field || field >= h->nsyms || h->field[field])
		return;
	h->field[field] = 1;
	h->changed = 1;
}

static int field_has(const struct handles *h, bs_sym field)
{
	return field && field < h->nsyms && h->field[field];
}

static int arg_is_handle(const struct handles *h, unsigned fi, const struct bs_arg *a)
{
	return a && (field_has(h, a->field) || local_has(h, fi, a->atom));
}

/* The value where an argument points to, or an assigned lvalue: a member, else a local. */
static void add_place(struct handles *h, unsigned fi, bs_sym field, bs_sym atom)
{
	if (field)
		add_field(h, field);
	else
		add_local(h, fi, atom);
}

/* The call event of f whose result the atom names, NULL if none. */
static const struct bs_event *call_of_result(const struct bs_func *f, bs_sym result)
{
	for (unsigned ei = 0; result && ei < f->events.n; ei++)
		if (f->events.v[ei].kind == BS_EV_CALL && f->events.v[ei].result == result)
			return &f->events.v[ei];
	return NULL;
}

/* Does the call return a handle: a creator on an address that is not plain memory, or a
 * deriving call on a handle? */
static int call_returns_handle(struct handles *h, unsigned fi, const struct bs_event *ev)
{
	const struct bs_func *f = h->tu->funcs.v[fi];
	const struct bs_handle_rule *r = ev ? rule_of(h, ev->callee) : NULL;
	const struct bs_arg *a;

	if (!r || ev->via != BS_VIA_DIRECT || !(a = bs_event_arg(f, ev, r->arg)))
		return 0;
	if (r->role == BS_HANDLE_CREATE)
		return a->origin != BS_ORIGIN_PLAIN;
	return r->role == BS_HANDLE_DERIVE && r->out_arg < 0 && arg_is_handle(h, fi, a);
}

/* Is the value stored (a condition node of f) a handle? */
static int value_is_handle(struct handles *h, unsigned fi, int node)
{
	const struct bs_func *f = h->tu->funcs.v[fi];
	const struct bs_cond *k;

	if (node < 0 || (unsigned)node >= f->conds.n)
		return 0;
	k = &f->conds.v[node];
	if (k->kind == BS_COND_ATOM || k->kind == BS_COND_UNKNOWN)
		return local_has(h, fi, k->sym) || field_has(h, k->atom);
	if (k->kind == BS_COND_CALL && rule_of(h, k->sym))
		return call_returns_handle(h, fi, call_of_result(f, k->atom));
	return 0;
}

/* A call: a deriving call that stores through a pointer, or a driver function's parameters. */
static void visit_call(struct handles *h, unsigned fi, const struct bs_event *ev)
{
	const struct bs_func *f = h->tu->funcs.v[fi];
	const struct bs_handle_rule *r = rule_of(h, ev->callee);
	const struct bs_func *g;
	int gi;

	if (ev->via != BS_VIA_DIRECT)
		return;
	if (r) {
		const struct bs_arg *out = r->out_arg >= 0 ? bs_event_arg(f, ev, r->out_arg) : NULL;

		if (r->role == BS_HANDLE_DERIVE && out &&
		    arg_is_handle(h, fi, bs_event_arg(f, ev, r->arg)))
			add_place(h, fi, out->field, out->atom);
		return;
	}
	if ((gi = bs_callgraph_callee(h->cg, f, ev)) < 0)
		return;
	g = h->tu->funcs.v[gi];
	for (unsigned i = 0; i < ev->nargs && i < g->params.n; i++)
		if (arg_is_handle(h, fi, bs_event_arg(f, ev, i)))
			add_local(h, (unsigned)gi, g->params.v[i]);
}

static void visit(struct handles *h, unsigned fi)
{
	const struct bs_func *f = h->tu->funcs.v[fi];

	for (unsigned ei = 0; ei < f->events.n; ei++) {
		const struct bs_event *ev = &f->events.v[ei];

		if (ev->kind == BS_EV_STORE && value_is_handle(h, fi, ev->cond))
			add_place(h, fi, ev->field, ev->atom);
		else if (ev->kind == BS_EV_CALL)
			visit_call(h, fi, ev);
	}
}

/* Does any call create a handle? Most drivers make none: nothing else to do then. */
static int creates_any(struct handles *h)
{
	for (unsigned fi = 0; fi < h->tu->funcs.n; fi++) {
		const struct bs_func *f = h->tu->funcs.v[fi];

		for (unsigned ei = 0; ei < f->events.n; ei++) {
			const struct bs_handle_rule *r = rule_of(h, f->events.v[ei].callee);

			if (f->events.v[ei].kind == BS_EV_CALL && r && r->role == BS_HANDLE_CREATE)
				return 1;
		}
	}
	return 0;
}

static void mark_accesses(struct handles *h)
{
	for (unsigned fi = 0; fi < h->tu->funcs.n; fi++) {
		struct bs_func *f = h->tu->funcs.v[fi];

		for (unsigned ei = 0; ei < f->events.n; ei++) {
			struct bs_event *ev = &f->events.v[ei];
			const struct bs_handle_rule *r = rule_of(h, ev->callee);

			if (ev->kind != BS_EV_CALL || ev->via != BS_VIA_DIRECT || !r ||
			    r->role != BS_HANDLE_ACCESS ||
			    !arg_is_handle(h, fi, bs_event_arg(f, ev, r->arg)))
				continue;
			ev->kind = BS_EV_ACCESS;
			ev->origin = BS_ORIGIN_IOMEM;
		}
	}
}

void bs_bind_handles(struct bs_tu *tu, const struct bs_config *cfg, const struct bs_callgraph *cg)
{
	struct handles h = { .tu = tu, .cfg = cfg, .cg = cg, .nsyms = bs_strtab_count(tu->strs) };

	if (!cfg->handles.n)
		return;
	h.rule = bs_xcalloc(h.nsyms, sizeof(*h.rule));
	h.known = bs_xcalloc(h.nsyms, 1);
	h.field = bs_xcalloc(h.nsyms, 1);
	h.locals = bs_xcalloc(tu->funcs.n ? tu->funcs.n : 1, sizeof(*h.locals));
	/* the sets only grow, within the finite set of members and locals */
	if (creates_any(&h)) {
		do {
			h.changed = 0;
			for (unsigned fi = 0; fi < tu->funcs.n; fi++)
				if (!tu->funcs.v[fi]->leaf)
					visit(&h, fi);
		} while (h.changed);
		mark_accesses(&h);
	}
	for (unsigned fi = 0; fi < tu->funcs.n; fi++)
		bs_vec_free(&h.locals[fi]);
	free(h.locals);
	free(h.rule);
	free(h.known);
	free(h.field);
}
