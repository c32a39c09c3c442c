/* SPDX-License-Identifier: GPL-2.0 */
/*
 * fingerprint: a stable identity for each finding, for baselines and SARIF's
 * partialFingerprints. It hashes what a finding *is* (rule, function, file
 * basename, the message and the witness chain of function and accessor
 * names), never where it is, so it survives line shifts and unrelated edits.
 * Findings that would hash alike (one function leaking at two returns) get
 * an occurrence number in source order: "<16 hex digits>:<n>".
 */
#ifndef BS_FINGERPRINT_H
#define BS_FINGERPRINT_H

#include "report.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Fills f->fingerprint of every finding; r->findings must be in source order. */
void bs_report_fingerprint(struct bs_report *r);

#ifdef __cplusplus
}
#endif

#endif
