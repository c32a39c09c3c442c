// SPDX-License-Identifier: GPL-2.0
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "exit_codes.h"
#include "fingerprint.h"
#include "json_output.h"
#include "module.h"
#include "output.h"
#include "rules.h"
#include "sarif_output.h"
#include "stats_output.h"

static const char *const format_names[] = { "text", "tsv", "json", "sarif" };

int bs_parse_format(const char *format, enum bs_format *out)
{
	for (size_t i = 0; i < sizeof(format_names) / sizeof(*format_names); i++) {
		if (!format || !strcmp(format, format_names[i])) {
			if (out)
				*out = format ? (enum bs_format)i : BS_FORMAT_TEXT;
			return 0;
		}
	}
	fprintf(stderr, "boundscope: error: unknown --format '%s' (expected text, tsv, json or "
		"sarif)\n", format);
	return -1;
}

const char *bs_record_str(struct json_object *rec, const char *key)
{
	struct json_object *v = json_object_object_get(rec, key);

	return v ? json_object_get_string(v) : NULL;
}

int bs_record_int(struct json_object *rec, const char *key)
{
	return json_object_get_int(json_object_object_get(rec, key));
}

static void print_line(FILE *out, const char *prefix, struct json_object *r, const char *kind,
		       const char *msg, const char *rule)
{
	fprintf(out, "%s%s:%d:%d: %s: %s", prefix, bs_record_str(r, "file"),
		bs_record_int(r, "line"), bs_record_int(r, "column"), kind, msg);
	if (rule)
		fprintf(out, " [boundscope-%s]", rule);
	fputc('\n', out);
}

static void print_source(FILE *out, const char *prefix, struct json_object *r,
			 struct bs_sources *sources)
{
	if (sources)
		bs_sources_print(sources, out, prefix, bs_record_str(r, "file"),
				 bs_record_int(r, "line"), bs_record_int(r, "column"));
}

void bs_record_print(FILE *out, struct json_object *rec, const char *prefix, bool notes,
		     struct bs_sources *sources)
{
	struct json_object *ns = json_object_object_get(rec, "notes");

	print_line(out, prefix, rec, "warning", bs_record_str(rec, "message"),
		   bs_record_str(rec, "rule"));
	print_source(out, prefix, rec, sources);
	for (size_t i = 0; notes && i < json_object_array_length(ns); i++) {
		struct json_object *n = json_object_array_get_idx(ns, i);

		print_line(out, prefix, n, "note", bs_record_str(n, "message"), NULL);
		print_source(out, prefix, n, sources);
	}
}

/*
 * A baseline is a --format=json document (or --write-baseline's); only fingerprints count.
 * Its "fingerprint_version" says which fingerprint its records hold (absent: 1, the words);
 * entries are keyed "<version>:<fingerprint>".
 */
static int load_baseline(struct bs_output *o, const char *path)
{
	struct json_object *doc = json_object_from_file(path), *findings, *ver;
	int version = 1;

	if (!doc || !json_object_object_get_ex(doc, "findings", &findings) ||
	    !json_object_is_type(findings, json_type_array)) {
		fprintf(stderr, "boundscope: error: cannot read baseline '%s': %s\n", path,
			doc ? "no \"findings\" array" : json_util_get_last_err());
		json_object_put(doc);
		return -1;
	}
	if (json_object_object_get_ex(doc, "fingerprint_version", &ver))
		version = json_object_get_int(ver);
	if (version != 1 && version != BS_FINGERPRINT_VERSION) {
		fprintf(stderr, "boundscope: error: cannot read baseline '%s': unknown "
			"fingerprint_version %d\n", path, version);
		json_object_put(doc);
		return -1;
	}
	o->baseline = json_object_new_object();
	for (size_t i = 0; i < json_object_array_length(findings); i++) {
		const char *fp = bs_record_str(json_object_array_get_idx(findings, i), "fingerprint");
		struct json_object *count;
		char key[64];

		if (!fp)
			continue;
		snprintf(key, sizeof(key), "%d:%s", version, fp);
		if (json_object_object_get_ex(o->baseline, key, &count))
			json_object_int_inc(count, 1);
		else
			json_object_object_add(o->baseline, key, json_object_new_int(1));
	}
	json_object_put(doc);
	return 0;
}

