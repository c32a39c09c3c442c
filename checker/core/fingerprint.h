/* SPDX-License-Identifier: GPL-2.0 */
/*
 * fingerprint: a stable identity for each finding, for baselines and SARIF's
 * partialFingerprints. It hashes what a finding *is*, never where it is or how it is
 * worded, so it survives line shifts, unrelated edits and rewording.
 *
 * Version 2 (f->fingerprint) hashes the structure: the rule, the kind's id (messages.h),
 * the entry function, the site function, the file's base name, the kind's arguments and
 * every step of the witness (its kind's id and arguments; never its location). Arguments
 * the configuration spells (a guard's enter/exit, the unplug call) and counts hash as their
 * role only: configuring another guard name keeps the fingerprint of the same finding.
 *
 * Version 1 (f->legacy_fingerprint), what releases before typed findings wrote: the rule,
 * the function, the base name, and the words of the message and notes, rendered with the
 * built-in table. Kept so that version 1 baselines still match.
 *
 * Findings that would hash alike (one function leaking at two returns) get an occurrence
 * number in source order: "<16 hex digits>:<n>", in each version.
 */
#ifndef BS_FINGERPRINT_H
#define BS_FINGERPRINT_H

#include "report.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The fingerprint version f->fingerprint is (baselines record it). */
#define BS_FINGERPRINT_VERSION 2

/*
 * Fills f->fingerprint and f->legacy_fingerprint of every finding; r->findings must be
 * in source order and rendered (bs_report_finish does both).
 */
void bs_report_fingerprint(struct bs_report *r);

#ifdef __cplusplus
}
#endif

#endif
