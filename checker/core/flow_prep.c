// SPDX-License-Identifier: GPL-2.0
#include "flow_prep.h"

#define STR_(x) #x
#define STR(x) STR_(x)

/* Atom symbols to dense indexes: open addressing, symbol 0 marks a free cell. */
struct atom_map {
	bs_sym *keys;
	int *vals;
	unsigned mask, n;
};

static void map_init(struct atom_map *m, unsigned expected)
{
	unsigned size = 16;

	while (size < 2 * expected)
		size *= 2;
	m->keys = bs_xcalloc(size, sizeof(*m->keys));
	m->vals = bs_xcalloc(size, sizeof(*m->vals));
	m->mask = size - 1;
	m->n = 0;
}

static unsigned map_cell(const struct atom_map *m, bs_sym sym)
{
	unsigned i = (sym * 2654435761u) & m->mask;

	while (m->keys[i] && m->keys[i] != sym)
		i = (i + 1) & m->mask;
	return i;
}

static int map_get(const struct atom_map *m, bs_sym sym)
{
	unsigned i = map_cell(m, sym);

	return sym && m->keys[i] ? m->vals[i] : -1;
}

/* Returns 1 if sym was new. The map never fills: it is sized for every symbol a function has. */
static int map_add(struct atom_map *m, bs_sym sym)
{
	unsigned i = map_cell(m, sym);

	if (!sym || m->keys[i])
		return 0;
	m->keys[i] = sym;
	m->vals[i] = m->n++;
	return 1;
}

static void map_free(struct atom_map *m)
{
	free(m->keys);
	free(m->vals);
}

static const char *name(const struct bs_tu *tu, bs_sym sym)
{
	return bs_str(tu->strs, sym);
}

/* The atom a condition node reads itself (its children aside), or 0. */
static bs_sym node_atom(const struct bs_tu *tu, const struct bs_config *cfg, const struct bs_cond *k)
{
	if (k->kind == BS_COND_ATOM)
		return k->sym;
	if (k->kind == BS_COND_CALL && !bs_config_is_transparent(cfg, name(tu, k->sym)))
		return k->atom;
	return 0;
}

/* Trees are built bottom-up: children have lower indexes, so the walks below terminate. */
static int conds_well_formed(const struct bs_func *f)
{
	for (unsigned i = 0; i < f->conds.n; i++) {
		const struct bs_cond *k = &f->conds.v[i];

		if (k->a >= (int)i || k->b >= (int)i || k->a < -1 || k->b < -1)
			return 0;
	}
	for (unsigned i = 0; i < f->blocks.n; i++)
		if (f->blocks.v[i].cond >= (int)f->conds.n || f->blocks.v[i].cond < -1)
			return 0;
	for (unsigned i = 0; i < f->events.n; i++)
		if ((f->events.v[i].kind == BS_EV_STORE || f->events.v[i].kind == BS_EV_RETURN) &&
		    (f->events.v[i].cond >= (int)f->conds.n || f->events.v[i].cond < -1))
			return 0;
	return 1;
}

static int add_tree_atoms(const struct bs_tu *tu, const struct bs_config *cfg,
			  const struct bs_func *f, int n, struct atom_map *m)
{
	const struct bs_cond *k;
	int added;

	if (n < 0)
		return 0;
	k = &f->conds.v[n];
	added = map_add(m, node_atom(tu, cfg, k));
	added |= add_tree_atoms(tu, cfg, f, k->a, m);
	added |= add_tree_atoms(tu, cfg, f, k->b, m);
	return added;
}

/*
 * Trace what a branch tests, and what feeds a traced store (to any depth: `ok = ret` then
 * `if (ok)` traces both). An atom nothing reads cannot change a path, so it is not traced.
 */
static void collect_atoms(const struct bs_tu *tu, const struct bs_config *cfg,
			  const struct bs_func *f, int track_returns, struct atom_map *m)
{
	int added = 1;

	for (unsigned i = 0; i < f->blocks.n; i++)
		add_tree_atoms(tu, cfg, f, f->blocks.v[i].cond, m);
	for (unsigned i = 0; i < f->events.n && track_returns; i++)
		if (f->events.v[i].kind == BS_EV_RETURN)
			add_tree_atoms(tu, cfg, f, f->events.v[i].cond, m);
	while (added) {
		added = 0;
		for (unsigned i = 0; i < f->events.n; i++) {
			const struct bs_event *ev = &f->events.v[i];

			if (ev->kind == BS_EV_STORE && map_get(m, ev->atom) >= 0)
				added |= add_tree_atoms(tu, cfg, f, ev->cond, m);
		}
	}
}

