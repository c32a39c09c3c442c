// SPDX-License-Identifier: GPL-2.0
#include "report.h"
#include "fingerprint.h"
#include "fixes.h"

#include <stdio.h>

static void set_message(struct bs_message *m, enum bs_msg kind, const struct bs_msg_arg *args)
{
	m->kind = kind;
	m->nargs = 0;
	for (; args && args->role != BS_ROLE_END && m->nargs < BS_MAX_ARGS; args++)
		m->args[m->nargs++] = (struct bs_msg_arg){ args->role, bs_xstrdup(args->s ? args->s : "") };
}

static void free_message(struct bs_message *m)
{
	for (unsigned i = 0; i < m->nargs; i++)
		free((char *)m->args[i].s);
}

struct bs_finding *bs_report_add(struct bs_report *r, const char *rule, int func,
				  struct bs_loc loc, enum bs_msg kind, const struct bs_msg_arg *args)
{
	struct bs_finding *f;

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
	f->site = f->func;
	f->unit = func >= 0 ? (int)r->tu->funcs.v[func]->unit : -1;
	f->func_index = func;
	f->loc = loc;
	set_message(&f->m, kind, args);
	bs_vec_push(&r->findings, f);
	return f;
}

void bs_finding_note(struct bs_finding *f, struct bs_loc loc, enum bs_msg kind,
		     const struct bs_msg_arg *args)
{
	struct bs_note n = { .loc = loc };

	if (!f)
		return;
	set_message(&n.m, kind, args);
	bs_vec_push(&f->notes, n);
}

void bs_finding_site(struct bs_finding *f, const char *func)
{
	if (f)
		f->site = func;
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

void bs_report_finish(struct bs_report *r)
{
	bs_report_sort(r);
	for (unsigned i = 0; i < r->findings.n; i++) {
		struct bs_finding *f = r->findings.v[i];

		if (!f->msg)
			f->msg = bs_msg_render(&f->m, 0);
		for (unsigned j = 0; j < f->notes.n; j++)
			if (!f->notes.v[j].msg)
				f->notes.v[j].msg = bs_msg_render(&f->notes.v[j].m, 0);
		if (r->cfg && !f->fix)
			f->fix = bs_fix_plan(r->tu, r->cfg, f, f->func_index);
	}
	bs_report_fingerprint(r);
}

void bs_report_emit(struct bs_report *r, const struct bs_handler *h)
{
	bs_report_sort(r);
	/* Front ends that skip the suppression pass still get words and fingerprints. */
	if (r->findings.n && !r->findings.v[0]->fingerprint[0])
		bs_report_finish(r);
	for (unsigned i = 0; i < r->findings.n; i++)
		h->finding(h->ctx, r->findings.v[i]);
}

void bs_finding_free(struct bs_finding *f)
{
	for (unsigned j = 0; j < f->notes.n; j++) {
		free(f->notes.v[j].msg);
		free_message(&f->notes.v[j].m);
	}
	bs_vec_free(&f->notes);
	free(f->msg);
	free_message(&f->m);
	free(f->suppressed);
	bs_fix_free(f->fix);
	free(f);
}

void bs_report_free(struct bs_report *r)
{
	for (unsigned i = 0; i < r->findings.n; i++)
		bs_finding_free(r->findings.v[i]);
	bs_vec_free(&r->findings);
}
