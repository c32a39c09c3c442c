// SPDX-License-Identifier: GPL-2.0
#include "flow.h"

#include <stdint.h>

#define MAX_SLOTS 8		/* guard cookies tracked apart; more share the last slot */
#define MAX_ATOMS 64		/* traced atoms; more are simply unknown */
#define MAX_WORLDS 32		/* before worlds are merged by forgetting detail */
#define MAX_VISITS 200		/* per block, before the analysis gives up */

enum tv { TV_FALSE, TV_TRUE, TV_UNKNOWN };

struct world {
	uint8_t held;			/* bit per slot */
	uint8_t pred;			/* a guard predicate tested true on this path */
	uint8_t failed;			/* bit per slot: hist[] is an enter that failed */
	int16_t hist[MAX_SLOTS];	/* last enter or exit event of the slot, -1 */
	uint64_t known, truth;		/* per atom */
};

struct wset {
	struct world *v;
	unsigned n, cap;
};

struct ctx {
	const struct bs_tu *tu;
	const struct bs_config *cfg;
	const struct bs_func *f;
	bs_sym atoms[MAX_ATOMS];
	unsigned natoms;
	bs_sym slots[MAX_SLOTS];
	unsigned nslots;
	struct bs_flow *out;
	int recording;
};

static int atom_index(struct ctx *c, bs_sym sym)
{
	for (unsigned i = 0; i < c->natoms; i++)
		if (c->atoms[i] == sym)
			return i;
	return -1;
}

static void add_atom(struct ctx *c, bs_sym sym)
{
	if (sym && atom_index(c, sym) < 0 && c->natoms < MAX_ATOMS)
		c->atoms[c->natoms++] = sym;
}

static unsigned slot_of(struct ctx *c, bs_sym cookie)
{
	for (unsigned i = 0; i < c->nslots; i++)
		if (c->slots[i] == cookie)
			return i;
	if (c->nslots < MAX_SLOTS) {
		c->slots[c->nslots] = cookie;
		return c->nslots++;
	}
	return MAX_SLOTS - 1;
}

static const char *name(struct ctx *c, bs_sym sym)
{
	return bs_str(c->tu->strs, sym);
}

static void add_tree_atoms(struct ctx *c, int n, unsigned depth)
{
	const struct bs_cond *k;

	if (n < 0 || depth > 64)
		return;
	k = &c->f->conds.v[n];
	if (k->kind == BS_COND_ATOM)
		add_atom(c, k->sym);
	if (k->kind == BS_COND_CALL)
		add_atom(c, k->atom);
	add_tree_atoms(c, k->a, depth + 1);
	add_tree_atoms(c, k->b, depth + 1);
}

/*
 * Only MAX_ATOMS atoms are traced, so take the ones that can matter: what branches test,
 * the results of guard enters, then what feeds the stores into those.
 */
static void collect_atoms(struct ctx *c)
{
	const struct bs_func *f = c->f;

	for (unsigned i = 0; i < f->blocks.n; i++)
		add_tree_atoms(c, f->blocks.v[i].cond, 0);
	for (unsigned i = 0; i < f->events.n; i++) {
		const struct bs_event *ev = &f->events.v[i];

		if (ev->kind == BS_EV_CALL && ev->callee &&
		    bs_config_guard_enter(c->cfg, name(c, ev->callee)))
			add_atom(c, ev->result);
	}
	for (int round = 0; round < 2; round++)
		for (unsigned i = 0; i < f->events.n; i++) {
			const struct bs_event *ev = &f->events.v[i];

			if (ev->kind == BS_EV_STORE && atom_index(c, ev->atom) >= 0)
				add_tree_atoms(c, ev->cond, 0);
		}
}

static enum tv tv_not(enum tv v)
{
	return v == TV_UNKNOWN ? v : (v == TV_TRUE ? TV_FALSE : TV_TRUE);
}

static enum tv eval(struct ctx *c, int n, const struct world *w);

static enum tv eval_atom(struct ctx *c, bs_sym sym, const struct world *w)
{
	int i = atom_index(c, sym);

	if (i < 0 || !(w->known >> i & 1))
		return TV_UNKNOWN;
	return (w->truth >> i & 1) ? TV_TRUE : TV_FALSE;
}

