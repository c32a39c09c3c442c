// SPDX-License-Identifier: GPL-2.0
#define _POSIX_C_SOURCE 200809L

#include <stdlib.h>
#include <string.h>

#include "exit_codes.h"
#include "stats_output.h"

static struct bs_sheet_module *module_named(struct bs_sheet *s, const char *name)
{
	struct bs_sheet_module m = { .name = bs_xstrdup(name) };

	for (unsigned i = 0; i < s->modules.n; i++)
		if (!strcmp(s->modules.v[i].name, name)) {
			free(m.name);
			return &s->modules.v[i];
		}
	bs_vec_push(&s->modules, m);
	return &s->modules.v[s->modules.n - 1];
}

void bs_sheet_add(struct bs_sheet *s, const struct bs_tu *tu, const struct bs_stats *st,
		  int unit)
{
	for (unsigned u = 0; u < st->nunits && u < tu->units.n; u++) {
		const struct bs_unit *un = &tu->units.v[u];
		struct bs_sheet_module *m;

		if (unit >= 0 && (unsigned)unit != u)
			continue;
		m = module_named(s, un->module ? bs_str(tu->strs, un->module) : "");
		bs_vec_push(&m->files, bs_xstrdup(bs_str(tu->strs, un->path)));
		bs_vec_push(&m->rows, st->units[u]);
		bs_stats_add(&m->total, &st->units[u]);
		if (st->units[u].silent && !m->first_silent)
			m->first_silent = bs_xstrdup(st->first_silent);
	}
}

static unsigned findings(const struct bs_unit_stats *s)
{
	unsigned n = 0;

	for (unsigned k = 0; k < BS_STATS_RULES; k++)
		n += s->findings[k];
	return n;
}

static unsigned entries(const struct bs_unit_stats *s)
{
	return s->entries[BS_CTX_BOUND] + s->entries[BS_CTX_UNBIND] +
	       s->entries[BS_CTX_AFTER_UNBIND];
}

#define FIELD_GETTER(name, expr) \
	static unsigned get_##name(const struct bs_unit_stats *s) { return expr; }
FIELD_GETTER(functions, s->functions)
FIELD_GETTER(driver, s->driver)
FIELD_GETTER(analysed, s->analysed)
FIELD_GETTER(unanalysed, bs_stats_unanalysed(s))
FIELD_GETTER(limits, bs_stats_limits(s))
FIELD_GETTER(leaves, s->leaves)
FIELD_GETTER(ptr_calls, s->ptr_calls)
FIELD_GETTER(ptr_resolved, s->ptr_resolved)
FIELD_GETTER(ptr_outside, s->ptr_outside)
FIELD_GETTER(ptr_unresolved, s->ptr_unresolved)
FIELD_GETTER(entries, entries(s))
FIELD_GETTER(findings, findings(s))
#undef FIELD_GETTER

static const struct column {
	const char *head;
	unsigned (*get)(const struct bs_unit_stats *s);
} columns[] = {
	{ "functions", get_functions },
	{ "driver", get_driver },
	{ "analysed", get_analysed },
	{ "unanalysed", get_unanalysed },
	{ "limits", get_limits },
	{ "leaves", get_leaves },
	{ "ptr-calls", get_ptr_calls },
	{ "resolved", get_ptr_resolved },
	{ "outside", get_ptr_outside },
	{ "unresolved", get_ptr_unresolved },
	{ "entries", get_entries },
	{ "findings", get_findings },
};

#define NCOLUMNS (sizeof(columns) / sizeof(*columns))

/* Rows name a file below the directory all files of the module share. */
static size_t common_dir(const struct bs_sheet_module *m)
{
	size_t n;

	if (!m->files.n)
		return 0;
	n = strlen(m->files.v[0]);
	for (unsigned i = 1; i < m->files.n; i++)
		for (size_t k = 0; k < n; k++)
			if (m->files.v[i][k] != m->files.v[0][k]) {
				n = k;
				break;
			}
	while (n && m->files.v[0][n - 1] != '/')
		n--;
	return n;
}

struct table {
	int name_w;
	int w[NCOLUMNS];
};

static void widen(struct table *t, const char *name, const struct bs_unit_stats *s)
{
	if ((int)strlen(name) > t->name_w)
		t->name_w = (int)strlen(name);
	for (size_t c = 0; c < NCOLUMNS; c++) {
		int n = snprintf(NULL, 0, "%u", columns[c].get(s));

		if (n > t->w[c])
			t->w[c] = n;
	}
}

static void table_init(struct table *t, const char *first)
{
	t->name_w = (int)strlen(first);
	for (size_t c = 0; c < NCOLUMNS; c++)
		t->w[c] = (int)strlen(columns[c].head);
}

