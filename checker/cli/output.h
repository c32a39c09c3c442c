/* SPDX-License-Identifier: GPL-2.0 */
/*
 * output: where findings go in every mode that renders them itself (report, check, series,
 * and the kbuild form with --format=json|sarif|tsv, --baseline or --output). One
 * implementation of the core's handler interface that
 *   - turns each finding into a record (a JSON object, see json_output.h) as it arrives,
 *   - drops the findings a baseline already holds (matched by fingerprint, never by line),
 *   - keeps suppressed findings apart (listed by SARIF and JSON, never by text),
 *   - and at the end writes the chosen format to stdout or --output, and --write-baseline.
 * Text and tsv stream as findings arrive; JSON and SARIF are one document written at the end.
 */
#ifndef BS_OUTPUT_H
#define BS_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

#include <json-c/json.h>

#include "config.h"
#include "report.h"
#include "source_lines.h"
#include "suppress.h"

enum bs_format { BS_FORMAT_TEXT, BS_FORMAT_TSV, BS_FORMAT_JSON, BS_FORMAT_SARIF };

/* What the options of every mode say about output. */
struct bs_output_opts {
	const char *format;		/* text (default), tsv, json, sarif */
	const char *output;		/* -o/--output FILE; NULL: stdout */
	const char *baseline;		/* --baseline FILE */
	const char *write_baseline;	/* --write-baseline FILE */
	bool to_stderr;			/* text without --output goes where a compiler's does */
	bool no_source;			/* no source lines under text diagnostics */
	bool stats;			/* --stats: what was checked, after the findings */
};

struct bs_output {
	enum bs_format format;
	const struct bs_output_opts *opts;
	FILE *out;
	const struct bs_tu *tu;		/* of the analysis in progress, for file names */
	struct json_object *findings;	/* records of reported findings */
	struct json_object *suppressed;	/* records of suppressed findings */
	struct json_object *all;	/* every unsuppressed finding, for --write-baseline */
	struct json_object *baseline;	/* fingerprint -> count still unmatched; NULL: none */
	bool collect_only;		/* series: keep records, print nothing */
	/* which findings of the analysis in progress to take: those reported in functions of
	 * unit (of tu; -1: all), and only rules of the function's own scope (rules.h) */
	int unit;
	bool function_scope_only;
	unsigned reported, baselined, nsuppressed, unanalysed;
	struct bs_listing listing;
	struct bs_sources *sources;	/* for source lines under text diagnostics, or NULL */
	struct bs_sheet *sheet;		/* --stats: what each analysis checked, or NULL */
};

/* Checks a --format value; prints why and returns -1 if unknown. */
int bs_parse_format(const char *format, enum bs_format *out);

/* Opens the output and reads the baseline; 0, or -1 having said why. */
int bs_output_open(struct bs_output *o, const struct bs_output_opts *opts);

/* The handler for one analysis of @tu (several analyses may feed one output); it takes
 * every finding until o->unit or o->function_scope_only narrow it. */
struct bs_handler bs_output_handler(struct bs_output *o, const struct bs_tu *tu);

/* Analyses tu (bs_analyze) into handler h of this output, and with --stats counts what it
 * checked: of o->unit's file only when o->unit is set. */
void bs_output_analyze(struct bs_output *o, struct bs_tu *tu, const struct bs_config *cfg,
		       const struct bs_handler *h);

/*
 * Writes the document and the baseline, closes; 0, or -1 having said why. With --stats the
 * table follows the findings on stdout (on stderr when tsv or SARIF findings are on stdout),
 * or is the "stats" member of the JSON document; a function not analysed with no finding
 * that says so makes it -1 (stats_output.h).
 */
int bs_output_close(struct bs_output *o);

/* A record in clang's format; each line after @prefix (">> " in series mode), with the source
 * line under each diagnostic when @sources is not NULL. */
void bs_record_print(FILE *out, struct json_object *rec, const char *prefix, bool notes,
		     struct bs_sources *sources);

/* Record fields. */
const char *bs_record_str(struct json_object *rec, const char *key);
int bs_record_int(struct json_object *rec, const char *key);

#endif
