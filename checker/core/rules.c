// SPDX-License-Identifier: GPL-2.0
#include "rules.h"
#include "config.h"

#include <stdio.h>
#include <string.h>

const struct bs_rule bs_rules[BS_NRULES] = {
#define BS_RULE_ROW(fn, rid, sc, lv, fl, sum) \
	[BS_RULE_##fn] = { rid, "docs/rules/" rid ".md", sc, lv, fl, sum, PSEUDO },
#define PSEUDO false
	BS_RULES(BS_RULE_ROW)
#undef PSEUDO
#define PSEUDO true
	BS_PSEUDO_RULES(BS_RULE_ROW)
#undef PSEUDO
#undef BS_RULE_ROW
};

const char *bs_rule_level_name(enum bs_rule_level level)
{
	static const char *const names[] = {
		[BS_LEVEL_ALWAYS] = "always", [BS_LEVEL_ON] = "on", [BS_LEVEL_OFF] = "off",
	};

	return names[level];
}

const struct bs_rule *bs_rule_find(const char *id)
{
	if (!strncmp(id, "boundscope-", 11))
		id += 11;
	for (int i = 0; i < BS_NRULES; i++)
		if (!strcmp(bs_rules[i].id, id))
			return &bs_rules[i];
	return NULL;
}

enum bs_rule_scope bs_rule_scope(const char *id)
{
	const struct bs_rule *r = bs_rule_find(id);

	return r ? r->scope : BS_SCOPE_DRIVER;
}

bool bs_rule_has(const char *id, unsigned flag)
{
	const struct bs_rule *r = bs_rule_find(id);

	return r && (r->flags & flag);
}

int bs_rule_switch_check(const char *name, bool on, char *err, size_t errlen)
{
	const struct bs_rule *r = bs_rule_find(name);
	size_t n = 0;

	if (!r) {
		n += (size_t)snprintf(err, errlen, "unknown rule '%s' (the rules:", name);
		for (int i = 0; i < BS_NRULES && n < errlen; i++)
			n += (size_t)snprintf(err + n, errlen - n, " %s", bs_rules[i].id);
		if (n < errlen)
			snprintf(err + n, errlen - n, ")");
		return -1;
	}
	if (!on && r->level == BS_LEVEL_ALWAYS) {
		snprintf(err, errlen, "'%s' cannot be disabled: a function boundscope could not "
			 "analyse must fail the check, silence must be earned", r->id);
		return -1;
	}
	return (int)(r - bs_rules);
}

void bs_rule_switch_set(struct bs_config *cfg, int rule, bool on)
{
	cfg->rule_switch[rule] = on ? 1 : -1;
}

bool bs_rule_on(const struct bs_config *cfg, int rule)
{
	int sw = cfg ? cfg->rule_switch[rule] : 0;

	if (bs_rules[rule].level == BS_LEVEL_ALWAYS || sw > 0)
		return true;
	return !sw && bs_rules[rule].level == BS_LEVEL_ON;
}
