/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the flow analysis needs to know about one function, worked out once before the
 * fixpoint: the role of each event (guard enter, exit, predicate) and its cookie slot, the
 * atoms worth tracing (those a branch or a traced store reads) with an index for each, and
 * which atoms are live at the entry of each block, so a world forgets an atom exactly when
 * nothing can read it any more, and which of those may be read other than by a branch that
 * splits on them (two worlds that differ only in such an atom are not merged: a store or a
 * compound condition would see the merged atom as unknown, and lose what the two knew).
 */
#ifndef BS_FLOW_PREP_H
#define BS_FLOW_PREP_H

#include "config.h"
#include "facts.h"
#include "flow.h"
#include "flow_worlds.h"

#define FP_MAX_ATOMS 4096	/* traced atoms per function; a world holds 2 bits per atom */

enum fp_role { FP_NONE, FP_ENTER, FP_EXIT, FP_PREDICATE };

struct fp_event {
	enum fp_role role;
	const struct bs_guard *guard;
	int slot;		/* ENTER, EXIT: the cookie's slot */
	int result;		/* CALL: traced atom of the result, or -1 */
	int stored;		/* STORE: traced atom written, or -1 */
	const struct bs_flow *callee;	/* CALL with a traced result: the callee's flow, when
				   its returned value tells of a predicate (bs_flow_returns_guard) */
	int ret_var;		/* RETURN of a traced local, in a function that records its
				   returns: the local's atom, or -1 */
};

/* An atom "var == value": what a local holds, for returned values and compared results. */
struct fp_vatom {
	int var;		/* the local's atom */
	int64_t value;
	int index;		/* its own atom index */
};

struct fp_cond {
	int atom;		/* ATOM: its atom, CALL: its result atom; traced index or -1 */
	int transparent;	/* CALL whose value is its first argument */
	int field_truth;	/* a test of a predicate field (the field itself, a bit test, a
				   comparison): the truth that proves the hardware, or -1 */
	int vatom;		/* VEQ/VNE of a local with a value atom: its index, or -1 */
};

struct fp_func {
	struct fw_layout layout;
	unsigned natoms, nslots;
	int unnamed_slot;	/* the slot of the cookies the facts could not name, or -1 */
	struct fp_event *ev;	/* per event */
	struct fp_cond *cond;	/* per condition node */
	uint64_t *live;		/* per block: layout.aw words, the atoms live at its entry */
	uint64_t *unsplit;	/* per block: those of them a store or a compound condition may
				   read before they are written */
	int track_returns;	/* it tests a predicate: record what its returns say (bs_flow) */
	BS_VEC(struct fp_vatom) vatoms;
};

/*
 * Returns 0, or a reason the function cannot be analysed within the limits (a static
 * string naming the limit, which *limit says); fp is then freed already.
 */
const char *fp_prepare(struct fp_func *fp, const struct bs_tu *tu, const struct bs_config *cfg,
		       const struct bs_func *f, const struct bs_callee_flows *callees,
		       enum bs_flow_limit *limit);
void fp_free(struct fp_func *fp);
/* The index of the value atom "var == value", or -1 if the function traces none. */
int fp_vatom(const struct fp_func *fp, int var, int64_t value);

#endif
