// SPDX-License-Identifier: GPL-2.0
#include "flow_worlds.h"
#include "vec.h"

void fw_layout_init(struct fw_layout *l, unsigned nslots, unsigned natoms)
{
	size_t hist_end = sizeof(struct fw_guard) + nslots * sizeof(int32_t);

	l->nslots = nslots;
	l->aw = (natoms + 63) / 64;
	l->bits_off = (hist_end + 7) / 8 * 8;
	l->size = l->bits_off + 2 * l->aw * sizeof(uint64_t);
}

void fw_init(const struct fw_layout *l, unsigned char *w)
{
	memset(w, 0, l->size);
	for (unsigned k = 0; k < l->nslots; k++)
		fw_hist(w)[k] = -1;
}

static unsigned char *grow(const struct fw_layout *l, struct fw_set *s)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 4;
		s->v = bs_xrealloc(s->v, (size_t)s->cap * l->size);
	}
	return fw_at(l, s, s->n++);
}

void fw_push(const struct fw_layout *l, struct fw_set *s, const unsigned char *w)
{
	memcpy(grow(l, s), w, l->size);
}

/* Truth bits are kept only where the atom is known, so equal worlds are equal bytes. */
int fw_add(const struct fw_layout *l, struct fw_set *s, const unsigned char *w)
{
	for (unsigned i = 0; i < s->n; i++)
		if (!memcmp(fw_at(l, s, i), w, l->size))
			return 0;
	fw_push(l, s, w);
	return 1;
}

static void remove_at(const struct fw_layout *l, struct fw_set *s, unsigned i)
{
	if (i != --s->n)
		memcpy(fw_at(l, s, i), fw_at(l, s, s->n), l->size);
}

/* Removes world i < n - 1 and keeps the last world (the candidate of fw_join) last. */
static void remove_keep_last(const struct fw_layout *l, struct fw_set *s, unsigned i)
{
	unsigned last = s->n - 1;

	if (i != last - 1)
		memcpy(fw_at(l, s, i), fw_at(l, s, last - 1), l->size);
	memcpy(fw_at(l, s, last - 1), fw_at(l, s, last), l->size);
	s->n--;
}

static int same_guard(const struct fw_layout *l, const unsigned char *a, const unsigned char *b)
{
	return !memcmp(a, b, l->bits_off);
}

/* Does a's cube contain b's: every atom a knows, b knows with the same truth? */
static int contains(const struct fw_layout *l, const unsigned char *a, const unsigned char *b)
{
	const uint64_t *ka = fw_known(l, a), *kb = fw_known(l, b);
	const uint64_t *ta = fw_truth(l, a), *tb = fw_truth(l, b);

	if (!same_guard(l, a, b))
		return 0;
	for (unsigned i = 0; i < l->aw; i++)
		if ((ka[i] & ~kb[i]) || ((ta[i] ^ tb[i]) & ka[i]))
			return 0;
	return 1;
}

/*
 * If a and b know the same atoms and differ in the truth of exactly one, not in keep, their
 * union is one cube that does not know it: returns that atom's word and sets *bit, else -1.
 */
static int one_apart(const struct fw_layout *l, const unsigned char *a, const unsigned char *b,
		     const uint64_t *keep, uint64_t *bit)
{
	const uint64_t *ka = fw_known(l, a), *kb = fw_known(l, b);
	const uint64_t *ta = fw_truth(l, a), *tb = fw_truth(l, b);
	int word = -1;

	if (!same_guard(l, a, b))
		return -1;
	for (unsigned i = 0; i < l->aw; i++) {
		uint64_t d = ta[i] ^ tb[i];

		if (ka[i] != kb[i])
			return -1;
		if (!d)
			continue;
		if (word >= 0 || (d & (d - 1)) || (d & keep[i]))
			return -1;
		word = i;
		*bit = d;
	}
	return word;
}

int fw_join(const struct fw_layout *l, struct fw_set *s, const unsigned char *w,
	    const uint64_t *keep)
{
	unsigned char *cand;
	int merged = 1;

	for (unsigned i = 0; i < s->n; i++)
		if (contains(l, fw_at(l, s, i), w))
			return 0;
	cand = grow(l, s);	/* the candidate lives in the last slot while it grows */
	memcpy(cand, w, l->size);
	while (merged) {
		merged = 0;
		for (unsigned i = 0; i + 1 < s->n;) {
			unsigned char *u = fw_at(l, s, i);
			uint64_t bit;
			int word;

			if (contains(l, cand, u)) {
				remove_keep_last(l, s, i);
				cand = fw_at(l, s, s->n - 1);
				continue;
			}
			word = one_apart(l, cand, u, keep, &bit);
			if (word >= 0) {
				fw_known(l, cand)[word] &= ~bit;
				fw_truth(l, cand)[word] &= ~bit;
				remove_keep_last(l, s, i);
				cand = fw_at(l, s, s->n - 1);
				merged = 1;
				continue;
			}
			i++;
		}
	}
	return 1;
}

void fw_dedup(const struct fw_layout *l, struct fw_set *s)
{
	for (unsigned i = 0; i < s->n; i++)
		for (unsigned j = i + 1; j < s->n;)
			if (!memcmp(fw_at(l, s, i), fw_at(l, s, j), l->size))
				remove_at(l, s, j);
			else
				j++;
}

void fw_free(struct fw_set *s)
{
	free(s->v);
	s->v = NULL;
	s->n = s->cap = 0;
}
