// SPDX-License-Identifier: GPL-2.0
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fix_cmd.h"
#include "output.h"
#include "rules.h"
#include "sarif_output.h"

#ifndef BOUNDSCOPE_VERSION
#define BOUNDSCOPE_VERSION "unknown"
#endif

/* Each rule page's "Reports ..." paragraph (docs/rules/<id>.md, generated: rule_docs.h). */
static const struct rule_doc {
	const char *id;
	const char *text;
} rule_docs[] = {
#include "rule_docs.h"
};

/* A rule without its page fails the registry test; the build must not fail on it. */
static const char *doc_text(const struct bs_rule *rule)
{
	for (size_t i = 0; i < sizeof(rule_docs) / sizeof(*rule_docs); i++)
		if (!strcmp(rule_docs[i].id, rule->id))
			return rule_docs[i].text;
	return rule->summary;
}

static struct json_object *text_obj(const char *text)
{
	struct json_object *o = json_object_new_object();

	json_object_object_add(o, "text", json_object_new_string(text));
	return o;
}

static const char *sarif_level(const char *id)
{
	return bs_rule_has(id, BS_RULE_FAILURE) ? "error" : "warning";
}

static struct json_object *rule_meta(const struct bs_rule *rule)
{
	struct json_object *r = json_object_new_object();
	struct json_object *cfg = json_object_new_object();
	struct json_object *props = json_object_new_object();
	char help[2048];

	snprintf(help, sizeof(help), "%s Details: %s", doc_text(rule), rule->docs);
	json_object_object_add(r, "id", json_object_new_string(rule->id));
	json_object_object_add(r, "name", json_object_new_string(rule->id));
	json_object_object_add(r, "shortDescription", text_obj(rule->summary));
	json_object_object_add(r, "fullDescription", text_obj(doc_text(rule)));
	json_object_object_add(r, "help", text_obj(help));
	json_object_object_add(r, "helpUri", json_object_new_string(rule->docs));
	json_object_object_add(cfg, "enabled",
			       json_object_new_boolean(rule->level != BS_LEVEL_OFF));
	json_object_object_add(cfg, "level", json_object_new_string(sarif_level(rule->id)));
	json_object_object_add(r, "defaultConfiguration", cfg);
	json_object_object_add(props, "boundscope/level",
			       json_object_new_string(bs_rule_level_name(rule->level)));
	json_object_object_add(props, "boundscope/fix",
			       json_object_new_boolean(rule->flags & BS_RULE_FIX));
	json_object_object_add(r, "properties", props);
	return r;
}

/* A path as a URI reference: relative paths stay relative; absolute ones become file: URIs. */
static struct json_object *artifact(const char *path)
{
	static const char safe[] = "/._-~+@,=";
	struct json_object *a = json_object_new_object();
	size_t n = strlen(path);
	char *uri = malloc(3 * n + 8), *p = uri;

	if (path[0] == '/')
		p += sprintf(p, "file://");
	for (const char *s = path; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    strchr(safe, c))
			*p++ = (char)c;
		else
			p += sprintf(p, "%%%02X", c);
	}
	*p = 0;
	json_object_object_add(a, "uri", json_object_new_string(uri));
	free(uri);
	return a;
}

static struct json_object *location(struct json_object *rec, const char *message)
{
	struct json_object *loc = json_object_new_object();
	struct json_object *phys = json_object_new_object();
	struct json_object *region = json_object_new_object();
	int col = bs_record_int(rec, "column");

	json_object_object_add(phys, "artifactLocation", artifact(bs_record_str(rec, "file")));
	json_object_object_add(region, "startLine", json_object_new_int(bs_record_int(rec, "line")));
	if (col > 0)
		json_object_object_add(region, "startColumn", json_object_new_int(col));
	json_object_object_add(phys, "region", region);
	json_object_object_add(loc, "physicalLocation", phys);
	if (message)
		json_object_object_add(loc, "message", text_obj(message));
	return loc;
}

/* The witness chain: where the entry was registered, each call, the access. */
static struct json_object *code_flow(struct json_object *rec)
{
	struct json_object *notes = json_object_object_get(rec, "notes");
	struct json_object *locs = json_object_new_array();
	struct json_object *thread = json_object_new_object();
	struct json_object *threads = json_object_new_array();
	struct json_object *flow = json_object_new_object();
	struct json_object *flows = json_object_new_array();

	for (size_t i = 0; i < json_object_array_length(notes); i++) {
		struct json_object *n = json_object_array_get_idx(notes, i);
		struct json_object *tfl = json_object_new_object();

		json_object_object_add(tfl, "location", location(n, bs_record_str(n, "message")));
		json_object_array_add(locs, tfl);
	}
	json_object_object_add(thread, "locations", locs);
	json_object_array_add(threads, thread);
	json_object_object_add(flow, "threadFlows", threads);
	json_object_array_add(flows, flow);
	return flows;
}

/*
 * The finding's fix (json_output.h "fix") as a SARIF fix: one artifactChange whose
 * replacements are byte regions of the original file, in the order the core planned them
 * (fixes.h, bs_edit_cmp). A finding that cannot be fixed says why in its properties instead.
 */