/*
 * Which truth of node k proves a predicate field that its child reads (-1: none): a bit test
 * of a "mask" flag, or a comparison of a field the unbind path sets to "unbound_value".
 */
static int field_test(const struct bs_tu *tu, const struct bs_config *cfg, const struct bs_cond *k,
		      const struct bs_cond *child)
{
	const char *key = child->kind == BS_COND_ATOM && child->atom ? name(tu, child->atom) : "";
	const struct bs_guard *g;
	int eq;

	if (strncmp(key, "field:", 6) || !(g = bs_config_guard_field(cfg, key + 6)))
		return -1;
	if (g->flag == BS_FLAG_MASK)	/* flags & m, m among the flag's bits */
		return k->kind == BS_COND_MASK && k->value && !(k->value & ~g->value) ? 1 : -1;
	if (g->flag != BS_FLAG_UNBOUND_VALUE)
		return -1;
	switch (k->kind) {
	case BS_COND_EQ:
	case BS_COND_VEQ:
	case BS_COND_NE:
	case BS_COND_VNE:
		/* f == unbound false, f != unbound true; f == other true, f != other false */
		eq = k->kind == BS_COND_EQ || k->kind == BS_COND_VEQ;
		return eq != (k->value == g->value);
	default:
		return -1;
	}
}

/* The truth of node k that proves a predicate field: the flag itself, or a test of it; -1. */
static int field_truth(const struct bs_tu *tu, const struct bs_config *cfg,
		       const struct bs_func *f, const struct bs_cond *k)
{
	const char *key = k->kind == BS_COND_ATOM && k->atom ? name(tu, k->atom) : "";
	const struct bs_guard *g;

	if (!strncmp(key, "field:", 6) && (g = bs_config_guard_field(cfg, key + 6)) &&
	    g->flag == BS_FLAG_NONZERO)
		return g->success_nonzero;
	return k->a >= 0 ? field_test(tu, cfg, k, &f->conds.v[k->a]) : -1;
}

static void resolve_conds(const struct bs_tu *tu, const struct bs_config *cfg,
			  const struct bs_func *f, const struct atom_map *m, struct fp_func *fp)
{
	fp->cond = bs_xcalloc(f->conds.n ? f->conds.n : 1, sizeof(*fp->cond));
	for (unsigned i = 0; i < f->conds.n; i++) {
		const struct bs_cond *k = &f->conds.v[i];
		struct fp_cond *c = &fp->cond[i];

		c->transparent = k->kind == BS_COND_CALL &&
				 bs_config_is_transparent(cfg, name(tu, k->sym));
		c->atom = map_get(m, node_atom(tu, cfg, k));
		c->field_truth = field_truth(tu, cfg, f, k);
		c->vatom = -1;
	}
}

/* The cookie of a guard call: the one place the flow analysis reads call arguments. */
static bs_sym cookie_of(const struct bs_func *f, const struct bs_event *ev, unsigned arg)
{
	const struct bs_arg *a = bs_event_arg(f, ev, arg);

	return a ? a->atom : 0;
}

static int slot_of(bs_sym *slots, unsigned *nslots, bs_sym cookie)
{
	for (unsigned i = 0; i < *nslots; i++)
		if (slots[i] == cookie)
			return i;
	if (*nslots == FW_MAX_SLOTS)
		return -1;
	slots[*nslots] = cookie;
	return (*nslots)++;
}

static const char *resolve_role(const struct bs_tu *tu, const struct bs_config *cfg,
				const struct bs_func *f, struct fp_func *fp, bs_sym *slots, unsigned i)
{
	const struct bs_event *ev = &f->events.v[i];
	struct fp_event *e = &fp->ev[i];
	const struct bs_guard *g = NULL;

	if (ev->kind != BS_EV_CALL || !ev->callee)
		return NULL;
	if ((g = bs_config_guard_enter(cfg, name(tu, ev->callee)))) {
		e->role = g->exit ? FP_ENTER : FP_PREDICATE;
		if (g->exit)
			e->slot = slot_of(slots, &fp->nslots, cookie_of(f, ev, g->enter_cookie_arg));
	} else if ((g = bs_config_guard_exit(cfg, name(tu, ev->callee)))) {
		e->role = FP_EXIT;
		e->slot = slot_of(slots, &fp->nslots, cookie_of(f, ev, g->exit_cookie_arg));
	}
	e->guard = g;
	if ((e->role == FP_ENTER || e->role == FP_EXIT) && e->slot < 0)
		return "it uses more than " STR(FW_MAX_SLOTS) " unbind-guard cookies, the flow "
		       "analysis' limit";
	return NULL;
}

