// SPDX-License-Identifier: GPL-2.0
#include "strtab.h"
#include "vec.h"

#include <stdarg.h>
#include <stdio.h>

struct bs_strtab {
	BS_VEC(char *) strs;	/* strs.v[0] is the empty "no name" entry */
	bs_sym *slots;		/* open addressing, 0 = empty */
	unsigned nslots;
};

void *bs_xrealloc(void *p, size_t size)
{
	p = realloc(p, size ? size : 1);
	if (!p) {
		fputs("boundscope: out of memory\n", stderr);
		abort();
	}
	return p;
}

void *bs_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p) {
		fputs("boundscope: out of memory\n", stderr);
		abort();
	}
	return p;
}

char *bs_xstrdup(const char *s)
{
	size_t len = strlen(s) + 1;

	return memcpy(bs_xrealloc(NULL, len), s, len);
}

char *bs_xvasprintf(const char *fmt, va_list ap)
{
	va_list again;
	char *s;
	int n;

	va_copy(again, ap);
	n = vsnprintf(NULL, 0, fmt, ap);
	s = bs_xrealloc(NULL, (size_t)n + 1);
	vsnprintf(s, (size_t)n + 1, fmt, again);
	va_end(again);
	return s;
}

char *bs_xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = bs_xvasprintf(fmt, ap);
	va_end(ap);
	return s;
}

static uint32_t hash_str(const char *s)
{
	uint32_t h = 2166136261u;	/* FNV-1a */

	while (*s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

struct bs_strtab *bs_strtab_new(void)
{
	struct bs_strtab *st = bs_xcalloc(1, sizeof(*st));

	bs_vec_push(&st->strs, bs_xstrdup(""));
	st->nslots = 1024;
	st->slots = bs_xcalloc(st->nslots, sizeof(*st->slots));
	return st;
}

void bs_strtab_free(struct bs_strtab *st)
{
	if (!st)
		return;
	for (unsigned i = 0; i < st->strs.n; i++)
		free(st->strs.v[i]);
	bs_vec_free(&st->strs);
	free(st->slots);
	free(st);
}

static unsigned find_slot(const struct bs_strtab *st, const char *s)
{
	unsigned i = hash_str(s) & (st->nslots - 1);

	while (st->slots[i] && strcmp(st->strs.v[st->slots[i]], s))
		i = (i + 1) & (st->nslots - 1);
	return i;
}

static void grow(struct bs_strtab *st)
{
	free(st->slots);
	st->nslots *= 2;
	st->slots = bs_xcalloc(st->nslots, sizeof(*st->slots));
	for (bs_sym sym = 1; sym < st->strs.n; sym++)
		st->slots[find_slot(st, st->strs.v[sym])] = sym;
}

bs_sym bs_intern(struct bs_strtab *st, const char *s)
{
	unsigned i;

	if (!s || !*s)
		return 0;
	i = find_slot(st, s);
	if (st->slots[i])
		return st->slots[i];
	bs_vec_push(&st->strs, bs_xstrdup(s));
	st->slots[i] = st->strs.n - 1;
	if (2 * st->strs.n > st->nslots)
		grow(st);
	return st->strs.n - 1;
}

bs_sym bs_lookup(const struct bs_strtab *st, const char *s)
{
	if (!s || !*s)
		return 0;
	return st->slots[find_slot(st, s)];
}

const char *bs_str(const struct bs_strtab *st, bs_sym sym)
{
	return sym < st->strs.n ? st->strs.v[sym] : "";
}

unsigned bs_strtab_count(const struct bs_strtab *st)
{
	return st->strs.n;
}
