/* SPDX-License-Identifier: GPL-2.0 */
/*
 * stats_output: the --stats view (and `boundscope db stats`): what each analysis checked
 * (core/stats.h), gathered per module and per file, printed after the findings as an aligned
 * table or put into the JSON document. It also turns the core's consistency count into the
 * exit status: a function left unanalysed with no finding that says so is a bug of
 * boundscope, and fails the run (2) with a message naming it.
 */
#ifndef BS_STATS_OUTPUT_H
#define BS_STATS_OUTPUT_H

#include <stdio.h>

#include <json-c/json.h>

#include "facts.h"
#include "stats.h"

struct bs_sheet_module {
	char *name;			/* KBUILD_MODNAME, "" outside kbuild */
	BS_VEC(char *) files;		/* one per row */
	BS_VEC(struct bs_unit_stats) rows;
	struct bs_unit_stats total;
	char *first_silent;		/* the first silent function (stats.h), or NULL */
};

struct bs_sheet {
	BS_VEC(struct bs_sheet_module) modules;
};

/* Adds the rows of one analysis of tu: every unit, or only unit (the checked file's). */
void bs_sheet_add(struct bs_sheet *s, const struct bs_tu *tu, const struct bs_stats *st,
		  int unit);

/* The tables, one per module, then one row per module when there are several. */
void bs_sheet_print(const struct bs_sheet *s, FILE *out);

/* { "modules": [ { "module", "files": [ { "file", counters } ], "total": counters } ],
 *   "total": counters }, counters as docs/usage.md shows. */
struct json_object *bs_sheet_json(const struct bs_sheet *s);

/* 0, or BS_EXIT_FAILURE having said which module has functions not analysed silently. */
int bs_sheet_verdict(const struct bs_sheet *s);

void bs_sheet_free(struct bs_sheet *s);

#endif
