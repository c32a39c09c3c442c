/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The worlds of the flow analysis and sets of them. A world is one guard state (which
 * cookies are held, which enter failed, the last guard event of each cookie, whether a
 * predicate guard tested true) together with a cube over the traced atoms: the atoms it
 * knows, and their truth. Its size depends on the function (how many cookies and atoms it
 * has), so a world is a block of bytes laid out by struct fw_layout; sets store them packed.
 *
 * Joining a world into a set never loses anything: a world that adds nothing (its cube lies
 * inside one with the same guard state) is dropped, worlds that lie inside the new one are
 * removed, and two cubes that differ only in the truth of one atom become one that does not
 * know it (x && R or !x && R is R), unless the caller says the atom's truth must stay known
 * (what reads it next would not split on it again). Whatever cannot be merged stays apart.
 */
#ifndef BS_FLOW_WORLDS_H
#define BS_FLOW_WORLDS_H

#include <stddef.h>
#include <stdint.h>

#define FW_MAX_SLOTS 64		/* cookies per function: held and failed are one uint64_t */

struct fw_guard {		/* the start of every world */
	uint64_t held;		/* bit per slot */
	uint64_t failed;	/* bit per slot: hist[] is an enter that failed */
	uint32_t pred;		/* a predicate guard tested true on this path */
	uint32_t unused;	/* zero: worlds are compared bytewise */
};

struct fw_layout {
	unsigned nslots;	/* int32_t hist[nslots] follows the fw_guard header */
	unsigned aw;		/* words of each atom bitset: known[aw], then truth[aw] */
	size_t bits_off;	/* where known[] starts; the guard state is everything before */
	size_t size;		/* bytes per world, a multiple of 8 */
};

struct fw_set {
	unsigned char *v;
	unsigned n, cap;
};

void fw_layout_init(struct fw_layout *l, unsigned nslots, unsigned natoms);

/* Views of a world's parts; like strchr(), they take a const world and return a mutable view. */
static inline struct fw_guard *fw_guard(const unsigned char *w)
{
	return (struct fw_guard *)(uintptr_t)w;
}

static inline int32_t *fw_hist(const unsigned char *w)
{
	return (int32_t *)(uintptr_t)(w + sizeof(struct fw_guard));
}

static inline uint64_t *fw_known(const struct fw_layout *l, const unsigned char *w)
{
	return (uint64_t *)(uintptr_t)(w + l->bits_off);
}

static inline uint64_t *fw_truth(const struct fw_layout *l, const unsigned char *w)
{
	return fw_known(l, w) + l->aw;
}

static inline unsigned char *fw_at(const struct fw_layout *l, const struct fw_set *s, unsigned i)
{
	return s->v + (size_t)i * l->size;
}

/* The world every path starts in: nothing held, no history, no atom known. */
void fw_init(const struct fw_layout *l, unsigned char *w);

/* Appends a copy of w, even if s has it already. */
void fw_push(const struct fw_layout *l, struct fw_set *s, const unsigned char *w);
/* Appends a copy of w unless s holds an equal world; returns 1 if appended. */
int fw_add(const struct fw_layout *l, struct fw_set *s, const unsigned char *w);
/*
 * Joins w into s without losing or adding a state (above), merging on no atom in keep (one
 * bit per atom); returns 1 if s now covers more.
 */
int fw_join(const struct fw_layout *l, struct fw_set *s, const unsigned char *w,
	    const uint64_t *keep);
/* Drops duplicates (after an update in place made worlds equal). */
void fw_dedup(const struct fw_layout *l, struct fw_set *s);
void fw_free(struct fw_set *s);

#endif