/* x == 0 is !x; x == 1 is taken as x, since guard results are booleans. */
static enum tv eval_cmp(struct ctx *c, const struct bs_cond *k, const struct world *w)
{
	enum tv v = eval(c, k->a, w);
	int eq = k->kind == BS_COND_EQ;

	if (k->value == 0)
		return eq ? tv_not(v) : v;
	if (k->value == 1)
		return eq ? v : tv_not(v);
	return TV_UNKNOWN;
}

static enum tv eval(struct ctx *c, int n, const struct world *w)
{
	const struct bs_cond *k;
	enum tv a, b;

	if (n < 0)
		return TV_UNKNOWN;
	k = &c->f->conds.v[n];
	switch (k->kind) {
	case BS_COND_CONST:
		return k->value ? TV_TRUE : TV_FALSE;
	case BS_COND_ATOM:
		return eval_atom(c, k->sym, w);
	case BS_COND_NOT:
		return tv_not(eval(c, k->a, w));
	case BS_COND_AND:
		a = eval(c, k->a, w);
		b = eval(c, k->b, w);
		if (a == TV_FALSE || b == TV_FALSE)
			return TV_FALSE;
		return a == TV_TRUE && b == TV_TRUE ? TV_TRUE : TV_UNKNOWN;
	case BS_COND_OR:
		a = eval(c, k->a, w);
		b = eval(c, k->b, w);
		if (a == TV_TRUE || b == TV_TRUE)
			return TV_TRUE;
		return a == TV_FALSE && b == TV_FALSE ? TV_FALSE : TV_UNKNOWN;
	case BS_COND_EQ:
	case BS_COND_NE:
		return eval_cmp(c, k, w);
	case BS_COND_CALL:
		if (bs_config_is_transparent(c->cfg, name(c, k->sym)))
			return eval(c, k->a, w);
		return eval_atom(c, k->atom, w);
	default:
		return TV_UNKNOWN;
	}
}

static int assume_atom(struct ctx *c, bs_sym sym, int value, struct world *w)
{
	int i = atom_index(c, sym);

	if (i < 0)
		return 1;
	if (w->known >> i & 1)
		return (int)(w->truth >> i & 1) == value;
	w->known |= UINT64_C(1) << i;
	if (value)
		w->truth |= UINT64_C(1) << i;
	else
		w->truth &= ~(UINT64_C(1) << i);
	return 1;
}

/* Does a flag test with this outcome prove the hardware there (a "field" predicate guard)? */
static int field_predicate(struct ctx *c, bs_sym atom, int value)
{
	const char *key = name(c, atom);
	const struct bs_guard *g;

	if (strncmp(key, "field:", 6) || !(g = bs_config_guard_field(c->cfg, key + 6)))
		return 0;
	return g->success_nonzero == value;
}

/* Refine w with "node n has truth value"; 0 if w cannot take this edge. */
static int assume(struct ctx *c, int n, int value, struct world *w)
{
	const struct bs_cond *k;

	if (n < 0)
		return 1;
	k = &c->f->conds.v[n];
	switch (k->kind) {
	case BS_COND_CONST:
		return (k->value != 0) == value;
	case BS_COND_ATOM:
		if (!assume_atom(c, k->sym, value, w))
			return 0;
		if (k->atom && field_predicate(c, k->atom, value))
			w->pred = 1;
		return 1;
	case BS_COND_NOT:
		return assume(c, k->a, !value, w);
	case BS_COND_AND:
	case BS_COND_OR: {
		int is_and = k->kind == BS_COND_AND;

		if (value == is_and)	/* a && b true, or a || b false: both sides are decided */
			return assume(c, k->a, value, w) && assume(c, k->b, value, w);
		if (eval(c, k->a, w) == (is_and ? TV_TRUE : TV_FALSE))
			return assume(c, k->b, value, w);
		if (eval(c, k->b, w) == (is_and ? TV_TRUE : TV_FALSE))
			return assume(c, k->a, value, w);
		return eval(c, n, w) != (value ? TV_FALSE : TV_TRUE);
	}
	case BS_COND_EQ:
	case BS_COND_NE: {
		int eq = k->kind == BS_COND_EQ;

		if (k->value == 0)
			return assume(c, k->a, eq ? !value : value, w);
		if (k->value == 1)
			return assume(c, k->a, eq ? value : !value, w);
		return 1;
	}
	case BS_COND_CALL:
		if (bs_config_is_transparent(c->cfg, name(c, k->sym)))
			return assume(c, k->a, value, w);
		return assume_atom(c, k->atom, value, w);
	default:
		return 1;
	}
}

