/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The facts model: what the plugin extracts from one translation unit, in a form with no
 * clang types. A function is a CFG of blocks; a block is a list of events (calls, MMIO
 * accesses, stores to locals, returns) followed by a branch whose condition is a small
 * expression tree. Registrations say where a function's address was stored.
 */
#ifndef BS_FACTS_H
#define BS_FACTS_H

#include "strtab.h"
#include "vec.h"

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

struct bs_loc {
	bs_sym file;
	uint32_t line, col;
	uint64_t cookie;	/* front end's own location encoding, opaque to the core */
};

/* Condition trees, traced by the flow analysis (see flow.c). */
enum bs_cond_kind {
	BS_COND_UNKNOWN,
	BS_COND_CONST,		/* value */
	BS_COND_ATOM,		/* sym: a local, a side-effect-free lvalue, or a call's result */
	BS_COND_NOT,		/* a */
	BS_COND_AND,		/* a && b */
	BS_COND_OR,		/* a || b */
	BS_COND_EQ,		/* a == value */
	BS_COND_NE,		/* a != value */
	BS_COND_CALL,		/* callee sym, result atom in atom, a = first argument or -1 */
};

struct bs_cond {
	enum bs_cond_kind kind;
	int a, b;		/* child node indexes, -1 if none */
	bs_sym sym;		/* ATOM: the atom; CALL: the callee */
	bs_sym atom;		/* CALL: the atom naming this call's result; ATOM of a struct
				   field: "field:<struct>.<member>" */
	int64_t value;
};

enum bs_origin {
	BS_ORIGIN_IOMEM,	/* derived from an __iomem declaration */
	BS_ORIGIN_UNKNOWN,	/* counts as MMIO */
	BS_ORIGIN_PLAIN,	/* provably plain memory: not MMIO */
};

enum bs_event_kind {
	BS_EV_CALL,		/* a call; may be a guard enter/exit or an unplug, by the tables */
	BS_EV_ACCESS,		/* a call to an accessor from the accessor table */
	BS_EV_STORE,		/* atom = cond */
	BS_EV_RETURN,
};

#define BS_MAX_ARGS 6

struct bs_event {
	enum bs_event_kind kind;
	struct bs_loc loc;
	bs_sym callee;		/* CALL/ACCESS: direct callee or accessor name */
	bs_sym ind_struct;	/* CALL through a struct field: struct tag ... */
	bs_sym ind_field;	/* ... and field; callee is 0 then */
	bs_sym result;		/* CALL: atom naming the result */
	bs_sym args[BS_MAX_ARGS];	/* CALL: atom of each argument (address-of stripped), 0 if none */
	bs_sym objs[BS_MAX_ARGS];	/* CALL: object each argument points into, "struct::member.path" */
	bs_sym macro;		/* ACCESS: the driver macro it was written through, 0 if none */
	int callee_driver;	/* CALL: the callee is declared in the driver's files (it may be
				   defined in another of its translation units) */
	enum bs_origin origin;	/* ACCESS */
	bs_sym atom;		/* STORE: the atom written */
	int cond;		/* STORE: value stored, -1 = unknown */
};

struct bs_block {
	unsigned first_event, nevents;
	unsigned nsucc;		/* successors, -1 for an unreachable one */
	int succ[2];		/* with a condition: [0] taken when true, [1] when false */
	unsigned first_succ_extra;	/* successors beyond two (switch), in f->succ_extra */
	int cond;		/* branch condition node, -1 if the block does not branch on a value */
	int noreturn;		/* ends in a call that does not return */
};

struct bs_func {
	bs_sym name;
	unsigned unit;		/* translation unit it was lowered in (index into tu->units) */
	struct bs_loc loc, end_loc;
	int is_static;
	int is_driver;		/* defined in the driver's own files, not a kernel header */
	int entry, exit;	/* block indexes */
	BS_VEC(struct bs_block) blocks;
	BS_VEC(struct bs_event) events;
	BS_VEC(struct bs_cond) conds;
	BS_VEC(int) succ_extra;
	bs_sym unanalysed;	/* reason the front end could not lower it, 0 if lowered */
};

enum bs_reg_kind {
	BS_REG_FIELD,		/* stored in struct field (initializer or assignment) */
	BS_REG_CALLARG,		/* passed as an argument of a call */
	BS_REG_OBJARG,		/* an object (obj, a global struct) passed as an argument of a
				   call; func is 0: its callbacks are the FIELD registrations
				   with the same obj in the same unit */
};

struct bs_reg {
	enum bs_reg_kind kind;
	unsigned unit;
	bs_sym func;
	bs_sym obj;		/* the object registered into ("struct::member.path"), 0 if unknown */
	bs_sym rec, field;	/* FIELD */
	bs_sym callee;		/* CALLARG */
	unsigned arg;		/* CALLARG */
	struct bs_loc loc;
};

/*
 * The facts of one translation unit, or of several linked together (whole-driver mode):
 * functions and registrations then carry the unit they come from, and static functions
 * resolve only within their unit.
 */
struct bs_tu {
	struct bs_strtab *strs;
	bs_sym main_file;
	BS_VEC(bs_sym) units;	/* main file of each unit */
	BS_VEC(struct bs_func *) funcs;
	BS_VEC(struct bs_reg) regs;
};

struct bs_tu *bs_tu_new(void);
/* Starts a unit: functions and registrations added from now on belong to it. */
unsigned bs_tu_add_unit(struct bs_tu *tu, const char *main_file);
void bs_tu_free(struct bs_tu *tu);
struct bs_func *bs_tu_add_func(struct bs_tu *tu, const char *name);
void bs_tu_add_reg(struct bs_tu *tu, const struct bs_reg *r);
struct bs_func *bs_tu_find_func(const struct bs_tu *tu, bs_sym name);

int bs_func_add_cond(struct bs_func *f, struct bs_cond c);
struct bs_block *bs_func_add_block(struct bs_func *f);
void bs_func_add_event(struct bs_func *f, const struct bs_event *ev);	/* to the last block */

/* Successors of a block as one list: succ[0], succ[1], then the extra ones. */
void bs_func_add_succ(struct bs_func *f, struct bs_block *b, int target);
unsigned bs_block_nsucc(const struct bs_func *f, const struct bs_block *b);
int bs_block_succ(const struct bs_func *f, const struct bs_block *b, unsigned i);

#ifdef __cplusplus
}
#endif

#endif
