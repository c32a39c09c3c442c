// SPDX-License-Identifier: GPL-2.0
#include "flow.h"
#include "flow_prep.h"
#include "flow_worlds.h"

#include <stdarg.h>
#include <stdio.h>

/*
 * The limits that remain. Reaching one never changes an answer: the function is reported as
 * not analysed, with the limit named (bs_flow.why); a guard-free one is analysed without its
 * worlds instead (reach_unguarded). Cookies and atoms are limited in flow_prep.h.
 */
#define MAX_WORLDS 256		/* states at one program point that cannot be merged exactly */
#define MAX_VISITS 200		/* runs of one block before the fixpoint */

enum tv { TV_FALSE, TV_TRUE, TV_UNKNOWN };

struct ctx {
	const struct bs_func *f;
	struct fp_func fp;
	const struct fw_layout *l;
	unsigned char *tmp;		/* one world of scratch */
	struct bs_flow *out;
	int recording;
};

static const struct { const char *id, *words; } limits[BS_LIMIT_KINDS] = {
#define BS_LIMIT_ROW(name, id, words) [BS_LIMIT_##name] = { id, words },
	BS_FLOW_LIMITS(BS_LIMIT_ROW)
#undef BS_LIMIT_ROW
};

const char *bs_flow_limit_name(enum bs_flow_limit limit)
{
	return limit < BS_LIMIT_KINDS ? limits[limit].words : "unknown";
}

const char *bs_flow_limit_id(enum bs_flow_limit limit)
{
	return limit < BS_LIMIT_KINDS ? limits[limit].id : "unknown";
}

static void __attribute__((format(printf, 3, 4)))
give_up(struct ctx *c, enum bs_flow_limit limit, const char *fmt, ...)
{
	va_list ap;

	if (!c->out->converged)
		return;
	c->out->converged = 0;
	c->out->limit = limit;
	va_start(ap, fmt);
	vsnprintf(c->out->why, sizeof(c->out->why), fmt, ap);
	va_end(ap);
}

/*
 * The source line of a block, for a limit's message: its first event's, or that of the first
 * block with events it falls through to, or the function's.
 */
static unsigned block_line(const struct bs_func *f, unsigned bi)
{
	for (unsigned steps = 0; steps < f->blocks.n; steps++) {
		const struct bs_block *b = &f->blocks.v[bi];
		int next = -1;

		if (b->nevents)
			return f->events.v[b->first_event].loc.line;
		for (unsigned k = 0; k < bs_block_nsucc(f, b) && next < 0; k++)
			next = bs_block_succ(f, b, k);
		if (next < 0 || next == f->exit)
			break;
		bi = next;
	}
	return f->loc.line;
}

static int test_bit(const uint64_t *bits, int i)
{
	return bits[i / 64] >> (i % 64) & 1;
}

static void clear_bit(uint64_t *bits, int i)
{
	bits[i / 64] &= ~(UINT64_C(1) << (i % 64));
}

static void set_bit(uint64_t *bits, int i)
{
	bits[i / 64] |= UINT64_C(1) << (i % 64);
}

static enum tv tv_not(enum tv v)
{
	return v == TV_UNKNOWN ? v : (v == TV_TRUE ? TV_FALSE : TV_TRUE);
}

static enum tv eval(struct ctx *c, int n, const unsigned char *w);

static enum tv eval_atom(struct ctx *c, int atom, const unsigned char *w)
{
	if (atom < 0 || !test_bit(fw_known(c->l, w), atom))
		return TV_UNKNOWN;
	return test_bit(fw_truth(c->l, w), atom) ? TV_TRUE : TV_FALSE;
}

/* x == 0 is !x; x == 1 is taken as x, since guard results are booleans. */
static enum tv eval_cmp(struct ctx *c, const struct bs_cond *k, const unsigned char *w)
{
	enum tv v = eval(c, k->a, w);
	int eq = k->kind == BS_COND_EQ;

