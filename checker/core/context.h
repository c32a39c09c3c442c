/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Entry-point classification: how the kernel can call a function on its own, from the
 * registrations the front end saw and the context table. A function registered anywhere as
 * after-unbind is after-unbind, whatever else it is registered as.
 */
#ifndef BS_CONTEXT_H
#define BS_CONTEXT_H

#include "callgraph.h"
#include "config.h"

struct bs_entry {
	enum bs_context context;
	const char *kind;	/* from the context table, NULL if not an entry */
	int reg;		/* index into tu->regs of the registration that decided it, -1 */
};

/* Fills entries[i] for every tu->funcs[i]. */
void bs_classify_entries(const struct bs_tu *tu, const struct bs_config *cfg,
			 const struct bs_callgraph *cg, struct bs_entry *entries);

#endif
