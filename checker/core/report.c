// SPDX-License-Identifier: GPL-2.0
#include "report.h"
#include "fingerprint.h"

#include <stdarg.h>
#include <stdio.h>

static char *vformat(const char *fmt, va_list ap)
{
	va_list copy;
	int n;
	char *s;

	va_copy(copy, ap);
	n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	s = bs_xrealloc(NULL, n + 1);
	vsnprintf(s, n + 1, fmt, ap);
	return s;
}

struct bs_finding *bs_report_add(struct bs_report *r, const char *rule, int func,
				  struct bs_loc loc, const char *fmt, ...)
{
	struct bs_finding *f;
	va_list ap;

	/* One finding per rule and location: two paths to one site are one problem. */
	for (unsigned i = 0; i < r->findings.n; i++) {
		f = r->findings.v[i];
		if (!strcmp(f->rule, rule) && f->loc.file == loc.file && f->loc.line == loc.line &&
		    f->loc.col == loc.col)
			return NULL;
	}
	f = bs_xcalloc(1, sizeof(*f));
	f->rule = rule;
	f->func = func >= 0 ? bs_str(r->tu->strs, r->tu->funcs.v[func]->name) : NULL;
	f->unit = func >= 0 ? (int)r->tu->funcs.v[func]->unit : -1;
	f->loc = loc;
	va_start(ap, fmt);
	f->msg = vformat(fmt, ap);
	va_end(ap);
	bs_vec_push(&r->findings, f);
	return f;
}

void bs_finding_note(struct bs_finding *f, struct bs_loc loc, const char *fmt, ...)
{
	struct bs_note n = { .loc = loc };
	va_list ap;

	if (!f)
		return;
	va_start(ap, fmt);
	n.msg = vformat(fmt, ap);
	va_end(ap);
	bs_vec_push(&f->notes, n);
}

static const struct bs_tu *sort_tu;

static int cmp_finding(const void *a, const void *b)
{
	const struct bs_finding *x = *(struct bs_finding *const *)a;
	const struct bs_finding *y = *(struct bs_finding *const *)b;
	int c = strcmp(bs_str(sort_tu->strs, x->loc.file), bs_str(sort_tu->strs, y->loc.file));

	if (c)
		return c;
	if (x->loc.line != y->loc.line)
		return x->loc.line < y->loc.line ? -1 : 1;
	if (x->loc.col != y->loc.col)
		return x->loc.col < y->loc.col ? -1 : 1;
	return strcmp(x->rule, y->rule);
}

void bs_report_sort(struct bs_report *r)
{
	sort_tu = r->tu;
	qsort(r->findings.v, r->findings.n, sizeof(*r->findings.v), cmp_finding);
}

void bs_report_emit(struct bs_report *r, const struct bs_handler *h)
{
	bs_report_sort(r);
	/* Front ends that skip the suppression pass still get fingerprints. */
	if (r->findings.n && !r->findings.v[0]->fingerprint[0])
		bs_report_fingerprint(r);
	for (unsigned i = 0; i < r->findings.n; i++)
		h->finding(h->ctx, r->findings.v[i]);
}

void bs_finding_free(struct bs_finding *f)
{
	for (unsigned j = 0; j < f->notes.n; j++)
		free(f->notes.v[j].msg);
	bs_vec_free(&f->notes);
	free(f->msg);
	free(f->suppressed);
	free(f);
}

void bs_report_free(struct bs_report *r)
{
	for (unsigned i = 0; i < r->findings.n; i++)
		bs_finding_free(r->findings.v[i]);
	bs_vec_free(&r->findings);
}