int bs_output_open(struct bs_output *o, const struct bs_output_opts *opts)
{
	memset(o, 0, sizeof(*o));
	o->opts = opts;
	if (bs_parse_format(opts->format, &o->format))
		return -1;
	if (opts->baseline && load_baseline(o, opts->baseline))
		return -1;
	o->unit = -1;
	o->out = o->format == BS_FORMAT_TEXT && opts->to_stderr ? stderr : stdout;
	if (o->format == BS_FORMAT_TEXT && !opts->no_source)
		o->sources = bs_sources_new();
	if (opts->output && !(o->out = fopen(opts->output, "w"))) {
		fprintf(stderr, "boundscope: error: cannot write '%s': %s\n", opts->output,
			strerror(errno));
		json_object_put(o->baseline);
		bs_sources_free(o->sources);
		return -1;
	}
	o->findings = json_object_new_array();
	o->suppressed = json_object_new_array();
	o->all = json_object_new_array();
	if (opts->stats)
		o->sheet = bs_xcalloc(1, sizeof(*o->sheet));
	return 0;
}

void bs_output_analyze(struct bs_output *o, struct bs_tu *tu, const struct bs_config *cfg,
		       const struct bs_handler *h)
{
	struct bs_result res;
	struct bs_stats st;

	bs_analyze_stats(tu, cfg, h, NULL, &res, o->sheet ? &st : NULL);
	if (!o->sheet)
		return;
	/* what this output holds back is not counted as found */
	for (unsigned u = 0; o->function_scope_only && u < st.nunits; u++)
		for (unsigned k = 0; k < BS_STATS_RULES; k++)
			if (bs_rule_scope(bs_stats_rule(k)) != BS_SCOPE_FUNCTION)
				st.units[u].findings[k] = 0;
	bs_sheet_add(o->sheet, tu, &st, o->unit);
	bs_stats_free(&st);
}

/* The --stats view, after the findings; -1 when it shows a silent function. */
static int close_sheet(struct bs_output *o, struct json_object *doc)
{
	int rc;

	if (!o->sheet)
		return 0;
	if (!o->sheet->modules.n)
		;	/* nothing was analysed: the errors say why */
	else if (doc)
		json_object_object_add(doc, "stats", bs_sheet_json(o->sheet));
	else if (o->format == BS_FORMAT_TEXT || o->opts->output)
		bs_sheet_print(o->sheet, stdout);
	else
		bs_sheet_print(o->sheet, stderr);	/* stdout holds the tsv or SARIF */
	rc = bs_sheet_verdict(o->sheet) ? -1 : 0;
	bs_sheet_free(o->sheet);
	free(o->sheet);
	o->sheet = NULL;
	return rc;
}

/* Takes one unmatched baseline entry "<version>:<fp>"; false if none is left. */
static bool take(struct bs_output *o, int version, const char *fp)
{
	struct json_object *count;
	char key[64];

	snprintf(key, sizeof(key), "%d:%s", version, fp);
	if (!json_object_object_get_ex(o->baseline, key, &count) ||
	    json_object_get_int(count) <= 0)
		return false;
	json_object_int_inc(count, -1);
	return true;
}

/*
 * True when the baseline holds this finding (each baseline entry matches once): by its
 * structure fingerprint, or by its version 1 (words) fingerprint for an older baseline.
 */
static bool in_baseline(struct bs_output *o, const struct bs_finding *f)
{
	if (!o->baseline || bs_rule_has(f->rule, BS_RULE_FAILURE))
		return false;
	return take(o, BS_FINGERPRINT_VERSION, f->fingerprint) ||
	       take(o, 1, f->legacy_fingerprint);
}

/* Is the finding one this output takes (o->unit, o->function_scope_only)? */
static bool wanted(const struct bs_output *o, const struct bs_finding *f)
{
	if (o->function_scope_only && bs_rule_scope(f->rule) != BS_SCOPE_FUNCTION)
		return false;
	if (o->unit < 0)
		return true;
	if (f->unit < 0) {
		/* a finding outside any function (a suppression comment) belongs to its file */
		char *file = bs_path_normal(bs_str(o->tu->strs, f->loc.file));
		bool mine = !strcmp(file, bs_str(o->tu->strs, o->tu->units.v[o->unit].path));

		free(file);
		return mine;
	}
	return f->unit == o->unit;
}

