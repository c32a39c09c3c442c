/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The rule registry: the only place a rule is added, and what every other place reads — the
 * analysis (which rules run), suppressions (which names exist), the switches (--disable=,
 * -Wno-boundscope-<rule>, the plugin's disable=), the outputs (SARIF rule metadata, levels),
 * the fixer and the docs links. Each rule lives in rule_<fn>.c, has docs/rules/<id>.md and
 * testsuite/rules/<id>/, and reports as [boundscope-<id>]; a pseudo-rule is reported by the
 * analysis itself and has a docs page too.
 */
#ifndef BS_RULES_H
#define BS_RULES_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct bs_analysis;
struct bs_config;

/*
 * What a rule's verdict depends on: the function alone (its findings hold whatever the other
 * files of the driver contain), or the whole driver (entries, teardown, chains across files).
 * A per-file check that does not know the whole driver yet prints only the former.
 */
enum bs_rule_scope { BS_SCOPE_FUNCTION, BS_SCOPE_DRIVER };

/* How noisy a rule is, which says whether it runs by default (clazy's levels). */
enum bs_rule_level {
	BS_LEVEL_ALWAYS,	/* cannot be disabled: silence must be earned */
	BS_LEVEL_ON,		/* on unless disabled */
	BS_LEVEL_OFF,		/* off unless enabled */
};

/* Columns of a row, or-ed. */
#define BS_RULE_FIX	 1u	/* `boundscope fix` offers an edit for its findings */
#define BS_RULE_FAILURE	 2u	/* code was not analysed: SARIF level error, exit 2, never
				   baselined */
#define BS_RULE_NO_SUPPRESS 4u	/* an inline suppression cannot silence it */

/*
 * The table. X(fn, id, scope, level, flags, summary), summary being the one-line SARIF
 * shortDescription (the page's "Reports" paragraph is the fullDescription).
 * BS_RULES: the checks, run in this order by bs_rule_<fn>() (no-unplug first, since it
 * replaces unguarded-access's per-site findings). BS_PSEUDO_RULES: what the analysis reports
 * itself (a function it could not analyse, a suppression comment that is wrong).
 */
#define BS_RULES(X)								\
	X(no_unplug, "no-unplug", BS_SCOPE_DRIVER, BS_LEVEL_ON, 0,		\
	  "The unbind path never unplugs the device, while entry points that can run "	\
	  "after unbind reach MMIO.")						\
	X(unguarded_access, "unguarded-access", BS_SCOPE_DRIVER, BS_LEVEL_ON, BS_RULE_FIX, \
	  "An entry point that can run after unbind reaches MMIO without an unbind guard.") \
	X(guard_leak, "guard-leak", BS_SCOPE_FUNCTION, BS_LEVEL_ON, BS_RULE_FIX,	\
	  "A path leaves the function with the unbind guard still held.")	\
	X(guard_unbalanced, "guard-unbalanced", BS_SCOPE_FUNCTION, BS_LEVEL_ON, 0,	\
	  "An unbind guard is exited where none is held.")			\
	X(unplug_in_guard, "unplug-in-guard", BS_SCOPE_DRIVER, BS_LEVEL_ON, 0,	\
	  "The device is unplugged while an unbind guard is held: the unplug waits for "	\
	  "itself.")								\
	X(guard_in_unbind_path, "guard-in-unbind-path", BS_SCOPE_DRIVER, BS_LEVEL_ON, 0,	\
	  "An unbind guard is taken on the unbind path after the unplug, where it always "	\
	  "fails.")

#define BS_PSEUDO_RULES(X)							\
	X(unanalysed, "unanalysed", BS_SCOPE_FUNCTION, BS_LEVEL_ALWAYS,		\
	  BS_RULE_FAILURE | BS_RULE_NO_SUPPRESS,				\
	  "A function boundscope could not analyse: nothing is known about it.")	\
	X(suppression, "suppression", BS_SCOPE_DRIVER, BS_LEVEL_ON, BS_RULE_NO_SUPPRESS,	\
	  "An inline suppression without a reason, naming an unknown rule, or matching no " \
	  "finding.")

#define BS_DECLARE_RULE(fn, id, scope, level, flags, summary)			\
	void bs_rule_##fn(struct bs_analysis *a);
BS_RULES(BS_DECLARE_RULE)
#undef BS_DECLARE_RULE

/* Each row's index: BS_RULE_<fn>. */
enum bs_rule_index {
#define BS_RULE_INDEX(fn, id, scope, level, flags, summary) BS_RULE_##fn,
	BS_RULES(BS_RULE_INDEX)
	BS_PSEUDO_RULES(BS_RULE_INDEX)
#undef BS_RULE_INDEX
	BS_NRULES
};

struct bs_rule {
	const char *id;		/* the name everywhere: tag, suppression key, SARIF ruleId */
	const char *docs;	/* docs/rules/<id>.md, relative to the repository */
	enum bs_rule_scope scope;
	enum bs_rule_level level;
	unsigned flags;		/* BS_RULE_* */
	const char *summary;
	bool pseudo;		/* reported by the analysis itself, not a rule_<fn>.c */
};

/* Indexed by enum bs_rule_index: the checks in run order, then the pseudo-rules. */
extern const struct bs_rule bs_rules[BS_NRULES];

#define BS_RULE_ID(fn) (bs_rules[BS_RULE_##fn].id)

/* "always", "on", "off": the names --list-rules and SARIF use. */
const char *bs_rule_level_name(enum bs_rule_level level);

/* The row of @id (with or without the "boundscope-" prefix), NULL if none. */
const struct bs_rule *bs_rule_find(const char *id);

/* The scope of a rule or pseudo-rule id (an unknown id: the whole driver's). */
enum bs_rule_scope bs_rule_scope(const char *id);

/* Does @id carry @flag (BS_RULE_*)? False for an unknown id. */
bool bs_rule_has(const char *id, unsigned flag);

/*
 * A switch, --enable=/--disable= and their spellings: the row @name turns on (@on) or off,
 * or -1 with @err saying why not (an unknown rule, disabling one that is always on).
 */
int bs_rule_switch_check(const char *name, bool on, char *err, size_t errlen);
/* Sets a switch that passed the check; later switches win. */
void bs_rule_switch_set(struct bs_config *cfg, int rule, bool on);
/* Does the rule run (its level and the switches of @cfg)? */
bool bs_rule_on(const struct bs_config *cfg, int rule);

#ifdef __cplusplus
}
#endif

#endif
