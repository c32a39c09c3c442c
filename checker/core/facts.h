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
	BS_COND_EQ,		/* a == value: value 0, or a is a boolean (value 1 is then a) */
	BS_COND_NE,		/* a != value, likewise */
	BS_COND_CALL,		/* callee sym, result atom in atom, a = first argument or -1 */
	BS_COND_VEQ,		/* a == value, value non-zero and a wider than a boolean (an
				   enum, a count): true says a is non-zero, false nothing */
	BS_COND_VNE,		/* a != value, likewise: false says a is non-zero */
	BS_COND_MASK,		/* a & value, value a constant: true says a is non-zero */
};

struct bs_cond {
	enum bs_cond_kind kind;
	int a, b;		/* child node indexes, -1 if none */
	bs_sym sym;		/* ATOM: the atom; CALL: the callee */
	bs_sym atom;		/* CALL: the atom naming this call's result; ATOM or UNKNOWN
				   read from a struct field: "field:<struct>.<member>" */
	int64_t value;
};

enum bs_origin {
	BS_ORIGIN_IOMEM,	/* derived from an __iomem declaration */
	BS_ORIGIN_UNKNOWN,	/* counts as MMIO */
	BS_ORIGIN_PLAIN,	/* provably plain memory: not MMIO */
};

/*
 * What the front end records is raw: every call with its callee and, per argument, what it
 * is. Whether a call is an MMIO access, a guard or a registration is decided by the core at
 * link time from the configuration (bind.c), so a configuration change needs no re-check.
 */
enum bs_event_kind {
	BS_EV_CALL,		/* a call; may be a guard enter/exit or an unplug, by the tables */
	BS_EV_ACCESS,		/* a call to an accessor, or of an MMIO handle (set by bs_bind()
				   and bs_bind_handles(), never stored) */
	BS_EV_STORE,		/* atom = cond */
	BS_EV_RETURN,
};

/* How a call names what it calls. */
enum bs_call_via {
	BS_VIA_DIRECT,		/* callee */
	BS_VIA_FIELD,		/* a struct field: ind_struct, ind_field */
	BS_VIA_PARAM,		/* a parameter of the calling function: ind_param, ind_var */
	BS_VIA_LOCAL,		/* a local variable: ind_var */
	BS_VIA_OTHER,		/* an expression nothing names (an array element, a call's result) */
};

/* One argument of a call. */
struct bs_arg {
	bs_sym atom;		/* the traced value (a variable, a side-effect-free lvalue), 0 */
	bs_sym obj;		/* the object it points into, "struct::member.path" or "var:name" */
	bs_sym field;		/* the struct member it reads, "field:<struct>.<member>" (also
				   through & and an index: &p->m, p->m[i]), 0 if none */
	bs_sym func;		/* the function it designates (fn, &fn), 0 if none */
	enum bs_origin origin;	/* where a pointer argument's address comes from */
	int fnptr;		/* it has function-pointer type */
	bs_sym inst;		/* the instance key of the object it points to (instances.h), 0 */
};

struct bs_event {
	enum bs_event_kind kind;
	struct bs_loc loc;
	bs_sym callee;		/* CALL/ACCESS: direct callee or accessor name */
	enum bs_call_via via;	/* CALL */
	bs_sym ind_struct;	/* CALL through a struct field: struct tag ... */
	bs_sym ind_field;	/* ... and field; callee is 0 then */
	bs_sym ind_var;		/* CALL through a parameter or local: its atom */
	int ind_param;		/* CALL through a parameter: its index */
	bs_sym result;		/* CALL: atom naming the result */
	unsigned first_arg, nargs;	/* CALL: its arguments, in f->args */
	bs_sym macro;		/* CALL: the driver macro it was written through, 0 if none */
	int callee_driver;	/* CALL: the callee is declared in the driver's files (it may be
				   defined in another of its translation units) */
	enum bs_origin origin;	/* ACCESS (bs_bind): the address' origin */
	bs_sym atom;		/* STORE: the atom written */
	int cond;		/* STORE: value stored; RETURN: value returned; -1 = unknown/none */
	bs_sym value_func;	/* STORE: a function's address stored (fn = poke) */
	bs_sym value_obj;	/* STORE: a function pointer loaded from a field ("struct::field") */
	bs_sym field;		/* STORE: the struct member written, "field:<struct>.<member>", 0 */
	/* CALL through an object's table pointer (obj->funcs->fn(), instances.h): */
	bs_sym ind_table;	/* the table pointer member, "field:<struct>.<member>", 0 if not */
	bs_sym ind_owner;	/* the instance key of obj ("inst:<struct>.<member>",
				   "inst:other"), 0 if unknown */
	int ind_owner_param;	/* obj is this parameter of the function, -1 if not */
	/* STORE into a table pointer member (obj->funcs = &tbl): */
	bs_sym base_inst;	/* the instance key of obj, 0 if unknown */
	bs_sym value_table;	/* the table stored: "var:<name>", "null", "?" if unknown; 0 for
				   any other event */
	unsigned callee_clone;	/* analysis only: a direct call resolved to the specialised copy
				   callee_clone - 1 of its callee (instances.h), 0 if none */
};

