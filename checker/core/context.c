// SPDX-License-Identifier: GPL-2.0
#include "context.h"

static const struct bs_context_rule *rule_for(const struct bs_tu *tu, const struct bs_config *cfg,
					      const struct bs_reg *r)
{
	if (r->kind == BS_REG_FIELD)
		return bs_config_field_context(cfg, bs_str(tu->strs, r->rec), bs_str(tu->strs, r->field));
	return bs_config_call_context(cfg, bs_str(tu->strs, r->callee), r->arg);
}

void bs_classify_entries(const struct bs_tu *tu, const struct bs_config *cfg,
			 const struct bs_callgraph *cg, struct bs_entry *entries)
{
	for (unsigned i = 0; i < tu->funcs.n; i++)
		entries[i] = (struct bs_entry){ BS_CTX_NONE, NULL, -1 };
	for (unsigned ri = 0; ri < tu->regs.n; ri++) {
		const struct bs_reg *r = &tu->regs.v[ri];
		const struct bs_context_rule *rule;
		int fi = bs_callgraph_func(cg, r->unit, r->func);
		struct bs_entry *e;

		if (fi < 0 || !(rule = rule_for(tu, cfg, r)))
			continue;
		e = &entries[fi];
		/* after-unbind wins; among equals the first registration in the file names it */
		if (rule->context > e->context) {
			e->context = rule->context;
			e->kind = rule->kind;
			e->reg = ri;
		}
	}
}