static void add_fix(struct json_object *r, const char *rule, struct json_object *fix)
{
	struct json_object *edits = json_object_object_get(fix, "edits");
	struct json_object *fixes, *one, *changes, *change, *repls, *props;
	size_t n;

	if (!edits) {
		props = json_object_new_object();
		json_object_object_add(props, "boundscope/noFix",
				       json_object_new_string(bs_record_str(fix, "reason")));
		if (bs_record_str(fix, "reason_id"))
			json_object_object_add(props, "boundscope/noFixId",
					       json_object_new_string(bs_record_str(fix,
										    "reason_id")));
		json_object_object_add(r, "properties", props);
		return;
	}
	n = json_object_array_length(edits);
	repls = json_object_new_array();
	for (size_t i = 0; i < n; i++) {
		struct json_object *e = json_object_array_get_idx(edits, i);
		struct json_object *rep = json_object_new_object();
		struct json_object *del = json_object_new_object();
		struct json_object *ins = json_object_new_object();

		json_object_object_add(del, "byteOffset", json_object_new_int64(
			json_object_get_int64(json_object_object_get(e, "offset"))));
		json_object_object_add(del, "byteLength", json_object_new_int64(
			json_object_get_int64(json_object_object_get(e, "length"))));
		json_object_object_add(ins, "text",
				       json_object_new_string(bs_record_str(e, "text")));
		json_object_object_add(rep, "deletedRegion", del);
		json_object_object_add(rep, "insertedContent", ins);
		json_object_array_add(repls, rep);
	}
	change = json_object_new_object();
	json_object_object_add(change, "artifactLocation",
			       artifact(bs_fix_path(bs_record_str(fix, "file"))));
	json_object_object_add(change, "replacements", repls);
	changes = json_object_new_array();
	json_object_array_add(changes, change);
	one = json_object_new_object();
	json_object_object_add(one, "description",
			       text_obj(!strcmp(rule, "guard-leak") ?
					"Release the unbind guard before the function returns" :
					"Take the unbind guard in the function"));
	json_object_object_add(one, "artifactChanges", changes);
	fixes = json_object_new_array();
	json_object_array_add(fixes, one);
	json_object_object_add(r, "fixes", fixes);
}

static struct json_object *result(struct json_object *rec, bool with_baseline)
{
	struct json_object *r = json_object_new_object();
	struct json_object *locs = json_object_new_array();
	struct json_object *fps = json_object_new_object();
	const char *rule = bs_record_str(rec, "rule");
	const char *func = bs_record_str(rec, "function");
	const char *why = bs_record_str(rec, "suppressed");
	struct json_object *loc = location(rec, NULL);
	const struct bs_rule *row = bs_rule_find(rule);

	json_object_object_add(r, "ruleId", json_object_new_string(rule));
	if (row)
		json_object_object_add(r, "ruleIndex", json_object_new_int((int)(row - bs_rules)));
	json_object_object_add(r, "level", json_object_new_string(sarif_level(rule)));
	json_object_object_add(r, "message", text_obj(bs_record_str(rec, "message")));
	if (func && *func) {
		struct json_object *logical = json_object_new_array();
		struct json_object *l = json_object_new_object();

		json_object_object_add(l, "name", json_object_new_string(func));
		json_object_object_add(l, "kind", json_object_new_string("function"));
		json_object_array_add(logical, l);
		json_object_object_add(loc, "logicalLocations", logical);
	}
	json_object_array_add(locs, loc);
	json_object_object_add(r, "locations", locs);
	json_object_object_add(fps, "boundscope/v2",
			       json_object_new_string(bs_record_str(rec, "fingerprint")));
	if (bs_record_str(rec, "legacy_fingerprint"))
		json_object_object_add(fps, "boundscope/v1",
				       json_object_new_string(bs_record_str(rec,
								    "legacy_fingerprint")));
	json_object_object_add(r, "partialFingerprints", fps);
	if (json_object_array_length(json_object_object_get(rec, "notes")))
		json_object_object_add(r, "codeFlows", code_flow(rec));
	if (json_object_object_get(rec, "fix") && !why)
		add_fix(r, rule, json_object_object_get(rec, "fix"));
	if (why) {
		struct json_object *sups = json_object_new_array();
		struct json_object *s = json_object_new_object();

		json_object_object_add(s, "kind", json_object_new_string("inSource"));
		json_object_object_add(s, "justification", json_object_new_string(why));
		json_object_array_add(sups, s);
		json_object_object_add(r, "suppressions", sups);
	} else if (with_baseline) {
		json_object_object_add(r, "baselineState", json_object_new_string("new"));
	}
	return r;
}

struct json_object *bs_sarif_document(struct json_object *findings, struct json_object *suppressed,
				      bool with_baseline)
{
	struct json_object *doc = json_object_new_object();
	struct json_object *runs = json_object_new_array();
	struct json_object *run = json_object_new_object();
	struct json_object *tool = json_object_new_object();
	struct json_object *driver = json_object_new_object();
	struct json_object *rules = json_object_new_array();
	struct json_object *results = json_object_new_array();

	json_object_object_add(doc, "$schema", json_object_new_string(
		"https://json.schemastore.org/sarif-2.1.0.json"));
	json_object_object_add(doc, "version", json_object_new_string("2.1.0"));
	json_object_object_add(driver, "name", json_object_new_string("boundscope"));
	json_object_object_add(driver, "version", json_object_new_string(BOUNDSCOPE_VERSION));
	for (int i = 0; i < BS_NRULES; i++)
		json_object_array_add(rules, rule_meta(&bs_rules[i]));
	json_object_object_add(driver, "rules", rules);
	json_object_object_add(tool, "driver", driver);
	json_object_object_add(run, "tool", tool);
	for (size_t i = 0; i < json_object_array_length(findings); i++)
		json_object_array_add(results,
				      result(json_object_array_get_idx(findings, i), with_baseline));
	for (size_t i = 0; i < json_object_array_length(suppressed); i++)
		json_object_array_add(results,
				      result(json_object_array_get_idx(suppressed, i), false));
	json_object_object_add(run, "results", results);
	json_object_object_add(run, "columnKind", json_object_new_string("utf16CodeUnits"));
	json_object_array_add(runs, run);
	json_object_object_add(doc, "runs", runs);
	return doc;
}
