/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The call graph of the linked units. Direct calls resolve by name to the functions defined
 * here (a static one within its unit). A call through a struct field (`ops->flush()`) reaches
 * every function stored in that field of that struct type, by initializer or by assignment.
 * A call through a parameter or a local reaches the functions whose address flows into it:
 * through assignments in the function and, for a parameter, through the arguments of every
 * call that reaches the function, to a fixpoint. A driver function whose address is passed to
 * a function outside the analysed code is called by it synchronously, in the caller's
 * context, unless the context table knows that call as a registration. A call to a core
 * function the dispatch table names (drm_atomic_helper_shutdown, drm_crtc_vblank_get, ...)
 * reaches every function stored in the struct fields it lists, in the caller's context.
 */
#ifndef BS_CALLGRAPH_H
#define BS_CALLGRAPH_H

#include "config.h"
#include "facts.h"
#include "instances.h"

struct bs_field_target {
	bs_sym rec, field;
	unsigned func;		/* index into tu->funcs */
	bs_sym obj;		/* the object stored into (a table "var:<name>"), 0 */
};

/* How an edge of the call graph arises, for the notes of a witness chain. */
enum bs_edge {
	BS_EDGE_CALL,		/* the event calls it: directly or through a struct field */
	BS_EDGE_POINTER,	/* through a parameter or local that holds its address */
	BS_EDGE_PASS,		/* its address is passed to a function outside the analysed code */
	BS_EDGE_DISPATCH,	/* the event calls a core function that runs a struct field it is
				   stored in (dispatch.json) */
};

struct bs_targets {
	unsigned *v;
	unsigned n, cap;
	unsigned char *bound;	/* dispatch targets: per target, the core runs it there only
				   behind a check that is closed after unbind (teardown_check.c);
				   NULL when none is */
};

struct bs_callgraph {
	const struct bs_tu *tu;
	const struct bs_config *cfg;
	const struct bs_instances *inst;	/* the table stores, for per-instance calls */
	int *first_of_sym;	/* sym -> first function of that name, -1 if none */
	int *next_same_name;	/* function -> next function of the same name, -1 */
	unsigned nsyms;
	BS_VEC(struct bs_field_target) fields;
	/* per function: per parameter, the functions whose address flows into it */
	struct bs_targets **param_vals;
	/* per function: per event, the targets of a pointer call or the functions it passes */
	struct bs_targets **event_tgts;
	/* per function: per event, the functions a core function it calls dispatches to */
	struct bs_targets **dispatch_tgts;
};

/* What a call through a pointer is known to reach, for the count of what was checked. */
enum bs_pointer_call {
	BS_PTR_NONE,		/* not a call through a pointer */
	BS_PTR_RESOLVED,	/* at least one function of the analysed code */
	BS_PTR_OUTSIDE,		/* a struct field no analysed function is ever stored
				   into: only code outside the analysed files is there */
	BS_PTR_UNRESOLVED,	/* nothing known flows into it: an array element, a call's result,
				   a parameter or local only code outside sets */
};

void bs_callgraph_build(struct bs_callgraph *cg, const struct bs_tu *tu,
			const struct bs_config *cfg, const struct bs_instances *inst);
void bs_callgraph_free(struct bs_callgraph *cg);
/* Only the name index of cg->tu, for bs_callgraph_func() (bs_callgraph_free() frees it). The
 * analysis-only copies of functions (instances.h) are never found by name. */
void bs_callgraph_index(struct bs_callgraph *cg);
/* The function a name means in a unit: its own static one, else an external one. */
int bs_callgraph_func(const struct bs_callgraph *cg, unsigned unit, bs_sym name);
/* The function a direct call event of function f calls: a copy (instances.h) or by name. */
int bs_callgraph_callee(const struct bs_callgraph *cg, const struct bs_func *f,
			const struct bs_event *ev);

/* Calls fn(target, edge, arg) for every function event ei of function fi may reach. */
void bs_callgraph_targets(const struct bs_callgraph *cg, unsigned fi, unsigned ei,
			  void (*fn)(unsigned func, enum bs_edge edge, void *arg), void *arg);

/* The edge by which event ei of function fi reaches function target (BS_EDGE_CALL if it
 * is not among its targets). */
enum bs_edge bs_callgraph_edge(const struct bs_callgraph *cg, unsigned fi, unsigned ei,
			       unsigned target);

/* For a BS_EDGE_DISPATCH edge of event ei of fi to target: the struct and field of the
 * dispatch table through which the core function reaches it (0 if none). */
void bs_callgraph_dispatch_field(const struct bs_callgraph *cg, unsigned fi, unsigned ei,
				 unsigned target, bs_sym *rec, bs_sym *field);

/* For every dispatch call: marks the targets that every listed field storing them runs only
 * behind a check ("behind_check" in dispatch.json: inside it or after it returned 0) that
 * closed(check, arg) says is closed after unbind. Returns how many it marked. */
unsigned bs_callgraph_mark_behind_check(struct bs_callgraph *cg,
				       int (*closed)(const char *check, void *arg), void *arg);

/* Does the core run target, dispatched by call event ei of fi, only behind a closed check? */
int bs_callgraph_behind_check(const struct bs_callgraph *cg, unsigned fi, unsigned ei,
			     unsigned target);

/* How call event ei of function fi, if it calls through a pointer, is resolved. */
enum bs_pointer_call bs_callgraph_pointer_call(const struct bs_callgraph *cg, unsigned fi,
					       unsigned ei);

/* The functions whose address an argument of a call in fi designates (a function, or a
 * parameter, local or field holding one). */
void bs_callgraph_arg_funcs(const struct bs_callgraph *cg, unsigned fi, const struct bs_arg *arg,
			    void (*fn)(unsigned func, void *ctx), void *ctx);

/* The same, from function fi alone: a parameter's functions are left to the caller's context
 * (see bs_callgraph_param_of). */
void bs_callgraph_own_funcs(const struct bs_callgraph *cg, unsigned fi, bs_sym atom, bs_sym func,
			    bs_sym obj, int fnptr, void (*fn)(unsigned func, void *ctx), void *ctx);

/* The parameter of fi that atom is, or that a local atom copies; -1 if none. */
int bs_callgraph_param_of(const struct bs_callgraph *cg, unsigned fi, bs_sym atom);

#endif