	if (k->value == 0)
		return eq ? tv_not(v) : v;
	if (k->value == 1)
		return eq ? v : tv_not(v);
	return TV_UNKNOWN;
}

static enum tv eval(struct ctx *c, int n, const unsigned char *w)
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
		return eval_atom(c, c->fp.cond[n].atom, w);
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
	case BS_COND_VEQ:	/* a zero a equals no non-zero value and masks to zero */
	case BS_COND_MASK:
		if (c->fp.cond[n].vatom >= 0 && eval_atom(c, c->fp.cond[n].vatom, w) != TV_UNKNOWN)
			return eval_atom(c, c->fp.cond[n].vatom, w);
		return eval(c, k->a, w) == TV_FALSE ? TV_FALSE : TV_UNKNOWN;
	case BS_COND_VNE:
		if (c->fp.cond[n].vatom >= 0 && eval_atom(c, c->fp.cond[n].vatom, w) != TV_UNKNOWN)
			return tv_not(eval_atom(c, c->fp.cond[n].vatom, w));
		return eval(c, k->a, w) == TV_FALSE ? TV_TRUE : TV_UNKNOWN;
	case BS_COND_CALL:
		if (c->fp.cond[n].transparent)
			return eval(c, k->a, w);
		return eval_atom(c, c->fp.cond[n].atom, w);
	default:
		return TV_UNKNOWN;
	}
}

static int assume_atom(struct ctx *c, int atom, int value, unsigned char *w)
{
	uint64_t *known = fw_known(c->l, w), *truth = fw_truth(c->l, w);

	if (atom < 0)
		return 1;
	if (test_bit(known, atom))
		return test_bit(truth, atom) == value;
	set_bit(known, atom);
	if (value)
		set_bit(truth, atom);
	return 1;
}

static void forget_atom(struct ctx *c, int atom, unsigned char *w)
{
	if (atom >= 0) {
		clear_bit(fw_known(c->l, w), atom);
		clear_bit(fw_truth(c->l, w), atom);
	}
}

static int assume_node(struct ctx *c, int n, int value, unsigned char *w);

/* Refine w with "node n has truth value"; 0 if w cannot take this edge. */
static int assume(struct ctx *c, int n, int value, unsigned char *w)
{
	if (n < 0)
		return 1;
	if (!assume_node(c, n, value, w))
		return 0;
	if (c->fp.cond[n].field_truth == value)	/* a flag test proving the hardware */
		fw_guard(w)->pred = 1;
	return 1;
}

static int assume_node(struct ctx *c, int n, int value, unsigned char *w)
{
	const struct bs_cond *k = &c->f->conds.v[n];

	switch (k->kind) {
	case BS_COND_CONST:
		return (k->value != 0) == value;
	case BS_COND_ATOM:
		return assume_atom(c, c->fp.cond[n].atom, value, w);
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
	case BS_COND_VEQ:	/* a == v (v non-zero) or a & m true: a is non-zero */
	case BS_COND_VNE:
		if (!assume_atom(c, c->fp.cond[n].vatom, k->kind == BS_COND_VEQ ? value : !value, w))
			return 0;
		return value == (k->kind == BS_COND_VEQ) ? assume(c, k->a, 1, w) : 1;
	case BS_COND_MASK:
		return value ? assume(c, k->a, 1, w) : 1;
	case BS_COND_CALL:
		if (c->fp.cond[n].transparent)
			return assume(c, k->a, value, w);
		return assume_atom(c, c->fp.cond[n].atom, value, w);
	default:
		return 1;
	}
}

/*
 * The value that decides a branch: clang's CFG evaluates the left side of && and || in an
 * earlier block, so the block that branches on the whole condition has already settled it.
 */
static int assume_branch(struct ctx *c, int n, int value, unsigned char *w)
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

