/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The teardown model (design.md §4): the unbind path is every function reached from where
 * unbind starts (.remove, component unbind, devres actions, and functions a project declares
 * part of it). An async entry is bound when that path stops it for good: its work item or
 * timer disabled or shut down, its scheduler finalised, its interrupt freed, its sound card
 * freed. A stop that only cancels what is queued now counts when no after-unbind context can
 * queue the item again outside a guard. A devm interrupt requested before the register mapping outlives it.
 */
#ifndef BS_TEARDOWN_H
#define BS_TEARDOWN_H

#include "context.h"
#include "vec.h"

struct bs_analysis;

/* A call on the unbind path that destroys (for good) or flushes (for now) a workqueue. */
struct bs_wq_stop {
	const char *wq;			/* the workqueue object it takes */
	struct bs_site site;
	int for_good;
};

struct bs_teardown {
	unsigned char *on_path;		/* per function: on the unbind path */
	BS_VEC(unsigned) roots;		/* functions where it starts */
	int unknown_code;		/* it calls driver code outside the analysed files */
	int unplugs;			/* it reaches drm_dev_unplug() */
	struct bs_site card_free;	/* the first call on it that frees a sound card, or -1 */
	int owns_drm;			/* the code owns a drm_device (config owner_calls/_structs) */
	int owner_root;			/* the first root whose path makes an owner call, or -1 */
	BS_VEC(struct bs_wq_stop) wq_stops;	/* found once, asked per queue call */
};

/* Computes a->teardown and refines a->entries. */
void bs_teardown(struct bs_analysis *a);
void bs_teardown_free(struct bs_teardown *td);

/* Shared by the parts of the model (teardown_vblank.c, teardown_check.c, teardown_fence.c). */
/* Is registration r a store into a field of struct rec? */
int bs_reg_is_field_of(const struct bs_analysis *a, const struct bs_reg *r, const char *rec);
/* The context rule of a registration that stores into a struct field, NULL for the others. */
const struct bs_context_rule *bs_reg_field_rule(const struct bs_analysis *a,
						const struct bs_reg *r);
/* The function a registration stores, -1 if it is not analysed code. */
int bs_reg_func(const struct bs_analysis *a, const struct bs_reg *r);
/* The first call on the unbind path to a function match accepts, or { -1, -1 }. */
struct bs_site bs_teardown_find_call(const struct bs_analysis *a,
				     int (*match)(const struct bs_config *, const char *));
/* The same, for a match that takes the callee's name and an argument. */
struct bs_site bs_teardown_first_call(const struct bs_analysis *a,
				      int (*match)(const struct bs_analysis *, bs_sym, const void *),
				      const void *arg);
/* Does fn, or what it calls outside a guard, call one of the functions match accepts outside
 * a guard? */
int bs_teardown_calls(const struct bs_analysis *a, unsigned fn,
		      int (*match)(const struct bs_config *, const char *));
/* Per function: reachable from starts through calls made with no guard held (malloc'd). */
unsigned char *bs_teardown_reach(const struct bs_analysis *a, const unsigned *starts, unsigned n);
/* The same from every after-unbind entry but skip (tu->funcs.n: none skipped). */
unsigned char *bs_after_unbind_reach(const struct bs_analysis *a, unsigned skip);
/* The vblank stop: makes the vblank hooks of CRTCs whose vblank the unbind path turns off for
 * good bound (teardown_vblank.c); returns 1 if it made any, whose demand must be redone. */
int bs_teardown_vblank(struct bs_analysis *a);
/* The commit after the check: makes the callbacks the core runs only after a check that
 * returns 0 only while bound (contexts.json checked_by) bound (teardown_check.c); returns 1
 * if it made any, whose demand must be redone. */
int bs_teardown_checked(struct bs_analysis *a);
/* The fence kill: makes the dma_fence_ops callbacks the core runs only on a fence not yet
 * signalled bound when a fence kill the project declares for their table is on the unbind
 * path (teardown_fence.c); returns 1 if it made any, whose demand must be redone. */
int bs_teardown_fences(struct bs_analysis *a);
/* The function the project declares signals the fences of the table registration r stores
 * into (fence_kill), or NULL. */
const char *bs_teardown_fence_kill(const struct bs_analysis *a, const struct bs_reg *r);

#endif
