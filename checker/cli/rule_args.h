/* SPDX-License-Identifier: GPL-2.0 */
/*
 * rule_args: the per-rule switches on the command line of every mode, --enable=<rule> and
 * --disable=<rule>, and in the kbuild form's compiler flags -Wboundscope-<rule> and
 * -Wno-boundscope-<rule> (never passed on to clang). Kept in order, as "+<id>" / "-<id>":
 * later switches win. Names are checked against the registry (rules.h) when parsed, so an
 * unknown rule fails before any clang runs.
 */
#ifndef BS_RULE_ARGS_H
#define BS_RULE_ARGS_H

#include <stdbool.h>
#include <stdio.h>

#include "strvec.h"

struct bs_config;

/* Records a switch of @name from @spelling (for the message); 0, or exit code 2 said why. */
int bs_rule_arg(struct strvec *sw, const char *spelling, const char *name, bool on);

/* The getopt_long entries of the subcommands (check, report, series), and their case. */
#define BS_RULE_OPT_ENABLE 'E'
#define BS_RULE_OPT_DISABLE 'X'
#define BS_RULE_LONGOPTS							\
	{ "enable", required_argument, NULL, BS_RULE_OPT_ENABLE },		\
	{ "disable", required_argument, NULL, BS_RULE_OPT_DISABLE }
/* getopt's @c with @value: 0, or exit code 2 having said why. */
int bs_rule_getopt(struct strvec *sw, int c, const char *value);

/* -W[no-]boundscope-<rule>: -1 when @arg is not one, else what bs_rule_arg() returns. */
int bs_rule_wflag(struct strvec *sw, const char *arg);

/* Applies the switches to @cfg (all passed bs_rule_arg()). */
void bs_rule_args_apply(struct bs_config *cfg, const struct strvec *sw);

/* --list-rules: the registry, one rule a line: id, level, fix or -, rule or pseudo, docs. */
void bs_print_rules(FILE *out);

#endif