static void record_access(struct ctx *c, unsigned ei, const struct fw_set *s)
{
	struct bs_event_state *st = &c->out->ev[ei];

	st->reached = 1;
	for (unsigned i = 0; i < s->n; i++) {
		const unsigned char *w = fw_at(c->l, s, i);
		const struct fw_guard *g = fw_guard(w);

		if (g->held) {
			st->guarded = 1;
			for (unsigned k = 0; k < c->l->nslots && st->held_enter < 0; k++)
				if (g->held >> k & 1)
					st->held_enter = fw_hist(w)[k];
			continue;
		}
		if (g->pred)
			continue;	/* a predicate covers MMIO, but holds nothing unplug waits for */
		st->unguarded = 1;
		for (unsigned k = 0; k < c->l->nslots && st->released_by < 0; k++)
			if (fw_hist(w)[k] >= 0 && !(g->failed >> k & 1))
				st->released_by = fw_hist(w)[k];
	}
}

/*
 * Replaces s by its worlds split on a guard call's result: where it succeeded and where it
 * failed. An enter (held) takes the cookie's slot on success; a predicate guard has nothing
 * to hold, and its success only says the hardware is there.
 */
static void split(struct ctx *c, unsigned ei, int held, struct fw_set *s)
{
	const struct fp_event *e = &c->fp.ev[ei];
	int success = e->guard->success_nonzero;
	uint64_t bit = held ? UINT64_C(1) << e->slot : 0;
	struct fw_set out = { 0 };

	for (unsigned i = 0; i < s->n; i++) {
		/* cookies the facts could not name share a slot: they must not overlap */
		if (held && e->slot == c->fp.unnamed_slot && (fw_guard(fw_at(c->l, s, i))->held & bit))
			give_up(c, BS_LIMIT_UNNAMED, "it takes the unbind guard at line %u while "
				"another is held, and cannot tell their cookies apart (not plain variables)",
				c->f->events.v[ei].loc.line);
		for (int ok = 1; ok >= 0; ok--) {
			unsigned char *w = c->tmp;
			struct fw_guard *g = fw_guard(w);

			memcpy(w, fw_at(c->l, s, i), c->l->size);
			if (!held) {
				g->pred |= ok;
			} else {
				g->held = ok ? g->held | bit : g->held & ~bit;
				g->failed = ok ? g->failed & ~bit : g->failed | bit;
				fw_hist(w)[e->slot] = ei;
			}
			if (assume_atom(c, e->result, ok ? success : !success, w))
				fw_add(c->l, &out, w);
		}
	}
	fw_free(s);
	*s = out;
}

static void do_exit(struct ctx *c, unsigned ei, struct fw_set *s)
{
	int slot = c->fp.ev[ei].slot;
	uint64_t bit = UINT64_C(1) << slot;
	struct bs_event_state *st = &c->out->ev[ei];

	for (unsigned i = 0; i < s->n; i++) {
		unsigned char *w = fw_at(c->l, s, i);
		struct fw_guard *g = fw_guard(w);
		int32_t *hist = fw_hist(w);

		if (!(g->held & bit) && c->recording) {
			st->unbalanced = 1;
			if (hist[slot] >= 0 && (g->failed & bit))
				st->unbal_failed_enter = hist[slot];
			else if (hist[slot] >= 0)
				st->unbal_prev_exit = hist[slot];
		}
		g->held &= ~bit;
		g->failed &= ~bit;
		hist[slot] = ei;
	}
	fw_dedup(c->l, s);
}

/* Does the tree at n test a predicate field (then a local that keeps its value must too)? */
static int tests_field(const struct ctx *c, int n)
{
	if (n < 0)
		return 0;
	if (c->fp.cond[n].field_truth >= 0)
		return 1;
	return tests_field(c, c->f->conds.v[n].a) || tests_field(c, c->f->conds.v[n].b);
}

static void callee_returns(struct ctx *c, const struct bs_flow *callee, int var,
			   const unsigned char *from, struct fw_set *out);

