// SPDX-License-Identifier: GPL-2.0
#include <string.h>

#include "config.h"
#include "exit_codes.h"
#include "rule_args.h"
#include "rules.h"

int bs_rule_arg(struct strvec *sw, const char *spelling, const char *name, bool on)
{
	char err[1024];
	int rule = bs_rule_switch_check(name, on, err, sizeof(err));

	if (rule < 0) {
		fprintf(stderr, "boundscope: error: %s: %s\n", spelling, err);
		return BS_EXIT_FAILURE;
	}
	strvec_pushf(sw, "%c%s", on ? '+' : '-', bs_rules[rule].id);
	return 0;
}

int bs_rule_getopt(struct strvec *sw, int c, const char *value)
{
	bool on = c == BS_RULE_OPT_ENABLE;

	return bs_rule_arg(sw, on ? "--enable" : "--disable", value, on);
}

int bs_rule_wflag(struct strvec *sw, const char *arg)
{
	static const char on[] = "-Wboundscope-", off[] = "-Wno-boundscope-";

	if (!strncmp(arg, on, sizeof(on) - 1))
		return bs_rule_arg(sw, arg, arg + sizeof(on) - 1, true);
	if (!strncmp(arg, off, sizeof(off) - 1))
		return bs_rule_arg(sw, arg, arg + sizeof(off) - 1, false);
	return -1;
}

void bs_rule_args_apply(struct bs_config *cfg, const struct strvec *sw)
{
	for (size_t i = 0; sw && i < sw->n; i++) {
		const struct bs_rule *r = bs_rule_find(sw->v[i] + 1);

		bs_rule_switch_set(cfg, (int)(r - bs_rules), sw->v[i][0] == '+');
	}
}

void bs_print_rules(FILE *out)
{
	for (int i = 0; i < BS_NRULES; i++) {
		const struct bs_rule *r = &bs_rules[i];

		fprintf(out, "%s\t%s\t%s\t%s\t%s\n", r->id, bs_rule_level_name(r->level),
			r->flags & BS_RULE_FIX ? "fix" : "-", r->pseudo ? "pseudo" : "rule",
			r->docs);
	}
}
