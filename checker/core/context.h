/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Entry-point classification: how the kernel can call a function on its own, from the
 * registrations the front end saw and the context table. A function registered anywhere as
 * after-unbind is after-unbind, whatever else it is registered as; a callback stored in an
 * object that the table names (debugfs fops) takes the object's context instead of its
 * struct type's. The teardown model (teardown.c) then refines async entries.
 */
#ifndef BS_CONTEXT_H
#define BS_CONTEXT_H

#include "callgraph.h"
#include "config.h"

/* An event in a function: where a note can point. */
struct bs_site {
	int func, event;	/* -1 if none */
};

struct bs_entry {
	enum bs_context context;
	const char *kind;	/* from the context table, NULL if not an entry */
	int reg;		/* index into tu->regs of the registration that decided it, -1 */
	int objreg;		/* for a callback stored in a global table: the call the table was
				   handed to whose rule decided it (tu->regs, BS_REG_OBJARG), -1 */
	enum bs_stopper stopped_by;
	/* what the teardown model found, for notes */
	struct bs_site queued;	/* where its item is queued or armed */
	struct bs_site stop;	/* the stop on the unbind path that decided it */
	struct bs_site requeue;	/* an after-unbind re-queue that defeats a stop-for-now */
	struct bs_site iomap;	/* devres order: the register mapping requested after it */
	int teardown_bound;	/* made bound by the teardown model */
	int checked_after;	/* made bound as it runs only after a check closed on the unbind
				   path (teardown_check.c): a function registered as that check */
	int vblank_not_off;	/* a vblank hook: a registration (tu->regs) of a CRTC helper table
				   whose disable does not turn the vblank off, -1 */
	int fence_kill_unmet;	/* a fence callback: a registration (tu->regs) into a table whose
				   declared fence kill the unbind path does not run (or that
				   signals nothing), -1 */
};

/*
 * A registering call whose function argument is a parameter or local (a driver helper that
 * requests an IRQ for the handler it is given) registers every function that flows into it:
 * appended to tu->regs as derived registrations (the raw ones stay first, nregs_raw of them).
 */
void bs_derive_registrations(struct bs_tu *tu, const struct bs_config *cfg,
			     const struct bs_callgraph *cg);

/* Fills entries[i] for every tu->funcs[i]. */
void bs_classify_entries(const struct bs_tu *tu, const struct bs_config *cfg,
			 const struct bs_callgraph *cg, struct bs_entry *entries);

#endif