/*
 * After var = cond in w: its value atoms say the constant stored, or what those of the call
 * result it keeps say, or nothing. Called before var's own atom is set (cond may read it).
 */
/* In w, var holds value: each of its value atoms is known. */
static void assume_value(struct ctx *c, int var, int64_t value, unsigned char *w)
{
	for (unsigned i = 0; i < c->fp.vatoms.n; i++) {
		const struct fp_vatom *v = &c->fp.vatoms.v[i];

		if (v->var == var) {
			forget_atom(c, v->index, w);
			assume_atom(c, v->index, v->value == value, w);
		}
	}
}

static void store_values(struct ctx *c, int var, const struct bs_event *ev, unsigned char *w)
{
	const struct bs_cond *k = ev->cond >= 0 ? &c->f->conds.v[ev->cond] : NULL;
	int from = k && k->kind == BS_COND_CALL ? c->fp.cond[ev->cond].atom : -1;

	if (k && k->kind == BS_COND_CONST) {
		assume_value(c, var, k->value, w);
		return;
	}
	for (unsigned i = 0; i < c->fp.vatoms.n; i++) {
		const struct fp_vatom *v = &c->fp.vatoms.v[i];
		enum tv copied;

		if (v->var != var)
			continue;
		copied = from >= 0 ? eval_atom(c, fp_vatom(&c->fp, from, v->value), w) : TV_UNKNOWN;
		forget_atom(c, v->index, w);
		if (copied != TV_UNKNOWN)
			assume_atom(c, v->index, copied == TV_TRUE, w);
	}
}

/*
 * A call whose returned value tells of a predicate: either the callee returned with the
 * predicate proven (the caller may count on it too), or from a path without it, with one of
 * the values such paths return. Splits each world of s on which; var is the result's atom.
 */
static void split_on_return(struct ctx *c, const struct bs_flow *callee, int var,
			    struct fw_set *s)
{
	struct fw_set out = { 0 };

	for (unsigned i = 0; i < s->n; i++)
		callee_returns(c, callee, var, fw_at(c->l, s, i), &out);
	fw_free(s);
	*s = out;
}

static void callee_returns(struct ctx *c, const struct bs_flow *callee, int var,
			   const unsigned char *from, struct fw_set *out)
{
	unsigned char *w = c->tmp;

	memcpy(w, from, c->l->size);
	forget_atom(c, var, w);
	store_values(c, var, &(struct bs_event){ .cond = -1 }, w);
	fw_guard(w)->pred = 1;
	fw_add(c->l, out, w);
	for (unsigned r = 0; r < callee->nret; r++) {
		int64_t value = callee->ret_values[r];

		memcpy(w, from, c->l->size);
		forget_atom(c, var, w);
		assume_atom(c, var, value != 0, w);
		assume_value(c, var, value, w);
		fw_add(c->l, out, w);
	}
}

/*
 * atom = cond. A value that tests a predicate field (bound = ggtt->flags & ONLINE) splits the
 * worlds on it, so that a later test of the local is a test of the flag.
 */
static void do_store(struct ctx *c, const struct bs_event *ev, int atom, struct fw_set *s)
{
	struct fw_set out = { 0 };

	if (atom < 0)
		return;
	for (unsigned i = 0; i < s->n; i++) {
		unsigned char *w = c->tmp;
		enum tv v;

		memcpy(w, fw_at(c->l, s, i), c->l->size);
		v = eval(c, ev->cond, w);
		forget_atom(c, atom, w);
		store_values(c, atom, ev, w);
		if (v != TV_UNKNOWN || !tests_field(c, ev->cond)) {
			if (v != TV_UNKNOWN)
				assume_atom(c, atom, v == TV_TRUE, w);
			fw_add(c->l, &out, w);
			continue;
		}
		for (int value = 1; value >= 0; value--) {
			memcpy(w, fw_at(c->l, s, i), c->l->size);
			if (!assume(c, ev->cond, value, w))
				continue;
			forget_atom(c, atom, w);	/* the value may read the old one */
			store_values(c, atom, ev, w);
			assume_atom(c, atom, value, w);
			fw_add(c->l, &out, w);
		}
	}
	fw_free(s);
	*s = out;
}

