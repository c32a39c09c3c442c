// SPDX-License-Identifier: GPL-2.0
#include "text_output.h"

static void print_loc(const struct bs_text_output *t, const struct bs_loc *l)
{
	fprintf(t->out, "%s:%u:%u: ", bs_str(t->tu->strs, l->file), l->line, l->col);
}

static void text_finding(void *ctx, const struct bs_finding *f)
{
	const struct bs_text_output *t = ctx;

	if (t->tsv) {
		fprintf(t->out, "%s\t%s\t%u\t%u\t%s\n", f->rule, bs_str(t->tu->strs, f->loc.file),
			f->loc.line, f->loc.col, f->func ? f->func : "");
		return;
	}
	print_loc(t, &f->loc);
	fprintf(t->out, "warning: %s [boundscope-%s]\n", f->msg, f->rule);
	for (unsigned i = 0; i < f->notes.n; i++) {
		print_loc(t, &f->notes.v[i].loc);
		fprintf(t->out, "note: %s\n", f->notes.v[i].msg);
	}
}

struct bs_handler bs_text_handler(struct bs_text_output *t)
{
	return (struct bs_handler){ t, text_finding };
}