static void print_head(FILE *out, const struct table *t, const char *first)
{
	fprintf(out, "%-*s", t->name_w, first);
	for (size_t c = 0; c < NCOLUMNS; c++)
		fprintf(out, "  %*s", t->w[c], columns[c].head);
	fputc('\n', out);
}

static void print_row(FILE *out, const struct table *t, const char *name,
		      const struct bs_unit_stats *s)
{
	fprintf(out, "%-*s", t->name_w, name);
	for (size_t c = 0; c < NCOLUMNS; c++)
		fprintf(out, "  %*u", t->w[c], columns[c].get(s));
	fputc('\n', out);
}

static const char *const why_names[BS_WHY_KINDS] = {
	[BS_WHY_FRONT_END] = "front end could not lower",
	[BS_WHY_BIND] = "bind error",
	[BS_WHY_FLOW] = "flow-analysis limit",
};

/* The lines under a table: what its total row sums up, in words. */
static void print_details(FILE *out, const struct bs_unit_stats *s)
{
	const char *sep = "";

	fputs("not analysed:", out);
	for (unsigned k = 0; k < BS_WHY_KINDS; k++)
		fprintf(out, "%s %s %u", k ? "," : "", why_names[k], s->unanalysed[k]);
	fputc('\n', out);
	fputs("limits hit:", out);
	for (unsigned k = 0; k < BS_LIMIT_KINDS; k++) {
		if (!s->limit[k])
			continue;
		fprintf(out, "%s %s %u", sep, k == BS_LIMIT_NONE ? "no limit recorded" :
			bs_flow_limit_name(k), s->limit[k]);
		sep = ",";
	}
	fprintf(out, "%s\n", *sep ? "" : " none");
	if (s->path_blind)
		fprintf(out, "analysed without tracing branches (no guard in them, over the "
			"limit): %u\n", s->path_blind);
	fprintf(out, "entry points: bound %u, unbind %u, after-unbind %u\n",
		s->entries[BS_CTX_BOUND], s->entries[BS_CTX_UNBIND],
		s->entries[BS_CTX_AFTER_UNBIND]);
	fputs("findings:", out);
	sep = "";
	for (unsigned k = 0; k < BS_STATS_RULES; k++) {
		if (!s->findings[k])
			continue;
		fprintf(out, "%s %s %u", sep, bs_stats_rule(k), s->findings[k]);
		sep = ",";
	}
	fprintf(out, "%s\n", *sep ? "" : " none");
	fprintf(out, "limits hit without a finding: %u\n", s->silent_limits);
	if (s->silent > s->silent_limits)
		fprintf(out, "other functions not analysed without a finding: %u\n",
			s->silent - s->silent_limits);
}

static void print_module(FILE *out, const struct bs_sheet_module *m)
{
	size_t common = common_dir(m);
	struct table t;

	table_init(&t, "file");
	for (unsigned i = 0; i < m->rows.n; i++)
		widen(&t, m->files.v[i] + common, &m->rows.v[i]);
	widen(&t, "total", &m->total);
	fprintf(out, "boundscope: statistics of %s%s%s (%u file%s%s%.*s)\n",
		*m->name ? "module '" : "files outside kbuild", m->name, *m->name ? "'" : "",
		m->rows.n, m->rows.n == 1 ? "" : "s", common ? " in " : "", (int)common,
		m->files.n ? m->files.v[0] : "");
	print_head(out, &t, "file");
	for (unsigned i = 0; i < m->rows.n; i++)
		print_row(out, &t, m->files.v[i] + common, &m->rows.v[i]);
	print_row(out, &t, "total", &m->total);
	print_details(out, &m->total);
}

static struct bs_unit_stats sheet_total(const struct bs_sheet *s)
{
	struct bs_unit_stats total = { 0 };

	for (unsigned i = 0; i < s->modules.n; i++)
		bs_stats_add(&total, &s->modules.v[i].total);
	return total;
}

void bs_sheet_print(const struct bs_sheet *s, FILE *out)
{
	struct bs_unit_stats total = sheet_total(s);
	struct table t;

	for (unsigned i = 0; i < s->modules.n; i++) {
		if (i)
			fputc('\n', out);
		print_module(out, &s->modules.v[i]);
	}
	if (s->modules.n < 2)
		return;
	table_init(&t, "module");
	for (unsigned i = 0; i < s->modules.n; i++)
		widen(&t, s->modules.v[i].name, &s->modules.v[i].total);
	widen(&t, "total", &total);
	fprintf(out, "\nboundscope: statistics of all %u modules\n", s->modules.n);
	print_head(out, &t, "module");
	for (unsigned i = 0; i < s->modules.n; i++)
		print_row(out, &t, s->modules.v[i].name, &s->modules.v[i].total);
	print_row(out, &t, "total", &total);
	print_details(out, &total);
}