static void on_finding(void *ctx, const struct bs_finding *f)
{
	struct bs_output *o = ctx;
	struct json_object *rec;

	if (!wanted(o, f))
		return;
	rec = bs_json_record(o->tu, f);

	if (bs_rule_has(f->rule, BS_RULE_FAILURE))
		o->unanalysed++;
	else
		json_object_array_add(o->all, json_object_get(rec));
	if (in_baseline(o, f)) {
		o->baselined++;
		json_object_put(rec);
		return;
	}
	o->reported++;
	if (!o->collect_only && o->format == BS_FORMAT_TEXT)
		bs_record_print(o->out, rec, "", true, o->sources);
	else if (!o->collect_only && o->format == BS_FORMAT_TSV)
		fprintf(o->out, "%s\t%s\t%u\t%u\t%s\n", f->rule, bs_str(o->tu->strs, f->loc.file),
			f->loc.line, f->loc.col, f->func ? f->func : "");
	json_object_array_add(o->findings, rec);
}

static void on_suppressed(void *ctx, const struct bs_finding *f)
{
	struct bs_output *o = ctx;

	if (!wanted(o, f))
		return;
	o->nsuppressed++;
	json_object_array_add(o->suppressed, bs_json_record(o->tu, f));
}

struct bs_handler bs_output_handler(struct bs_output *o, const struct bs_tu *tu)
{
	o->tu = tu;
	o->unit = -1;
	o->function_scope_only = false;
	o->listing = (struct bs_listing){ o, on_finding, on_suppressed };
	return bs_listing_handler(&o->listing);
}

static int write_json(struct json_object *doc, FILE *out, const char *what)
{
	const char *s = json_object_to_json_string_ext(doc, JSON_C_TO_STRING_PRETTY |
						       JSON_C_TO_STRING_SPACED |
						       JSON_C_TO_STRING_NOSLASHESCAPE);
	int rc = fputs(s, out) < 0 || fputc('\n', out) < 0 ? -1 : 0;

	if (rc)
		fprintf(stderr, "boundscope: error: cannot write %s\n", what);
	return rc;
}

static int write_baseline(struct bs_output *o, const char *path)
{
	struct json_object *none = json_object_new_array();
	struct json_object *doc = bs_json_document(o->all, none);
	FILE *f = fopen(path, "w");
	int rc = -1;

	if (!f)
		fprintf(stderr, "boundscope: error: cannot write '%s': %s\n", path, strerror(errno));
	else
		rc = write_json(doc, f, path);
	if (f && fclose(f))
		rc = -1;
	json_object_put(doc);
	json_object_put(none);
	return rc;
}

int bs_output_close(struct bs_output *o)
{
	struct json_object *doc = NULL;
	int rc = 0;

	if (!o->collect_only && o->format == BS_FORMAT_JSON)
		doc = bs_json_document(o->findings, o->suppressed);
	else if (!o->collect_only && o->format == BS_FORMAT_SARIF)
		doc = bs_sarif_document(o->findings, o->suppressed, o->baseline != NULL);
	if (o->collect_only && o->sheet && o->format == BS_FORMAT_JSON)
		doc = bs_json_stats_document();	/* db stats: no findings to show */
	if (close_sheet(o, o->format == BS_FORMAT_JSON ? doc : NULL))
		rc = -1;
	if (doc)
		rc = write_json(doc, o->out, o->opts->output ? o->opts->output : "stdout");
	json_object_put(doc);
	bs_sources_free(o->sources);
	o->sources = NULL;
	if (fflush(o->out))
		rc = -1;
	if (o->opts->output && fclose(o->out))
		rc = -1;
	if (o->opts->write_baseline && write_baseline(o, o->opts->write_baseline))
		rc = -1;
	if (o->baselined)
		fprintf(stderr, "boundscope: %u finding(s) already in the baseline not shown\n",
			o->baselined);
	json_object_put(o->findings);
	json_object_put(o->suppressed);
	json_object_put(o->all);
	json_object_put(o->baseline);
	return rc;
}
