/* SPDX-License-Identifier: GPL-2.0 */
/*
 * json_output: findings as JSON records and the --format=json document, built with json-c.
 *
 * A record:  { "rule", "function", "file", "line", "column", "message", "fingerprint",
 *              "notes": [ { "file", "line", "column", "message" } ], "suppressed": reason }
 * "legacy_fingerprint" (the version 1 fingerprint, fingerprint.h) follows "fingerprint".
 * The document: { "tool": "boundscope", "version": 1, "fingerprint_version": 2,
 *                 "findings": [records],
 *                 "suppressed": [records] }, and with --stats "stats" (stats_output.h).
 * A --write-baseline file is the same document. `db stats` writes only the "stats".
 */
#ifndef BS_JSON_OUTPUT_H
#define BS_JSON_OUTPUT_H

#include <json-c/json.h>

#include "fingerprint.h"

struct json_object *bs_json_record(const struct bs_tu *tu, const struct bs_finding *f);
struct json_object *bs_json_document(struct json_object *findings, struct json_object *suppressed);
/* The document of `db stats`: tool and version, to which the "stats" are added. */
struct json_object *bs_json_stats_document(void);

#endif