static void put(struct json_object *o, const char *key, unsigned n)
{
	json_object_object_add(o, key, json_object_new_int64(n));
}

static const char *const why_ids[BS_WHY_KINDS] = {
	[BS_WHY_FRONT_END] = "front-end",
	[BS_WHY_BIND] = "bind-error",
	[BS_WHY_FLOW] = "flow-limit",
};

static struct json_object *counters(const struct bs_unit_stats *s)
{
	struct json_object *o = json_object_new_object(), *sub;

	put(o, "functions", s->functions);
	put(o, "driver", s->driver);
	put(o, "analysed", s->analysed);
	put(o, "path-blind", s->path_blind);
	sub = json_object_new_object();
	for (unsigned k = 0; k < BS_WHY_KINDS; k++)
		put(sub, why_ids[k], s->unanalysed[k]);
	json_object_object_add(o, "unanalysed", sub);
	sub = json_object_new_object();
	for (unsigned k = 0; k < BS_LIMIT_KINDS; k++)
		put(sub, bs_flow_limit_id(k), s->limit[k]);
	json_object_object_add(o, "limits", sub);
	put(o, "leaves", s->leaves);
	sub = json_object_new_object();
	put(sub, "total", s->ptr_calls);
	put(sub, "resolved", s->ptr_resolved);
	put(sub, "outside", s->ptr_outside);
	put(sub, "unresolved", s->ptr_unresolved);
	json_object_object_add(o, "pointer-calls", sub);
	sub = json_object_new_object();
	for (int k = BS_CTX_BOUND; k <= BS_CTX_AFTER_UNBIND; k++)
		put(sub, bs_context_name(k), s->entries[k]);
	json_object_object_add(o, "entries", sub);
	sub = json_object_new_object();
	for (unsigned k = 0; k < BS_STATS_RULES; k++)
		put(sub, bs_stats_rule(k), s->findings[k]);
	json_object_object_add(o, "findings", sub);
	put(o, "limits-without-finding", s->silent_limits);
	put(o, "unanalysed-without-finding", s->silent);
	return o;
}

struct json_object *bs_sheet_json(const struct bs_sheet *s)
{
	struct json_object *doc = json_object_new_object(), *mods = json_object_new_array();
	struct bs_unit_stats total = sheet_total(s);

	for (unsigned i = 0; i < s->modules.n; i++) {
		const struct bs_sheet_module *m = &s->modules.v[i];
		struct json_object *mo = json_object_new_object(), *files = json_object_new_array();

		json_object_object_add(mo, "module", json_object_new_string(m->name));
		for (unsigned k = 0; k < m->rows.n; k++) {
			struct json_object *f = counters(&m->rows.v[k]);

			json_object_object_add(f, "file", json_object_new_string(m->files.v[k]));
			json_object_array_add(files, f);
		}
		json_object_object_add(mo, "files", files);
		json_object_object_add(mo, "total", counters(&m->total));
		json_object_array_add(mods, mo);
	}
	json_object_object_add(doc, "modules", mods);
	json_object_object_add(doc, "total", counters(&total));
	return doc;
}

int bs_sheet_verdict(const struct bs_sheet *s)
{
	int code = BS_EXIT_OK;

	for (unsigned i = 0; i < s->modules.n; i++) {
		const struct bs_sheet_module *m = &s->modules.v[i];

		if (!m->total.silent)
			continue;
		fprintf(stderr, "boundscope: error: %s%s%s: %u function(s) not analysed with no "
			"finding that says so (%u by a flow-analysis limit), first %s; this is a "
			"bug of boundscope\n", *m->name ? "module '" : "files outside kbuild",
			m->name, *m->name ? "'" : "", m->total.silent, m->total.silent_limits,
			m->first_silent ? m->first_silent : "?");
		code = BS_EXIT_FAILURE;
	}
	return code;
}

void bs_sheet_free(struct bs_sheet *s)
{
	for (unsigned i = 0; i < s->modules.n; i++) {
		struct bs_sheet_module *m = &s->modules.v[i];

		for (unsigned k = 0; k < m->files.n; k++)
			free(m->files.v[k]);
		bs_vec_free(&m->files);
		bs_vec_free(&m->rows);
		free(m->name);
		free(m->first_silent);
	}
	bs_vec_free(&s->modules);
}
