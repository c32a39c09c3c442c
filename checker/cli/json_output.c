// SPDX-License-Identifier: GPL-2.0
#include "json_output.h"
#include "fixes.h"

static void put_loc(struct json_object *o, const struct bs_tu *tu, const struct bs_loc *l)
{
	json_object_object_add(o, "file", json_object_new_string(bs_str(tu->strs, l->file)));
	json_object_object_add(o, "line", json_object_new_int((int)l->line));
	json_object_object_add(o, "column", json_object_new_int((int)l->col));
}

/* "fix": {"file", "edits": [{"offset", "length", "text"}]} or {"reason", "reason_id" (its
 * "fix.*" message id)}; none when the rule offers no fix. */
static void put_fix(struct json_object *rec, const struct bs_fix *fix)
{
	struct json_object *o = json_object_new_object();
	struct json_object *edits;

	if (fix->why) {
		json_object_object_add(o, "reason", json_object_new_string(fix->why));
		json_object_object_add(o, "reason_id",
				       json_object_new_string(bs_msg_id(fix->why_kind)));
		json_object_object_add(rec, "fix", o);
		return;
	}
	edits = json_object_new_array();
	json_object_object_add(o, "file", json_object_new_string(fix->file));
	for (unsigned i = 0; i < fix->edits.n; i++) {
		const struct bs_edit *e = &fix->edits.v[i];
		struct json_object *je = json_object_new_object();

		json_object_object_add(je, "offset", json_object_new_int64(e->offset));
		json_object_object_add(je, "length", json_object_new_int64(e->length));
		json_object_object_add(je, "order", json_object_new_int(e->order));
		json_object_object_add(je, "text", json_object_new_string(e->text));
		json_object_array_add(edits, je);
	}
	json_object_object_add(o, "edits", edits);
	json_object_object_add(rec, "fix", o);
}

struct json_object *bs_json_record(const struct bs_tu *tu, const struct bs_finding *f)
{
	struct json_object *rec = json_object_new_object();
	struct json_object *notes = json_object_new_array();

	json_object_object_add(rec, "rule", json_object_new_string(f->rule));
	json_object_object_add(rec, "function", f->func ? json_object_new_string(f->func) : NULL);
	put_loc(rec, tu, &f->loc);
	json_object_object_add(rec, "message", json_object_new_string(f->msg));
	json_object_object_add(rec, "fingerprint", json_object_new_string(f->fingerprint));
	json_object_object_add(rec, "legacy_fingerprint",
			       json_object_new_string(f->legacy_fingerprint));
	for (unsigned i = 0; i < f->notes.n; i++) {
		struct json_object *n = json_object_new_object();

		put_loc(n, tu, &f->notes.v[i].loc);
		json_object_object_add(n, "message", json_object_new_string(f->notes.v[i].msg));
		json_object_array_add(notes, n);
	}
	json_object_object_add(rec, "notes", notes);
	if (f->suppressed)
		json_object_object_add(rec, "suppressed", json_object_new_string(f->suppressed));
	if (f->fix)
		put_fix(rec, f->fix);
	return rec;
}

struct json_object *bs_json_document(struct json_object *findings, struct json_object *suppressed)
{
	struct json_object *doc = bs_json_stats_document();

	json_object_object_add(doc, "fingerprint_version",
			       json_object_new_int(BS_FINGERPRINT_VERSION));
	json_object_object_add(doc, "findings", json_object_get(findings));
	json_object_object_add(doc, "suppressed", json_object_get(suppressed));
	return doc;
}

struct json_object *bs_json_stats_document(void)
{
	struct json_object *doc = json_object_new_object();

	json_object_object_add(doc, "tool", json_object_new_string("boundscope"));
	json_object_object_add(doc, "version", json_object_new_int(1));
	return doc;
}