struct bs_block {
	unsigned first_event, nevents;
	unsigned nsucc;		/* successors, -1 for an unreachable one */
	int succ[2];		/* with a condition: [0] taken when true, [1] when false */
	unsigned first_succ_extra;	/* successors beyond two (switch), in f->succ_extra */
	int cond;		/* branch condition node, -1 if the block does not branch on a value */
	int noreturn;		/* ends in a call that does not return */
};

/*
 * Where a fix may edit a function's text (fixes.h), found by the front end in the AST. Offsets
 * are bytes into anchors.file; -1 where there is no such place.
 */
struct bs_fix_return {
	struct bs_loc loc;	/* the return statement */
	int64_t at;		/* where an exit goes: the start of its line when nothing precedes
				   the return on it (at_line_start), else the return itself */
	int at_line_start;
	bs_sym indent;		/* the indentation of the return's line */
	int64_t brace_open;	/* a braceless if/else/loop body: where " {" goes (after the
				   condition's ')' or the else), -1 when none is needed */
	int64_t brace_close_len;	/* the blanks the closing brace (at after) replaces: up
				   to the 'else' that follows (then "} else"), 0 */
	bs_sym brace_indent;	/* the indentation of the statement owning that body */
	int64_t kw;		/* the 'return' keyword */
	int64_t value_at;	/* its value, when that has side effects (a call), which must run
				   before the exit: "<retvar> = <value>; <exit> return <retvar>;";
				   -1 otherwise */
	int64_t after;		/* just after its ';': where the closing brace goes */
	bs_sym why;		/* why no exit can go before it: a "fix.*" message id
				   (messages.h), 0 */
};

struct bs_fix_anchors {
	int present;		/* the front end computed them */
	bs_sym why;		/* why no guard can be added to the function: a "fix.*" message
				   id (messages.h), 0 */
	bs_sym file;		/* the file the offsets are in, absolute */
	int64_t open;		/* just after the body's '{': where the cookie is declared */
	int64_t enter_at;	/* the start of the line where the enter goes: after the
				   declarations and after the device's local, if any */
	struct bs_loc enter_loc;	/* the statement the enter goes before */
	int64_t end_at;		/* the start of the closing brace's line (fall-off exit) */
	int falls_off;		/* the body's last statement is not a return */
	bs_sym indent;		/* the indentation of the body's statements */
	bs_sym rtype;		/* the return type: its typedef names, outermost first, then the
				   canonical spelling, '|'-separated ("vm_fault_t|unsigned int") */
	bs_sym device;		/* the guard's device expression ("dev", "&ptdev->base"), 0 */
	bs_sym cookie;		/* a name for the cookie no variable of the function uses */
	bs_sym retvar;		/* the variable a return's value goes through: 'ret' when the
				   body's declarations have it with the return type
				   (retvar_declared), else a name no variable uses */
	int retvar_declared;
	BS_VEC(struct bs_fix_return) returns;
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
	BS_VEC(struct bs_arg) args;
	BS_VEC(struct bs_cond) conds;
	BS_VEC(int) succ_extra;
	BS_VEC(bs_sym) params;	/* atom of each parameter */
	bs_sym unanalysed;	/* reason the front end could not lower it, 0 if lowered */
	struct bs_fix_anchors fix;	/* driver functions only */
	int leaf;		/* bs_bind(): an accessor or guard primitive, not analysed */
	char *bind_error;	/* bs_bind(): why the configuration cannot apply to it, or NULL */
	/* analysis only (instances.h): a copy of function clone_of - 1 in which parameter
	   inst_param designates an object of instance inst_key; clone_of is 0 otherwise */
	unsigned clone_of;
	int inst_param;
	bs_sym inst_key;
};

