/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Per-function flow analysis of the unbind-guard state over the CFG.
 *
 * The state at a program point is a small set of "worlds": which guard cookies are held,
 * what is known about the truth of traced atoms (locals, call results, side-effect-free
 * lvalues), and the last guard event of each cookie (for notes). A try-acquire splits each
 * world in two, held with its result atom true and not held with it false, so the guard is
 * added only on the edge where the branch proved that the enter succeeded. Branches keep
 * only the worlds consistent with the edge, which is what makes stored results, `A &&
 * enter()`, and conditional guards with conditional exits come out right.
 *
 * Nothing is approximated to stay within a limit: worlds are merged only where the merge
 * loses nothing (flow_worlds.h), and an atom is forgotten only where nothing can read it any
 * more. A function that needs more than the limits allow is not analysed, and says why -
 * unless nothing in it takes, drops or tests a guard: no world can then change its guard
 * state, and it is analysed without them (path_blind: every event its CFG reaches is reached,
 * with no guard held; more is reached, never less).
 */
#ifndef BS_FLOW_H
#define BS_FLOW_H

#include "config.h"
#include "facts.h"

struct bs_event_state {
	unsigned reached : 1;
	unsigned unguarded : 1;		/* on some path no guard is held here */
	unsigned guarded : 1;		/* on some path a guard is held here */
	unsigned unbalanced : 1;	/* exit event: on some path its cookie is not held */
	int released_by;		/* unguarded: an exit event that released the guard, or -1 */
	int held_enter;			/* guarded: the enter event of a held guard, or -1 */
	int unbal_prev_exit;		/* unbalanced: an earlier exit of this cookie, or -1 */
	int unbal_failed_enter;		/* unbalanced: an enter that failed on that path, or -1 */
};

struct bs_leak {
	int enter_event;		/* the enter whose guard is still held */
	int return_event;		/* the return, or -1 when falling off the end */
};

/*
 * The limits a function's flow analysis can reach, for the count of what was checked
 * (stats.h): X(enumerator suffix, id in JSON, a few words). The last two are not limits but
 * failures: two guards held whose cookies cannot be told apart; malformed lowered conditions.
 */
#define BS_FLOW_LIMITS(X)							\
	X(NONE, "unrecorded", "none")						\
	X(COOKIES, "cookies", "guard cookies per function")			\
	X(CONDITIONS, "conditions", "conditions per function")			\
	X(STATES, "states", "guard states per program point")			\
	X(VISITS, "visits", "runs of one block")				\
	X(UNNAMED, "unnamed-cookies", "overlapping unnamed cookies")		\
	X(MALFORMED, "malformed", "malformed conditions")

enum bs_flow_limit {
#define BS_LIMIT_ENUM(name, id, words) BS_LIMIT_##name,
	BS_FLOW_LIMITS(BS_LIMIT_ENUM)
#undef BS_LIMIT_ENUM
	BS_LIMIT_KINDS
};

struct bs_flow {
	struct bs_event_state *ev;	/* one per event of the function */
	BS_VEC(struct bs_leak) leaks;
	int converged;
	int path_blind;			/* guard-free, its worlds reached a limit: analysed without
					   them, every event the CFG reaches is reached unguarded */
	enum bs_flow_limit limit;	/* not converged: which limit was reached ... */
	char why[192];			/* ... and where, in words */
	/*
	 * What its returns say of a predicate guard (only for a function that tests one): a
	 * return with the predicate proven is guarded; the values of the others are known
	 * constants, unless ret_open. A caller that sees another value knows the predicate held.
	 */
	int ret_tracked;		/* the function tests a predicate: the fields below are set */
	int ret_guarded;		/* some return has the predicate proven */
	int ret_open;			/* some other return's value is not a known constant */
	unsigned nret;
	int64_t ret_values[8];		/* the values of the returns without it */
};

/* The flow already worked out for the function a call in f names, or NULL. */
struct bs_callee_flows {
	const struct bs_flow *(*find)(const void *ctx, const struct bs_func *f, bs_sym callee);
	const void *ctx;
};

/* Does the flow of a callee tell its callers anything through its returned value? */
int bs_flow_returns_guard(const struct bs_flow *flow);

/* A few words naming a limit ("guard states per program point"). */
const char *bs_flow_limit_name(enum bs_flow_limit limit);
/* Its id in JSON output ("states"). */
const char *bs_flow_limit_id(enum bs_flow_limit limit);

/*
 * Returns 0, or -1 if the analysis reached one of its limits: the function is then reported
 * as unanalysed with the reason in out->why.
 */
int bs_flow_analyze(const struct bs_tu *tu, const struct bs_config *cfg, const struct bs_func *f,
		    const struct bs_callee_flows *callees, struct bs_flow *out);
void bs_flow_free(struct bs_flow *flow);

#endif
