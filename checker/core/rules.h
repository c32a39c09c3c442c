/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The rule registry: the only place a rule is added. Each rule lives in rule_<name>.c, has
 * docs/rules/<rule-id>.md and testsuite/rules/<rule-id>/, and reports as
 * [boundscope-<rule-id>].
 */
#ifndef BS_RULES_H
#define BS_RULES_H

struct bs_analysis;

/*
 * What a rule's verdict depends on: the function alone (its findings hold whatever the other
 * files of the driver contain), or the whole driver (entries, teardown, chains across files).
 * A per-file check that does not know the whole driver yet prints only the former.
 */
enum bs_rule_scope { BS_SCOPE_FUNCTION, BS_SCOPE_DRIVER };

/* In order: no-unplug runs first, since it replaces unguarded-access's per-site findings. */
#define BS_RULES(X)								\
	X(no_unplug, "no-unplug", BS_SCOPE_DRIVER)				\
	X(unguarded_access, "unguarded-access", BS_SCOPE_DRIVER)		\
	X(guard_leak, "guard-leak", BS_SCOPE_FUNCTION)				\
	X(guard_unbalanced, "guard-unbalanced", BS_SCOPE_FUNCTION)		\
	X(unplug_in_guard, "unplug-in-guard", BS_SCOPE_DRIVER)			\
	X(guard_in_unbind_path, "guard-in-unbind-path", BS_SCOPE_DRIVER)

#define BS_DECLARE_RULE(fn, id, scope) void bs_rule_##fn(struct bs_analysis *a);
BS_RULES(BS_DECLARE_RULE)
#undef BS_DECLARE_RULE

/* The scope of a rule or pseudo-rule id: "unanalysed" is the function's own, a
 * "suppression" finding depends on what the whole driver reports. */
enum bs_rule_scope bs_rule_scope(const char *id);

#endif