static void add_ret_value(struct bs_flow *out, int64_t value)
{
	for (unsigned i = 0; i < out->nret; i++)
		if (out->ret_values[i] == value)
			return;
	if (out->nret == sizeof(out->ret_values) / sizeof(out->ret_values[0]))
		out->ret_open = 1;
	else
		out->ret_values[out->nret++] = value;
}

/* What a return says of the predicate, in each world: proven, or a known constant, or open. */
static void record_return(struct ctx *c, const struct bs_event *ev, const struct fp_event *e,
			  const struct fw_set *s)
{
	const struct bs_cond *k = ev->cond >= 0 ? &c->f->conds.v[ev->cond] : NULL;

	if (!k)
		return;		/* void */
	for (unsigned i = 0; i < s->n; i++) {
		const unsigned char *w = fw_at(c->l, s, i);
		int known = 0;

		if (fw_guard(w)->pred) {
			c->out->ret_guarded = 1;
			continue;
		}
		if (k->kind == BS_COND_CONST) {
			add_ret_value(c->out, k->value);
			continue;
		}
		for (unsigned j = 0; j < c->fp.vatoms.n && e->ret_var >= 0 && !known; j++)
			if (c->fp.vatoms.v[j].var == e->ret_var &&
			    eval_atom(c, c->fp.vatoms.v[j].index, w) == TV_TRUE) {
				add_ret_value(c->out, c->fp.vatoms.v[j].value);
				known = 1;
			}
		if (!known && eval_atom(c, e->ret_var, w) == TV_FALSE) {
			add_ret_value(c->out, 0);
			known = 1;
		}
		if (!known)
			c->out->ret_open = 1;
	}
}

int bs_flow_returns_guard(const struct bs_flow *flow)
{
	return flow->converged && flow->ret_tracked && flow->ret_guarded && !flow->ret_open;
}

static void transfer_event(struct ctx *c, unsigned ei, struct fw_set *s)
{
	const struct bs_event *ev = &c->f->events.v[ei];
	const struct fp_event *e = &c->fp.ev[ei];

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
		if (e->result >= 0) {	/* a call's result is new each time it runs */
			for (unsigned i = 0; i < s->n; i++)
				forget_atom(c, e->result, fw_at(c->l, s, i));
			fw_dedup(c->l, s);
		}
		if (e->callee)
			split_on_return(c, e->callee, e->result, s);
		if (e->role == FP_PREDICATE)
			split(c, ei, 0, s);
		else if (e->role == FP_ENTER)
			split(c, ei, 1, s);
		else if (e->role == FP_EXIT)
			do_exit(c, ei, s);
		break;
	case BS_EV_STORE:
		do_store(c, ev, e->stored, s);
		break;
	case BS_EV_RETURN:
		if (c->recording && c->fp.track_returns)
			record_return(c, ev, e, s);
		break;
	}
}

static void record_leaks(struct ctx *c, const struct bs_block *b, const struct fw_set *s)
{
	int ret = -1;

	for (unsigned i = 0; i < b->nevents; i++)
		if (c->f->events.v[b->first_event + i].kind == BS_EV_RETURN)
			ret = b->first_event + i;
	for (unsigned i = 0; i < s->n; i++) {
		const unsigned char *w = fw_at(c->l, s, i);

		for (unsigned k = 0; k < c->l->nslots; k++) {
			struct bs_leak leak = { fw_hist(w)[k], ret };
			int dup = 0;

			if (!(fw_guard(w)->held >> k & 1))
				continue;
			for (unsigned j = 0; j < c->out->leaks.n; j++)
				dup |= c->out->leaks.v[j].enter_event == leak.enter_event &&
				       c->out->leaks.v[j].return_event == leak.return_event;
			if (!dup)
				bs_vec_push(&c->out->leaks, leak);
		}
	}
}