enum bs_reg_kind {
	BS_REG_FIELD,		/* stored in struct field (initializer or assignment) */
	BS_REG_CALLARG,		/* passed as an argument of a call */
	BS_REG_OBJARG,		/* an object (obj, a global struct) passed as an argument of a
				   call; func is 0: its callbacks are the FIELD registrations
				   with the same obj in the same unit. obj "param:func:N" with
				   field: the object that field of the table parameter N of the
				   calling function holds (PASS registrations name it) */
	BS_REG_TABLE,		/* an initializer sets table pointer member rec.field of an
				   object of instance obj to the table argv ("var:<name>",
				   "?" if unknown); func is 0 (instances.h) */
	BS_REG_PASS,		/* a call of a driver function that takes a debugfs directory:
				   argv the values it passes; with obj and field, argument arg is a
				   constant table whose field holds object obj (context.c) */
};

struct bs_reg {
	enum bs_reg_kind kind;
	unsigned unit;
	bs_sym func;
	bs_sym obj;		/* the object registered into ("struct::member.path"), 0 if unknown */
	bs_sym rec, field;	/* FIELD */
	bs_sym callee;		/* CALLARG */
	unsigned arg;		/* CALLARG */
	bs_sym argv;		/* OBJARG: the value of each argument of the call, '|'-separated at
				   depth 0 (bs_argv_at): "struct::path", "var:name", "null",
				   "param:func:N", "call(args)" or "" where nothing names it */
	struct bs_loc loc;
};

/* A file the unit read (its main file and every header), for staleness checks. */
struct bs_file {
	bs_sym path;
	int64_t size, mtime;	/* mtime in nanoseconds */
};

/* A translation unit: one checked .c file of one module. */
struct bs_unit {
	bs_sym path;		/* the main file, absolute */
	bs_sym module;		/* KBUILD_MODNAME, or the empty string outside kbuild */
	int failed;		/* clang could not parse it: no facts */
	bs_sym error;		/* why it failed, 0 */
	uint64_t src_hash;	/* of the main file's contents */
	bs_sym object;		/* kbuild's object file (from its dependency file), 0 outside kbuild */
	bs_sym srctree;		/* kbuild's source tree, 0 outside kbuild */
	uint64_t lower_hash;	/* of the configuration the front end consulted while lowering */
	BS_VEC(struct bs_file) files;
};

/*
 * The facts of one translation unit, or of several linked together (whole-driver mode):
 * functions and registrations then carry the unit they come from, and static functions
 * resolve only within their unit.
 */
struct bs_tu {
	struct bs_strtab *strs;
	bs_sym main_file;
	BS_VEC(struct bs_unit) units;
	BS_VEC(struct bs_func *) funcs;
	BS_VEC(struct bs_reg) regs;
	unsigned nregs_raw;	/* the recorded ones; the analysis may append derived ones */
	int whole_module;	/* the units are all of their module's files (bs_module_load): every
				   call of an external driver function is among them */
};

struct bs_tu *bs_tu_new(void);
/* Starts a unit: functions and registrations added from now on belong to it. */
unsigned bs_tu_add_unit(struct bs_tu *tu, const char *main_file);
struct bs_unit *bs_tu_unit(struct bs_tu *tu, unsigned unit);
void bs_tu_free(struct bs_tu *tu);
struct bs_func *bs_tu_add_func(struct bs_tu *tu, const char *name);
void bs_tu_add_reg(struct bs_tu *tu, const struct bs_reg *r);
struct bs_func *bs_tu_find_func(const struct bs_tu *tu, bs_sym name);
void bs_func_free(struct bs_func *f);

int bs_func_add_cond(struct bs_func *f, struct bs_cond c);
struct bs_block *bs_func_add_block(struct bs_func *f);
void bs_func_add_event(struct bs_func *f, const struct bs_event *ev);	/* to the last block */
/* Appends an argument to the event being built (call before bs_func_add_event). */
void bs_event_add_arg(struct bs_func *f, struct bs_event *ev, const struct bs_arg *arg);
/* Argument i of a call event, NULL if it has fewer. */
const struct bs_arg *bs_event_arg(const struct bs_func *f, const struct bs_event *ev, unsigned i);

/* Successors of a block as one list: succ[0], succ[1], then the extra ones. */
void bs_func_add_succ(struct bs_func *f, struct bs_block *b, int target);
unsigned bs_block_nsucc(const struct bs_func *f, const struct bs_block *b);
int bs_block_succ(const struct bs_func *f, const struct bs_block *b, unsigned i);

#ifdef __cplusplus
}
#endif

#endif
