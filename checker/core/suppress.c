// SPDX-License-Identifier: GPL-2.0
#include "suppress.h"
#include "fingerprint.h"
#include "rules.h"

#include <stdio.h>

struct suppression {
	bs_sym file;
	unsigned line, col;
	char *rule;
	char *reason;		/* NULL: none given */
	int used;
};

struct source {
	bs_sym file;
	char *text;		/* NULL: could not be read */
	BS_VEC(size_t) lines;	/* byte offset of each line's start */
};

struct pass {
	struct bs_report *r;
	BS_VEC(struct source) srcs;
	BS_VEC(struct suppression) sups;
};

static char *read_all(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t n = 0, cap = 0, got;

	if (!f)
		return NULL;
	do {
		if (cap - n < 4096) {
			cap = cap ? 2 * cap : 65536;
			buf = bs_xrealloc(buf, cap + 1);
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
	} while (got);
	fclose(f);
	buf[n] = 0;
	return buf;
}

static struct source *source_of(struct pass *p, bs_sym file)
{
	struct source s = { .file = file };

	for (unsigned i = 0; i < p->srcs.n; i++)
		if (p->srcs.v[i].file == file)
			return &p->srcs.v[i];
	s.text = read_all(bs_str(p->r->tu->strs, file));
	if (s.text) {
		bs_vec_push(&s.lines, (size_t)0);
		for (size_t i = 0; s.text[i]; i++)
			if (s.text[i] == '\n')
				bs_vec_push(&s.lines, i + 1);
	}
	bs_vec_push(&p->srcs, s);
	return &p->srcs.v[p->srcs.n - 1];
}

static int known_rule(const struct bs_report *r, const char *rule)
{
	if (bs_rule_find(rule))
		return 1;
	for (unsigned i = 0; i < r->findings.n; i++)
		if (!strcmp(r->findings.v[i]->rule, rule))
			return 1;
	return 0;
}

/* Is the marker at @m inside a comment that starts on this line (or continues one)? */
static const char *comment_start(const char *line, const char *m)
{
	const char *p;

	for (p = line; p + 1 < m; p++)
		if (p[0] == '/' && (p[1] == '/' || p[1] == '*'))
			return p;
	for (p = line; *p == ' ' || *p == '\t'; p++)
		;
	return *p == '*' ? p : NULL;
}

static void parse_line(struct pass *p, bs_sym file, unsigned lineno, const char *line,
		       const char *end)
{
	static const char marker[] = "boundscope:";
	struct suppression s = { .file = file, .line = lineno };
	const char *m, *c, *q, *stop;
	char *copy = bs_xrealloc(NULL, (size_t)(end - line) + 1);

	memcpy(copy, line, (size_t)(end - line));
	copy[end - line] = 0;
	m = strstr(copy, marker);
	c = m ? comment_start(copy, m) : NULL;
	if (!c)
		goto out;
	q = m + sizeof(marker) - 1;
	q += strspn(q, " \t");
	if (strncmp(q, "ignore", 6) || (q[6] != ' ' && q[6] != '\t'))
		goto out;
	q += 6;
	q += strspn(q, " \t");
	s.col = (unsigned)(c - copy) + 1;
	if (!strncmp(q, "boundscope-", 11))
		q += 11;
	stop = q + strspn(q, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");
	s.rule = bs_xrealloc(NULL, (size_t)(stop - q) + 1);
	memcpy(s.rule, q, (size_t)(stop - q));
	s.rule[stop - q] = 0;
	q = stop + strspn(stop, " \t");
	if (*q == ':') {
		const char *r = q + 1, *e = strstr(r, "*/");

		if (!e)
			e = r + strlen(r);
		r += strspn(r, " \t");
		while (e > r && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
			e--;
		if (e > r) {
			s.reason = bs_xrealloc(NULL, (size_t)(e - r) + 1);
			memcpy(s.reason, r, (size_t)(e - r));
			s.reason[e - r] = 0;
		}
	}
	bs_vec_push(&p->sups, s);
out:
	free(copy);
}

static void scan(struct pass *p, bs_sym file)
{
	struct source *src;

	for (unsigned i = 0; i < p->srcs.n; i++)
		if (p->srcs.v[i].file == file)
			return;
	src = source_of(p, file);
	if (!src->text || !strstr(src->text, "boundscope:"))
		return;
	for (unsigned l = 0; l < src->lines.n; l++) {
		const char *line = src->text + src->lines.v[l];
		const char *end = strchr(line, '\n');

		parse_line(p, file, l + 1, line, end ? end : line + strlen(line));
	}
}

/*
 * The plugin's location cookie is clang's raw SourceLocation of the expansion point: for a
 * file location, the file's start in clang's location space plus a byte offset. A comment
 * has no fact of its own, so its cookie is derived from another location in the same file;
 * if none is known the diagnostic has no location, which is still better than none at all.
 */
static uint64_t derive_cookie(struct pass *p, bs_sym file, unsigned line, unsigned col)
{
	const struct bs_tu *tu = p->r->tu;
	struct source *src = source_of(p, file);

	if (!src->text || line - 1 >= src->lines.n)
		return 0;
	for (unsigned i = 0; i < tu->funcs.n; i++) {
		const struct bs_loc *l = &tu->funcs.v[i]->loc;

		if (l->file != file || !l->cookie || (l->cookie & (1ULL << 31)) ||
		    l->line - 1 >= src->lines.n)
			continue;
		return l->cookie - (src->lines.v[l->line - 1] + l->col - 1) +
		       (src->lines.v[line - 1] + col - 1);
	}
	return 0;
}

static int enclosing_func(const struct bs_tu *tu, bs_sym file, unsigned line)
{
	for (unsigned i = 0; i < tu->funcs.n; i++) {
		const struct bs_func *f = tu->funcs.v[i];

		if (f->loc.file == file && f->loc.line <= line && f->end_loc.line >= line)
			return i;
	}
	return -1;
}

static void warn(struct pass *p, const struct suppression *s, enum bs_msg kind)
{
	struct bs_loc loc = { .file = s->file, .line = s->line, .col = s->col };

	if (!bs_rule_on(p->r->cfg, BS_RULE_suppression))
		return;
	loc.cookie = derive_cookie(p, s->file, s->line, s->col);
	bs_report_add(p->r, BS_RULE_ID(suppression), enclosing_func(p->r->tu, s->file, s->line),
		      loc, kind, BS_ARGS(BS_RULE(s->rule)));
}

static void match(struct pass *p)
{
	struct bs_report *r = p->r;
	unsigned nfindings = r->findings.n;

	for (unsigned i = 0; i < p->sups.n; i++) {
		struct suppression *s = &p->sups.v[i];

		if (!known_rule(r, s->rule) || bs_rule_has(s->rule, BS_RULE_NO_SUPPRESS) ||
		    !s->reason)
			continue;
		for (unsigned j = 0; j < nfindings; j++) {
			struct bs_finding *f = r->findings.v[j];

			if (f->loc.file != s->file || strcmp(f->rule, s->rule) ||
			    (f->loc.line != s->line && f->loc.line != s->line + 1))
				continue;
			s->used = 1;
			if (!f->suppressed)
				f->suppressed = bs_xstrdup(s->reason);
		}
	}
	for (unsigned i = 0; i < p->sups.n; i++) {
		const struct suppression *s = &p->sups.v[i];
		const struct bs_rule *rule = bs_rule_find(s->rule);

		if (rule && (rule->flags & BS_RULE_NO_SUPPRESS))
			warn(p, s, BS_MSG_SUP_CANNOT);
		else if (!known_rule(r, s->rule))
			warn(p, s, BS_MSG_SUP_UNKNOWN_RULE);
		else if (!s->reason)
			warn(p, s, BS_MSG_SUP_NO_REASON);
		else if (!s->used && (!rule || bs_rule_on(r->cfg, (int)(rule - bs_rules))))
			/* a disabled rule matches nothing: its suppressions wait, unreported */
			warn(p, s, BS_MSG_SUP_UNUSED);
	}
}

static void listing_finding(void *ctx, const struct bs_finding *f)
{
	const struct bs_listing *l = ctx;

	l->finding(l->ctx, f);
}

struct bs_handler bs_listing_handler(struct bs_listing *l)
{
	return (struct bs_handler){ l, listing_finding };
}

void bs_suppress_apply(struct bs_report *r, const struct bs_handler *h)
{
	const struct bs_tu *tu = r->tu;
	struct pass p = { .r = r };
	unsigned kept = 0;

	/*
	 * The driver's files, named as the findings name them (a unit's own path may be
	 * spelled differently): those that define a driver function.
	 */
	for (unsigned i = 0; i < tu->funcs.n; i++)
		if (tu->funcs.v[i]->is_driver)
			scan(&p, tu->funcs.v[i]->loc.file);
	for (unsigned i = 0; i < r->findings.n; i++)
		scan(&p, r->findings.v[i]->loc.file);
	match(&p);
	bs_report_finish(r);
	for (unsigned i = 0; i < r->findings.n; i++) {
		struct bs_finding *f = r->findings.v[i];

		if (!f->suppressed) {
			r->findings.v[kept++] = f;
			continue;
		}
		if (h && h->finding == listing_finding) {
			const struct bs_listing *l = h->ctx;

			l->suppressed(l->ctx, f);
		}
		bs_finding_free(f);
	}
	r->findings.n = kept;
	for (unsigned i = 0; i < p.srcs.n; i++) {
		free(p.srcs.v[i].text);
		bs_vec_free(&p.srcs.v[i].lines);
	}
	bs_vec_free(&p.srcs);
	for (unsigned i = 0; i < p.sups.n; i++) {
		free(p.sups.v[i].rule);
		free(p.sups.v[i].reason);
	}
	bs_vec_free(&p.sups);
}