/* Forgets, in the scratch world, the atoms nothing can read from block t on. */
static void keep_live(struct ctx *c, unsigned t, unsigned char *w)
{
	const uint64_t *live = &c->fp.live[(size_t)t * c->l->aw];
	uint64_t *known = fw_known(c->l, w), *truth = fw_truth(c->l, w);

	for (unsigned i = 0; i < c->l->aw; i++) {
		known[i] &= live[i];
		truth[i] &= live[i];
	}
}

/* Runs block bi on its entry state and joins the result into its successors' entry states. */
static void run_block(struct ctx *c, unsigned bi, struct fw_set *in, int *changed)
{
	const struct bs_func *f = c->f;
	const struct bs_block *b = &f->blocks.v[bi];
	struct fw_set s = { 0 };

	for (unsigned i = 0; i < in[bi].n; i++)
		fw_push(c->l, &s, fw_at(c->l, &in[bi], i));
	for (unsigned i = 0; i < b->nevents; i++)
		transfer_event(c, b->first_event + i, &s);
	if (b->noreturn)
		goto out;
	for (unsigned k = 0; k < bs_block_nsucc(f, b); k++) {
		int t = bs_block_succ(f, b, k);
		struct fw_set edge = { 0 };
		int grew = 0;

		if (t < 0)
			continue;
		/* only the worlds that can take this edge: a branch to the exit is a return too */
		for (unsigned i = 0; i < s.n; i++) {
			unsigned char *w = c->tmp;

			memcpy(w, fw_at(c->l, &s, i), c->l->size);
			if (b->cond >= 0 && k < 2 && !assume_branch(c, b->cond, k == 0, w))
				continue;
			if (t == f->exit) {
				fw_add(c->l, &edge, w);
				continue;
			}
			keep_live(c, t, w);
			grew |= fw_join(c->l, &in[t], w, &c->fp.unsplit[(size_t)t * c->l->aw]);
		}
		if (t == f->exit && c->recording)
			record_leaks(c, b, &edge);
		fw_free(&edge);
		if (grew)
			changed[t] = 1;
		if (in[t].n > MAX_WORLDS)
			give_up(c, BS_LIMIT_STATES, "more than %d distinct guard states reach line "
				"%u, the flow analysis' limit per program point", MAX_WORLDS, block_line(f, t));
	}
out:
	fw_free(&s);
}

static void init_flow(const struct bs_func *f, struct bs_flow *out)
{
	memset(out, 0, sizeof(*out));
	out->ev = bs_xcalloc(f->events.n ? f->events.n : 1, sizeof(*out->ev));
	for (unsigned i = 0; i < f->events.n; i++) {
		struct bs_event_state *st = &out->ev[i];

		st->released_by = st->held_enter = st->unbal_prev_exit = st->unbal_failed_enter = -1;
	}
	out->converged = 1;
}

/* Chaotic iteration to the fixpoint: entry states only grow, within a finite domain. */
static void iterate(struct ctx *c, struct fw_set *in)
{
	unsigned nb = c->f->blocks.n;
	int *changed = bs_xcalloc(nb, sizeof(*changed));
	unsigned *visits = bs_xcalloc(nb, sizeof(*visits));
	int progress = 1;

	if (c->f->entry >= 0 && (unsigned)c->f->entry < nb) {
		fw_init(c->l, c->tmp);
		fw_push(c->l, &in[c->f->entry], c->tmp);
		changed[c->f->entry] = 1;
	}
	while (progress && c->out->converged) {
		progress = 0;
		for (unsigned bi = nb; bi-- > 0 && c->out->converged;) {	/* blocks are numbered backwards */
			if (!changed[bi])
				continue;
			changed[bi] = 0;
			progress = 1;
			if (++visits[bi] > MAX_VISITS) {
				give_up(c, BS_LIMIT_VISITS, "the flow analysis ran the code at line "
					"%u more than %d times, its limit per block", block_line(c->f, bi), MAX_VISITS);
				break;
			}
			run_block(c, bi, in, changed);
		}
	}
	free(changed);
	free(visits);
}