/*
 * Slots are numbered in source order (clang numbers blocks backwards), which is the order the
 * notes that pick "the first held guard" rely on.
 */
static const char *resolve_events(const struct bs_tu *tu, const struct bs_config *cfg,
				  const struct bs_func *f, const struct atom_map *m,
				  struct fp_func *fp)
{
	bs_sym slots[FW_MAX_SLOTS];
	const char *limit = NULL;

	fp->ev = bs_xcalloc(f->events.n ? f->events.n : 1, sizeof(*fp->ev));
	fp->nslots = 0;
	for (unsigned i = 0; i < f->events.n; i++) {
		const struct bs_event *ev = &f->events.v[i];
		struct fp_event *e = &fp->ev[i];

		e->result = ev->kind == BS_EV_CALL ? map_get(m, ev->result) : -1;
		e->stored = ev->kind == BS_EV_STORE ? map_get(m, ev->atom) : -1;
		e->slot = -1;
		e->ret_var = -1;
		if (ev->kind == BS_EV_RETURN && fp->track_returns && ev->cond >= 0 &&
		    f->conds.v[ev->cond].kind == BS_COND_ATOM)
			e->ret_var = fp->cond[ev->cond].atom;
	}
	for (unsigned bi = f->blocks.n; bi-- > 0 && !limit;) {
		const struct bs_block *b = &f->blocks.v[bi];

		for (unsigned i = 0; i < b->nevents && !limit; i++)
			limit = resolve_role(tu, cfg, f, fp, slots, b->first_event + i);
	}
	fp->unnamed_slot = -1;
	for (unsigned i = 0; i < fp->nslots; i++)
		if (!slots[i])
			fp->unnamed_slot = i;
	return limit;
}

/* Does f test a predicate (a predicate call, a predicate field)? Then its returns may tell. */
static int tests_predicate(const struct bs_tu *tu, const struct bs_config *cfg,
			   const struct bs_func *f)
{
	for (unsigned i = 0; i < f->events.n; i++) {
		const struct bs_event *ev = &f->events.v[i];
		const struct bs_guard *g;

		if (ev->kind == BS_EV_CALL && ev->callee &&
		    (g = bs_config_guard_enter(cfg, name(tu, ev->callee))) && !g->exit)
			return 1;
	}
	for (unsigned n = 0; n < f->conds.n; n++)
		if (field_truth(tu, cfg, f, &f->conds.v[n]) >= 0)
			return 1;
	return 0;
}

int fp_vatom(const struct fp_func *fp, int var, int64_t value)
{
	for (unsigned k = 0; k < fp->vatoms.n; k++)
		if (fp->vatoms.v[k].var == var && fp->vatoms.v[k].value == value)
			return fp->vatoms.v[k].index;
	return -1;
}

static void add_vatom(struct fp_func *fp, int var, int64_t value)
{
	if (fp_vatom(fp, var, value) < 0)
		bs_vec_push(&fp->vatoms, ((struct fp_vatom){ var, value, (int)(fp->natoms++) }));
}

/*
 * The values that matter, with an atom per value: the result of a call whose returned value
 * tells of a predicate, and a local that keeps it (the values the caller compares them with),
 * and, in a function that records its returns, a returned local (the constants stored into
 * it). Only those: a value atom splits worlds.
 */
static void value_atoms(const struct bs_func *f, const struct bs_callee_flows *callees,
			struct fp_func *fp)
{
	BS_VEC(int) vars = { 0 };	/* pairs: a local or call result, and the result it copies or -1 */
	unsigned nvars;

