/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Per-instance resolution of calls through an object's table pointer. A call
 * ring->funcs->begin_use(ring) reaches, by its struct type alone, every function stored in any
 * amdgpu_ring_funcs.begin_use; but the code often shows which objects the ring can be
 * (&kiq->ring: an amdgpu_kiq's ring) and which tables are ever stored into the `funcs` of such
 * objects (adev->gfx.kiq[i].ring.funcs = &gfx_v9_0_ring_funcs_kiq). Then the call reaches only
 * the functions of those tables, plus what is stored into the field by assignment or in a table
 * no store names.
 *
 * Instances are keyed by the member that embeds the object ("inst:amdgpu_kiq.ring": every
 * kiq's ring), or "inst:other" for an object that is no embedded member (a variable, a fresh
 * allocation); the front end computes them (plugin/instances.h). A table store into an object
 * of unknown instance serves every instance; an unknown table stored into one makes its
 * instances unrestricted. As for every call through a field, a table pointer copied by memcpy()
 * or by assigning a whole struct is not seen.
 *
 * A function that calls through the table of a parameter (amdgpu_ring_alloc(ring)) is copied
 * once per instance its callers pass (the copy's calls resolve with that instance), and a
 * caller's call is resolved to the copy; a function that passes its own parameter on to such
 * a parameter is copied likewise. Copies are analysis-only: they share the original's name,
 * are never entries or reported on their own, and are removed when the analysis ends.
 */
#ifndef BS_INSTANCES_H
#define BS_INSTANCES_H

#include "facts.h"

struct bs_table_store;

struct bs_instances {
	BS_VEC(struct bs_table_store) stores;	/* every table pointer store */
	unsigned nfuncs;			/* the functions before any copy */
};

/* Collects the table stores and makes the copies; bs_instances_undo() removes them. */
void bs_instances_build(struct bs_instances *in, struct bs_tu *tu);
void bs_instances_undo(struct bs_instances *in, struct bs_tu *tu);

/*
 * The instance a call through a table pointer (event ev of function f) is known to serve, 0 if
 * none: then it reaches every function of its field.
 */
bs_sym bs_instances_of_call(const struct bs_func *f, const struct bs_event *ev);

/*
 * Whether a function registered into a table object obj (a FIELD registration's obj, 0 or
 * "var:<name>" or "struct::path") can be reached through member table of an object of
 * instance inst.
 */
int bs_instances_reach(const struct bs_instances *in, const struct bs_tu *tu, bs_sym table,
		       bs_sym inst, bs_sym obj);

#endif