/*
 * The value that decides a branch: clang's CFG evaluates the left side of && and || in an
 * earlier block, so the block that branches on the whole condition has already settled it.
 */
static int assume_branch(struct ctx *c, int n, int value, struct world *w)
{
	const struct bs_cond *k;

	if (n < 0)
		return 1;
	k = &c->f->conds.v[n];
	if (k->kind == BS_COND_AND || k->kind == BS_COND_OR)
		return assume_branch(c, k->b, value, w);
	if (k->kind == BS_COND_NOT)
		return assume_branch(c, k->a, !value, w);
	return assume(c, n, value, w);
}

static int world_eq(const struct world *a, const struct world *b)
{
	return a->held == b->held && a->pred == b->pred && a->failed == b->failed && a->known == b->known &&
	       (a->truth & a->known) == (b->truth & b->known) &&
	       !memcmp(a->hist, b->hist, sizeof(a->hist));
}

static int wset_has(const struct wset *s, const struct world *w)
{
	for (unsigned i = 0; i < s->n; i++)
		if (world_eq(&s->v[i], w))
			return 1;
	return 0;
}

static int wset_add(struct wset *s, const struct world *w)
{
	if (wset_has(s, w))
		return 0;
	bs_vec_push(s, *w);
	s->v[s->n - 1].truth &= w->known;
	return 1;
}

static void wset_dedup(struct wset *s)
{
	struct wset out = { 0 };

	for (unsigned i = 0; i < s->n; i++)
		wset_add(&out, &s->v[i]);
	free(s->v);
	*s = out;
}

/* Too many worlds: forget atoms, then history, keeping what is held exact. */
static void wset_compress(struct wset *s)
{
	if (s->n <= MAX_WORLDS)
		return;
	for (unsigned i = 0; i < s->n; i++)
		s->v[i].known = s->v[i].truth = 0;
	wset_dedup(s);
	if (s->n <= MAX_WORLDS)
		return;
	for (unsigned i = 0; i < s->n; i++) {
		memset(s->v[i].hist, 0xff, sizeof(s->v[i].hist));
		s->v[i].failed = 0;
	}
	wset_dedup(s);
}

static void forget_atom(struct ctx *c, bs_sym sym, struct world *w)
{
	int i = atom_index(c, sym);

	if (i >= 0) {
		w->known &= ~(UINT64_C(1) << i);
		w->truth &= ~(UINT64_C(1) << i);
	}
}

static void record_access(struct ctx *c, unsigned ei, const struct wset *s)
{
	struct bs_event_state *st = &c->out->ev[ei];

	st->reached = 1;
	for (unsigned i = 0; i < s->n; i++) {
		const struct world *w = &s->v[i];

		if (w->held) {
			st->guarded = 1;
			for (unsigned k = 0; k < MAX_SLOTS && st->held_enter < 0; k++)
				if (w->held >> k & 1)
					st->held_enter = w->hist[k];
			continue;
		}
		if (w->pred)
			continue;	/* a predicate covers MMIO, but holds nothing unplug waits for */
		st->unguarded = 1;
		for (unsigned k = 0; k < MAX_SLOTS && st->released_by < 0; k++)
			if (w->hist[k] >= 0 && !(w->failed >> k & 1))
				st->released_by = w->hist[k];
	}
}

/* A predicate guard: true on this edge means the hardware is there; nothing to release. */
static void do_predicate(struct ctx *c, unsigned ei, const struct bs_guard *g, struct wset *s)
{
	const struct bs_event *ev = &c->f->events.v[ei];
	struct wset out = { 0 };

	for (unsigned i = 0; i < s->n; i++) {
		struct world yes = s->v[i], no = s->v[i];

		yes.pred = 1;
		if (assume_atom(c, ev->result, g->success_nonzero, &yes))
			wset_add(&out, &yes);
		if (assume_atom(c, ev->result, !g->success_nonzero, &no))
			wset_add(&out, &no);
	}
	free(s->v);
	*s = out;
}