/* Does nothing in f take, drop or test a guard (an enter, an exit, a predicate call or
 * field)? Then no world it could trace changes its guard state. */
static int guard_free(const struct bs_func *f, const struct fp_func *fp)
{
	for (unsigned i = 0; i < f->events.n; i++)
		if (fp->ev[i].role != FP_NONE)
			return 0;
	for (unsigned n = 0; n < f->conds.n; n++)
		if (fp->cond[n].field_truth >= 0)
			return 0;
	return 1;
}

/*
 * The answer for a guard-free function whose worlds reached a limit: no guard is ever held in
 * it, so every event the CFG reaches is reached unguarded. Without the atoms, branches that
 * cannot be taken are followed too: more is reached, never less.
 */
static void reach_unguarded(const struct bs_func *f, struct bs_flow *out)
{
	unsigned nb = f->blocks.n, n = 0;
	unsigned *queue = bs_xcalloc(nb ? nb : 1, sizeof(*queue));
	unsigned char *seen = bs_xcalloc(nb ? nb : 1, 1);

	bs_flow_free(out);
	init_flow(f, out);
	if (f->entry >= 0 && (unsigned)f->entry < nb) {
		seen[f->entry] = 1;
		queue[n++] = (unsigned)f->entry;
	}
	for (unsigned qi = 0; qi < n; qi++) {
		const struct bs_block *b = &f->blocks.v[queue[qi]];

		for (unsigned i = 0; i < b->nevents; i++) {
			out->ev[b->first_event + i].reached = 1;
			out->ev[b->first_event + i].unguarded = 1;
		}
		for (unsigned k = 0; k < bs_block_nsucc(f, b); k++) {
			int t = bs_block_succ(f, b, k);

			if (t >= 0 && (unsigned)t < nb && !seen[t]) {
				seen[t] = 1;
				queue[n++] = (unsigned)t;
			}
		}
	}
	free(queue);
	free(seen);
}

int bs_flow_analyze(const struct bs_tu *tu, const struct bs_config *cfg, const struct bs_func *f,
		    const struct bs_callee_flows *callees, struct bs_flow *out)
{
	struct ctx c = { .f = f, .out = out };
	unsigned nb = f->blocks.n;
	struct fw_set *in;
	enum bs_flow_limit kind;
	const char *limit;

	init_flow(f, out);
	limit = fp_prepare(&c.fp, tu, cfg, f, callees, &kind);
	if (limit) {
		give_up(&c, kind, "%s", limit);
		return -1;
	}
	c.l = &c.fp.layout;
	c.tmp = bs_xcalloc(1, c.l->size);
	out->ret_tracked = c.fp.track_returns;
	in = bs_xcalloc(nb ? nb : 1, sizeof(*in));
	iterate(&c, in);
	if (!out->converged && (out->limit == BS_LIMIT_STATES || out->limit == BS_LIMIT_VISITS) &&
	    guard_free(f, &c.fp)) {
		reach_unguarded(f, out);
		out->path_blind = 1;
	} else if (out->converged) {
		int *changed = bs_xcalloc(nb ? nb : 1, sizeof(*changed));

		c.recording = 1;
		for (unsigned bi = 0; bi < nb; bi++)
			if (in[bi].n)
				run_block(&c, bi, in, changed);
		free(changed);
	}
	for (unsigned bi = 0; bi < nb; bi++)
		fw_free(&in[bi]);
	free(in);
	free(c.tmp);
	fp_free(&c.fp);
	return out->converged ? 0 : -1;
}

void bs_flow_free(struct bs_flow *flow)
{
	free(flow->ev);
	bs_vec_free(&flow->leaks);
}
