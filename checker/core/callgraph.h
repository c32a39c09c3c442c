/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The call graph of one translation unit. Direct calls resolve by name to the functions
 * defined here; a call through a struct field (`ops->flush()`) resolves to every function
 * stored in that field of that struct type, by initializer or by assignment.
 */
#ifndef BS_CALLGRAPH_H
#define BS_CALLGRAPH_H

#include "facts.h"

struct bs_field_target {
	bs_sym rec, field;
	unsigned func;		/* index into tu->funcs */
};

struct bs_callgraph {
	const struct bs_tu *tu;
	int *first_of_sym;	/* sym -> first function of that name, -1 if none */
	int *next_same_name;	/* function -> next function of the same name, -1 */
	unsigned nsyms;
	BS_VEC(struct bs_field_target) fields;
};

void bs_callgraph_build(struct bs_callgraph *cg, const struct bs_tu *tu);
void bs_callgraph_free(struct bs_callgraph *cg);
/* The function a name means in a unit: its own static one, else an external one. */
int bs_callgraph_func(const struct bs_callgraph *cg, unsigned unit, bs_sym name);

/* Calls fn(index, arg) for every function the call event (in a function of unit) may reach. */
void bs_callgraph_targets(const struct bs_callgraph *cg, unsigned unit, const struct bs_event *ev,
			  void (*fn)(unsigned func, void *arg), void *arg);

#endif