	for (unsigned i = 0; i < f->events.n; i++) {
		const struct bs_event *ev = &f->events.v[i];
		struct fp_event *e = &fp->ev[i];

		if (e->ret_var >= 0) {
			bs_vec_push(&vars, e->ret_var);
			bs_vec_push(&vars, -1);
		}
		if (ev->kind != BS_EV_CALL || e->result < 0 || ev->via != BS_VIA_DIRECT || !callees)
			continue;
		e->callee = callees->find(callees->ctx, f, ev->callee);
		if (e->callee && !bs_flow_returns_guard(e->callee))
			e->callee = NULL;
		if (e->callee) {
			bs_vec_push(&vars, e->result);
			bs_vec_push(&vars, -1);
		}
	}
	/* a local that keeps such a result: its values are the result's */
	nvars = vars.n;
	for (unsigned i = 0; i < f->events.n; i++) {
		const struct bs_event *ev = &f->events.v[i];
		int from = ev->kind == BS_EV_STORE && ev->cond >= 0 ? fp->cond[ev->cond].atom : -1;

		if (fp->ev[i].stored < 0 || from < 0 || f->conds.v[ev->cond].kind != BS_COND_CALL)
			continue;
		for (unsigned j = 0; j < nvars; j += 2)
			if (vars.v[j] == from && vars.v[j + 1] < 0) {
				bs_vec_push(&vars, fp->ev[i].stored);
				bs_vec_push(&vars, from);
			}
	}
	for (unsigned n = 0; n < f->conds.n && vars.n; n++) {
		const struct bs_cond *k = &f->conds.v[n];
		int a;

		if ((k->kind != BS_COND_VEQ && k->kind != BS_COND_VNE) || k->a < 0)
			continue;
		a = fp->cond[k->a].atom;
		for (unsigned j = 0; j < vars.n; j += 2) {
			if (a < 0 || vars.v[j] != a)
				continue;
			add_vatom(fp, a, k->value);
			if (vars.v[j + 1] >= 0)
				add_vatom(fp, vars.v[j + 1], k->value);
			fp->cond[n].vatom = fp_vatom(fp, a, k->value);
		}
	}
	/* a returned local: the constants stored into it */
	for (unsigned i = 0; i < f->events.n; i++) {
		const struct bs_event *ev = &f->events.v[i];

		if (ev->kind != BS_EV_STORE || fp->ev[i].stored < 0 || ev->cond < 0 ||
		    f->conds.v[ev->cond].kind != BS_COND_CONST)
			continue;
		for (unsigned j = 0; j < f->events.n; j++)
			if (fp->ev[j].ret_var >= 0 && fp->ev[i].stored == fp->ev[j].ret_var)
				add_vatom(fp, fp->ev[i].stored, f->conds.v[ev->cond].value);
	}
	free(vars.v);
}

static void set_atoms(uint64_t *live, const struct bs_func *f, const struct fp_func *fp, int n)
{
	for (; n >= 0; n = f->conds.v[n].b) {
		if (fp->cond[n].atom >= 0)
			live[fp->cond[n].atom / 64] |= UINT64_C(1) << (fp->cond[n].atom % 64);
		if (fp->cond[n].vatom >= 0)
			live[fp->cond[n].vatom / 64] |= UINT64_C(1) << (fp->cond[n].vatom % 64);
		set_atoms(live, f, fp, f->conds.v[n].a);
	}
}

static void set_atom(uint64_t *live, int atom)
{
	if (atom >= 0)
		live[atom / 64] |= UINT64_C(1) << (atom % 64);
}

static void clear_atom(uint64_t *live, int atom)
{
	if (atom >= 0)
		live[atom / 64] &= ~(UINT64_C(1) << (atom % 64));
}

/*
 * The atoms a branch reads other than by splitting on their truth, following flow.c's
 * assume_branch() and assume(): a leaf atom (also under !, == 0/1 or __builtin_expect())
 * splits a world exactly; inside a && or || that assume() meets, atoms are only evaluated.
 */
static void unsplit_reads(uint64_t *live, const struct bs_func *f, const struct fp_func *fp,
			  int n, int in_assume)
{
	const struct bs_cond *k;

	if (n < 0)
		return;
	k = &f->conds.v[n];
	switch (k->kind) {
	case BS_COND_AND:
	case BS_COND_OR:
		if (in_assume)
			set_atoms(live, f, fp, n);
		else
			unsplit_reads(live, f, fp, k->b, 0);
		break;
	case BS_COND_NOT:
		unsplit_reads(live, f, fp, k->a, in_assume);
		break;
	case BS_COND_EQ:
	case BS_COND_NE:
		if (k->value == 0 || k->value == 1)
			unsplit_reads(live, f, fp, k->a, 1);
		break;
	case BS_COND_VEQ:
	case BS_COND_VNE:
	case BS_COND_MASK:
		unsplit_reads(live, f, fp, k->a, 1);
		break;
	case BS_COND_CALL:
		if (fp->cond[n].transparent)
			unsplit_reads(live, f, fp, k->a, 1);
		break;
	default:
		break;
	}
}

