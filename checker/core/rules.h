/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The rule registry: the only place a rule is added. Each rule lives in rule_<name>.c, has
 * docs/rules/<rule-id>.md and testsuite/rules/<rule-id>/, and reports as
 * [boundscope-<rule-id>].
 */
#ifndef BS_RULES_H
#define BS_RULES_H

struct bs_analysis;

/* In order: no-unplug runs first, since it replaces unguarded-access's per-site findings. */
#define BS_RULES(X)						\
	X(no_unplug, "no-unplug")				\
	X(unguarded_access, "unguarded-access")			\
	X(guard_leak, "guard-leak")				\
	X(guard_unbalanced, "guard-unbalanced")			\
	X(unplug_in_guard, "unplug-in-guard")			\
	X(guard_in_unbind_path, "guard-in-unbind-path")

#define BS_DECLARE_RULE(fn, id) void bs_rule_##fn(struct bs_analysis *a);
BS_RULES(BS_DECLARE_RULE)
#undef BS_DECLARE_RULE

#endif