static void do_enter(struct ctx *c, unsigned ei, const struct bs_guard *g, struct wset *s)
{
	const struct bs_event *ev = &c->f->events.v[ei];
	const struct bs_arg *cookie = bs_event_arg(c->f, ev, g->enter_cookie_arg);
	unsigned slot = slot_of(c, cookie ? cookie->atom : 0);	/* bs_bind() checked it is there */
	struct wset out = { 0 };

	for (unsigned i = 0; i < s->n; i++) {
		struct world ok = s->v[i], bad = s->v[i];

		ok.held |= 1u << slot;
		ok.failed &= ~(1u << slot);
		ok.hist[slot] = ei;
		bad.held &= ~(1u << slot);
		bad.failed |= 1u << slot;
		bad.hist[slot] = ei;
		if (assume_atom(c, ev->result, g->success_nonzero, &ok))
			wset_add(&out, &ok);
		if (assume_atom(c, ev->result, !g->success_nonzero, &bad))
			wset_add(&out, &bad);
	}
	free(s->v);
	*s = out;
}

static void do_exit(struct ctx *c, unsigned ei, const struct bs_guard *g, struct wset *s)
{
	const struct bs_event *ev = &c->f->events.v[ei];
	const struct bs_arg *cookie = bs_event_arg(c->f, ev, g->exit_cookie_arg);
	unsigned slot = slot_of(c, cookie ? cookie->atom : 0);
	struct bs_event_state *st = &c->out->ev[ei];

	for (unsigned i = 0; i < s->n; i++) {
		struct world *w = &s->v[i];

		if (!(w->held >> slot & 1) && c->recording) {
			st->unbalanced = 1;
			if (w->hist[slot] >= 0 && (w->failed >> slot & 1))
				st->unbal_failed_enter = w->hist[slot];
			else if (w->hist[slot] >= 0)
				st->unbal_prev_exit = w->hist[slot];
		}
		w->held &= ~(1u << slot);
		w->failed &= ~(1u << slot);
		w->hist[slot] = ei;
	}
	wset_dedup(s);
}

static void do_store(struct ctx *c, const struct bs_event *ev, struct wset *s)
{
	for (unsigned i = 0; i < s->n; i++) {
		struct world *w = &s->v[i];
		enum tv v = eval(c, ev->cond, w);

		forget_atom(c, ev->atom, w);
		if (v != TV_UNKNOWN)
			assume_atom(c, ev->atom, v == TV_TRUE, w);
	}
	wset_dedup(s);
}

static void transfer_event(struct ctx *c, unsigned ei, struct wset *s)
{
	const struct bs_event *ev = &c->f->events.v[ei];
	const char *callee = name(c, ev->callee);
	const struct bs_guard *g;

	if (c->recording)
		c->out->ev[ei].reached = 1;

	switch (ev->kind) {
	case BS_EV_ACCESS:
		if (c->recording)
			record_access(c, ei, s);
		break;
	case BS_EV_CALL:
		if (c->recording)
			record_access(c, ei, s);
		if (!ev->callee)
			break;
		if ((g = bs_config_guard_enter(c->cfg, callee)) && !g->exit)
			do_predicate(c, ei, g, s);
		else if (g)
			do_enter(c, ei, g, s);
		else if ((g = bs_config_guard_exit(c->cfg, callee)))
			do_exit(c, ei, g, s);
		break;
	case BS_EV_STORE:
		do_store(c, ev, s);
		break;
	case BS_EV_RETURN:
		break;
	}
}