/*
 * Atoms live at the entry of block bi, from what is live at its successors' entries (in
 * live[], one bitset per block). With all_reads, every read counts; without, only the reads
 * that do not split on the atom's truth: the branch itself (unsplit_reads) and stores.
 */
static void block_liveness(const struct bs_func *f, const struct fp_func *fp, unsigned bi,
			   const uint64_t *live, int all_reads, uint64_t *out)
{
	const struct bs_block *b = &f->blocks.v[bi];
	unsigned aw = fp->layout.aw;

	memset(out, 0, aw * sizeof(*out));
	if (!b->noreturn)
		for (unsigned k = 0; k < bs_block_nsucc(f, b); k++) {
			int t = bs_block_succ(f, b, k);

			if (t >= 0 && t != f->exit)
				for (unsigned i = 0; i < aw; i++)
					out[i] |= live[(size_t)t * aw + i];
		}
	if (all_reads)
		set_atoms(out, f, fp, b->cond);
	else
		unsplit_reads(out, f, fp, b->cond, 0);
	for (unsigned i = b->nevents; i-- > 0;) {
		const struct bs_event *ev = &f->events.v[b->first_event + i];
		const struct fp_event *e = &fp->ev[b->first_event + i];

		clear_atom(out, e->result);	/* a call's result is new each time it runs */
		if (e->stored >= 0) {
			clear_atom(out, e->stored);
			for (unsigned k = 0; k < fp->vatoms.n; k++)
				if (fp->vatoms.v[k].var == e->stored)
					clear_atom(out, fp->vatoms.v[k].index);
			set_atoms(out, f, fp, ev->cond);
		}
		if (e->ret_var >= 0) {	/* the returned value is recorded: keep what it is */
			set_atom(out, e->ret_var);
			for (unsigned k = 0; k < fp->vatoms.n; k++)
				if (fp->vatoms.v[k].var == e->ret_var)
					set_atom(out, fp->vatoms.v[k].index);
		}
	}
}

/* Backward to the fixpoint; clang numbers blocks backwards, so ascending order goes well. */
static uint64_t *liveness(const struct bs_func *f, const struct fp_func *fp, int all_reads)
{
	unsigned aw = fp->layout.aw;
	uint64_t *live = bs_xcalloc(f->blocks.n * aw + 1, sizeof(*live));
	uint64_t *cur = bs_xcalloc(aw + 1, sizeof(*cur));
	int changed = 1;

	while (changed && aw) {
		changed = 0;
		for (unsigned bi = 0; bi < f->blocks.n; bi++) {
			uint64_t *in = &live[(size_t)bi * aw];

			block_liveness(f, fp, bi, live, all_reads, cur);
			if (memcmp(cur, in, aw * sizeof(*cur))) {
				memcpy(in, cur, aw * sizeof(*cur));
				changed = 1;
			}
		}
	}
	free(cur);
	return live;
}

const char *fp_prepare(struct fp_func *fp, const struct bs_tu *tu, const struct bs_config *cfg,
		       const struct bs_func *f, const struct bs_callee_flows *callees,
		       enum bs_flow_limit *kind)
{
	struct atom_map m;
	const char *limit;

	memset(fp, 0, sizeof(*fp));
	*kind = BS_LIMIT_MALFORMED;
	if (!conds_well_formed(f))
		return "its lowered conditions are malformed";
	map_init(&m, f->conds.n + f->events.n);
	fp->track_returns = tests_predicate(tu, cfg, f);
	collect_atoms(tu, cfg, f, fp->track_returns, &m);
	fp->natoms = m.n;
	resolve_conds(tu, cfg, f, &m, fp);
	limit = resolve_events(tu, cfg, f, &m, fp);
	map_free(&m);
	if (!limit)
		value_atoms(f, callees, fp);
	*kind = BS_LIMIT_COOKIES;
	if (!limit && fp->natoms > FP_MAX_ATOMS) {
		*kind = BS_LIMIT_CONDITIONS;
		limit = "its branches test more than " STR(FP_MAX_ATOMS) " conditions, the flow "
			"analysis' limit";
	}
	if (limit) {
		fp_free(fp);
		return limit;
	}
	fw_layout_init(&fp->layout, fp->nslots, fp->natoms);
	fp->live = liveness(f, fp, 1);
	fp->unsplit = liveness(f, fp, 0);
	return NULL;
}

void fp_free(struct fp_func *fp)
{
	bs_vec_free(&fp->vatoms);
	free(fp->ev);
	free(fp->cond);
	free(fp->live);
	free(fp->unsplit);
	memset(fp, 0, sizeof(*fp));
}
