// SPDX-License-Identifier: GPL-2.0
#include "rules.h"

#include <string.h>

enum bs_rule_scope bs_rule_scope(const char *id)
{
#define BS_RULE_SCOPE(fn, rid, scope) if (!strcmp(id, rid)) return scope;
	BS_RULES(BS_RULE_SCOPE)
#undef BS_RULE_SCOPE
	return strcmp(id, "unanalysed") ? BS_SCOPE_DRIVER : BS_SCOPE_FUNCTION;
}
