// SPDX-License-Identifier: GPL-2.0
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "udiff.h"

#define CONTEXT 3u
#define LCS_MAX 40000u	/* cells; a larger region is printed as all removed, all added */

struct line {
	const char *s;
	size_t n;		/* with its newline, if it has one */
};

struct lines {
	struct line *v;
	unsigned n;
};

static void split(const char *s, size_t len, struct lines *out)
{
	size_t i = 0;

	out->v = NULL;
	out->n = 0;
	while (i < len) {
		const char *nl = memchr(s + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - s) + 1 : len;

		out->v = bs_xrealloc(out->v, (out->n + 1) * sizeof(*out->v));
		out->v[out->n++] = (struct line){ s + i, end - i };
		i = end;
	}
}

static bool same(struct line x, struct line y)
{
	return x.n == y.n && !memcmp(x.s, y.s, x.n);
}

static void put(FILE *out, char mark, struct line l)
{
	fputc(mark, out);
	fwrite(l.s, 1, l.n, out);
	if (!l.n || l.s[l.n - 1] != '\n')
		fputs("\n\\ No newline at end of file\n", out);
}

/* A changed region: original lines [a, b), replaced by the region's edited text. */
struct region {
	unsigned a, b;
	unsigned e0, e1;	/* its edits */
	char *text;		/* the new text of lines [a, b) */
	size_t len;
	struct lines nl;
};

/* The line holding byte @off; nlines for the end of a text that ends in a newline. */
static unsigned line_of(const struct lines *ls, const char *text, size_t off)
{
	unsigned lo = 0, hi = ls->n;

	if (!ls->n)
		return 0;
	if (off >= (size_t)(ls->v[ls->n - 1].s - text) + ls->v[ls->n - 1].n)
		return ls->v[ls->n - 1].s[ls->v[ls->n - 1].n - 1] == '\n' ? ls->n : ls->n - 1;
	while (hi - lo > 1) {
		unsigned mid = (lo + hi) / 2;

		if ((size_t)(ls->v[mid].s - text) <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

static size_t start_of(const struct lines *ls, const char *text, size_t len, unsigned l)
{
	return l < ls->n ? (size_t)(ls->v[l].s - text) : len;
}

static void edited(struct region *r, const struct lines *ls, const char *text, size_t len,
		   const struct bs_edit *edits)
{
	size_t from = start_of(ls, text, len, r->a), to = start_of(ls, text, len, r->b);
	FILE *f = open_memstream(&r->text, &r->len);

	for (unsigned i = r->e0; i < r->e1; i++) {
		size_t off = (size_t)edits[i].offset;

		fwrite(text + from, 1, off - from, f);
		fputs(edits[i].text, f);
		from = off + (size_t)edits[i].length;
	}
	fwrite(text + from, 1, to - from, f);
	fclose(f);
	split(r->text, r->len, &r->nl);
}

/* The region's lines aligned: common lines as context, each run of changes '-' then '+'. */
static void put_region(FILE *out, const struct lines *ls, const struct region *r)
{
	unsigned m = r->b - r->a, k = r->nl.n, i = 0, j = 0;
	const struct line *o = ls->v + r->a, *nw = r->nl.v;
	unsigned *lcs = NULL;

	if ((size_t)(m + 1) * (k + 1) <= LCS_MAX) {
		lcs = calloc((size_t)(m + 1) * (k + 1), sizeof(*lcs));
		for (unsigned x = m; x-- > 0;)
			for (unsigned y = k; y-- > 0;) {
				unsigned *c = &lcs[x * (k + 1) + y];

				if (same(o[x], nw[y]))
					*c = lcs[(x + 1) * (k + 1) + y + 1] + 1;
				else
					*c = lcs[(x + 1) * (k + 1) + y] > lcs[x * (k + 1) + y + 1] ?
					     lcs[(x + 1) * (k + 1) + y] : lcs[x * (k + 1) + y + 1];
			}
	}
	while (i < m || j < k) {
		unsigned i0 = i, j0 = j;

		if (lcs && i < m && j < k && same(o[i], nw[j])) {
			put(out, ' ', o[i]);
			i++, j++;
			continue;
		}
		/* a run of changes up to the next common line */
		while (i < m || j < k) {
			if (lcs && i < m && j < k && same(o[i], nw[j]))
				break;
			if (i < m && (j == k || !lcs ||
				      lcs[(i + 1) * (k + 1) + j] > lcs[i * (k + 1) + j + 1]))
				i++;
			else
				j++;
		}
		for (unsigned x = i0; x < i; x++)
			put(out, '-', o[x]);
		for (unsigned y = j0; y < j; y++)
			put(out, '+', nw[y]);
	}
	free(lcs);
}

void bs_udiff(FILE *out, const char *a, const char *b, const char *text, size_t len,
	      const struct bs_edit *edits, unsigned n)
{
	struct lines ls;
	struct region *rs = NULL;
	unsigned nr = 0;
	long delta = 0;

	if (!n)
		return;
	split(text, len, &ls);
	for (unsigned i = 0; i < n; i++) {
		const struct bs_edit *e = &edits[i];
		size_t off = (size_t)e->offset, tl = strlen(e->text);
		unsigned l0 = line_of(&ls, text, off), end;
		bool pure = !e->length && (l0 == ls.n || (off == start_of(&ls, text, len, l0) &&
							  tl && e->text[tl - 1] == '\n'));

		end = e->length ? line_of(&ls, text, off + (size_t)e->length - 1) + 1 : l0 + 1;
		if (pure)
			end = l0;
		if (end > ls.n)
			end = ls.n;
		if (nr && l0 <= rs[nr - 1].b) {
			if (end > rs[nr - 1].b)
				rs[nr - 1].b = end;
			rs[nr - 1].e1 = i + 1;
			continue;
		}
		rs = bs_xrealloc(rs, (nr + 1) * sizeof(*rs));
		rs[nr++] = (struct region){ .a = l0, .b = end, .e0 = i, .e1 = i + 1 };
	}
	for (unsigned i = 0; i < nr; i++)
		edited(&rs[i], &ls, text, len, edits);
	fprintf(out, "--- %s\n+++ %s\n", a, b);
	for (unsigned h = 0; h < nr;) {
		unsigned last = h, from, to, oldn, newn;
		long hd = 0;

		while (last + 1 < nr && rs[last + 1].a - rs[last].b <= 2 * CONTEXT)
			last++;
		from = rs[h].a > CONTEXT ? rs[h].a - CONTEXT : 0;
		to = rs[last].b + CONTEXT < ls.n ? rs[last].b + CONTEXT : ls.n;
		for (unsigned i = h; i <= last; i++)
			hd += (long)rs[i].nl.n - (long)(rs[i].b - rs[i].a);
		oldn = to - from;
		newn = (unsigned)((long)oldn + hd);
		fprintf(out, "@@ -%u,%u +%ld,%u @@\n", oldn ? from + 1 : from, oldn,
			newn ? (long)from + 1 + delta : (long)from + delta, newn);
		for (unsigned l = from, i = h; l < to || i <= last;) {
			if (i <= last && l == rs[i].a) {
				put_region(out, &ls, &rs[i]);
				l = rs[i].b;
				i++;
				continue;
			}
			if (l >= ls.n)
				break;
			put(out, ' ', ls.v[l++]);
		}
		delta += hd;
		h = last + 1;
	}
	for (unsigned i = 0; i < nr; i++) {
		free(rs[i].text);
		free(rs[i].nl.v);
	}
	free(rs);
	free(ls.v);
}