static void record_leaks(struct ctx *c, const struct bs_block *b, const struct wset *s)
{
	int ret = -1;

	for (unsigned i = 0; i < b->nevents; i++)
		if (c->f->events.v[b->first_event + i].kind == BS_EV_RETURN)
			ret = b->first_event + i;
	for (unsigned i = 0; i < s->n; i++) {
		const struct world *w = &s->v[i];

		for (unsigned k = 0; k < MAX_SLOTS; k++) {
			struct bs_leak leak = { w->hist[k], ret };
			int dup = 0;

			if (!(w->held >> k & 1))
				continue;
			for (unsigned j = 0; j < c->out->leaks.n; j++)
				dup |= c->out->leaks.v[j].enter_event == leak.enter_event &&
				       c->out->leaks.v[j].return_event == leak.return_event;
			if (!dup)
				bs_vec_push(&c->out->leaks, leak);
		}
	}
}

/* Runs block bi on its entry state; merges into successors; returns blocks that changed. */
static void run_block(struct ctx *c, unsigned bi, struct wset *in, int *changed)
{
	const struct bs_func *f = c->f;
	const struct bs_block *b = &f->blocks.v[bi];
	struct wset s = { 0 };

	for (unsigned i = 0; i < in[bi].n; i++)
		bs_vec_push(&s, in[bi].v[i]);
	for (unsigned i = 0; i < b->nevents; i++)
		transfer_event(c, b->first_event + i, &s);
	if (b->noreturn)
		goto out;
	for (unsigned k = 0; k < bs_block_nsucc(f, b); k++) {
		int t = bs_block_succ(f, b, k);
		struct wset edge = { 0 };
		int grew = 0;

		if (t < 0)
			continue;
		/* only the worlds that can take this edge: a branch to the exit is a return too */
		for (unsigned i = 0; i < s.n; i++) {
			struct world w = s.v[i];

			if (b->cond >= 0 && k < 2 && !assume_branch(c, b->cond, k == 0, &w))
				continue;
			if (t == f->exit)
				wset_add(&edge, &w);
			else
				grew |= wset_add(&in[t], &w);
		}
		if (t == f->exit && c->recording)
			record_leaks(c, b, &edge);
		free(edge.v);
		if (grew) {
			wset_compress(&in[t]);
			changed[t] = 1;
		}
	}
out:
	free(s.v);
}

int bs_flow_analyze(const struct bs_tu *tu, const struct bs_config *cfg, const struct bs_func *f,
		    struct bs_flow *out)
{
	struct ctx c = { .tu = tu, .cfg = cfg, .f = f, .out = out };
	unsigned nb = f->blocks.n;
	struct wset *in = bs_xcalloc(nb, sizeof(*in));
	int *changed = bs_xcalloc(nb, sizeof(*changed));
	unsigned *visits = bs_xcalloc(nb, sizeof(*visits));
	struct world start = { 0 };
	int progress = 1;

	memset(out, 0, sizeof(*out));
	out->ev = bs_xcalloc(f->events.n, sizeof(*out->ev));
	for (unsigned i = 0; i < f->events.n; i++) {
		struct bs_event_state *st = &out->ev[i];

		st->released_by = st->held_enter = st->unbal_prev_exit = st->unbal_failed_enter = -1;
	}
	out->converged = 1;
	collect_atoms(&c);
	memset(start.hist, 0xff, sizeof(start.hist));
	if (f->entry >= 0 && (unsigned)f->entry < nb) {
		wset_add(&in[f->entry], &start);
		changed[f->entry] = 1;
	}
	/* Chaotic iteration to the fixpoint; the world sets only grow, within a finite domain. */
	while (progress && out->converged) {
		progress = 0;
		for (unsigned bi = nb; bi-- > 0;) {	/* clang numbers blocks backwards */
			if (!changed[bi])
				continue;
			changed[bi] = 0;
			progress = 1;
			if (++visits[bi] > MAX_VISITS) {
				out->converged = 0;
				break;
			}
			run_block(&c, bi, in, changed);
		}
	}
	if (out->converged) {
		c.recording = 1;
		for (unsigned bi = 0; bi < nb; bi++)
			if (in[bi].n)
				run_block(&c, bi, in, changed);
	}
	for (unsigned bi = 0; bi < nb; bi++)
		free(in[bi].v);
	free(in);
	free(changed);
	free(visits);
	return out->converged ? 0 : -1;
}

void bs_flow_free(struct bs_flow *flow)
{
	free(flow->ev);
	bs_vec_free(&flow->leaks);
}
