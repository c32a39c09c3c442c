/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sarif_output: findings as a SARIF 2.1.0 log, built with json-c from the records of
 * json_output.h.
 *
 * - ruleId is the rule's one name ("unguarded-access"), as in the suppression key and the
 *   docs page; the clang tag adds the tool's name ("[boundscope-unguarded-access]").
 * - The rule metadata (tool.driver.rules) is the registry (rules.h), in its order, pseudo-rules
 *   included: the one-line summary as shortDescription, the "Reports" paragraph of
 *   docs/rules/<rule>.md as fullDescription, helpUri "docs/rules/<rule>.md" (relative to the
 *   repository), defaultConfiguration.enabled false for a rule that is off by default.
 * - The witness chain (the notes) is one codeFlow: registration, calls, the access.
 * - partialFingerprints["boundscope/v2"] is the finding's fingerprint (fingerprint.h),
 *   which does not change when lines move or words change; "boundscope/v1" its version 1
 *   fingerprint (the words), under the key earlier releases used for it.
 * - Suppressed findings are results with suppressions[{kind: inSource, justification}];
 *   with a baseline, reported results carry baselineState "new".
 */
#ifndef BS_SARIF_OUTPUT_H
#define BS_SARIF_OUTPUT_H

#include <stdbool.h>

#include <json-c/json.h>

struct json_object *bs_sarif_document(struct json_object *findings, struct json_object *suppressed,
				      bool with_baseline);

#endif
