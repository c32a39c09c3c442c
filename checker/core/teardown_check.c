// SPDX-License-Identifier: GPL-2.0
/*
 * The commit after the check. The core runs an atomic commit's callbacks (the mode_config
 * atomic_commit, the commit tail, the plane and CRTC commit hooks) only after the mode_config
 * atomic_check of the same commit returned 0: drm_atomic_commit() and
 * drm_atomic_nonblocking_commit() return the check's error without committing. When every
 * function the code registers as that check returns 0 only where a predicate guard is proven
 * - a gate the unbind path closes before drm_dev_unplug(), as i915's display-access gate - no
 * commit starts after unbind. Then the entries the core runs only so (contexts.json
 * "checked_by") are bound, and so is a dispatch edge of such a commit call into a field it runs
 * only behind the check (dispatch.json "behind_check"): after it returned 0, or inside it -
 * the core helper check's hooks, which a closed check, being the driver's own function,
 * reaches through its own calls. A driver's own call of a commit helper, which runs no check,
 * still demands. docs/contexts.md, "The commit after the check".
 */
#include "analysis.h"
#include "teardown.h"

/* Does the function return 0 only where a predicate guard is proven? Its returns without the
 * predicate all return known constants (flow.h), none of them 0. */
static int zero_only_proven(const struct bs_summary *s)
{
	if (!s->analysed || !bs_flow_returns_guard(&s->flow))
		return 0;
	for (unsigned i = 0; i < s->flow.nret; i++)
		if (s->flow.ret_values[i] == 0)
			return 0;
	return 1;
}

/* Is registration r a store into check ("struct.field")? */
static int stores_into(const struct bs_analysis *a, const struct bs_reg *r, const char *check)
{
	size_t n = strcspn(check, ".");
	const char *rec;

	if (r->kind != BS_REG_FIELD || !r->rec || !r->field)
		return 0;
	rec = bs_name(a, r->rec);
	return strlen(rec) == n && !strncmp(rec, check, n) &&
	       !strcmp(bs_name(a, r->field), check + n + 1);
}

/* Does every function registered as check return 0 only with a predicate proven? The first
 * of them, or -1 if one does not, one is not analysed code, or none is registered. */
static int closed_check(const struct bs_analysis *a, const char *check)
{
	int first = -1;

	for (unsigned i = 0; i < a->tu->regs.n; i++) {
		const struct bs_reg *r = &a->tu->regs.v[i];
		int fn;

		if (!stores_into(a, r, check))
			continue;
		fn = bs_reg_func(a, r);
		if (fn < 0 || !zero_only_proven(&a->sums[fn]))
			return -1;
		if (first < 0)
			first = fn;
	}
	return first;
}

/* Per function: the check every registration of it waits for, NULL if some registration
 * waits for none (or for another one). */
static const char **checks_per_func(const struct bs_analysis *a)
{
	static const char mixed[] = "";	/* registrations that disagree, until the end */
	const char **check = bs_xcalloc(a->tu->funcs.n, sizeof(*check));

	for (unsigned i = 0; i < a->tu->regs.n; i++) {
		const struct bs_reg *r = &a->tu->regs.v[i];
		int fi = bs_reg_func(a, r);
		const struct bs_context_rule *rule;

		if (fi < 0 || check[fi] == mixed)
			continue;
		rule = bs_reg_field_rule(a, r);
		if (!rule || !rule->checked_by ||
		    (check[fi] && strcmp(check[fi], rule->checked_by)))
			check[fi] = mixed;
		else
			check[fi] = rule->checked_by;
	}
	for (unsigned fi = 0; fi < a->tu->funcs.n; fi++)
		if (check[fi] == mixed)
			check[fi] = NULL;
	return check;
}

/* The checks judged so far, and whether each is closed (bs_callgraph_mark_behind_check). */
struct judged {
	const struct bs_analysis *a;
	BS_VEC(const char *) checks;
	BS_VEC(int) first;	/* closed_check's answer */
};

static int judge(struct judged *j, const char *check)
{
	for (unsigned i = 0; i < j->checks.n; i++)
		if (!strcmp(j->checks.v[i], check))
			return j->first.v[i];
	bs_vec_push(&j->checks, check);
	bs_vec_push(&j->first, closed_check(j->a, check));
	return j->first.v[j->first.n - 1];
}

static int is_closed(const char *check, void *arg)
{
	return judge(arg, check) >= 0;
}

int bs_teardown_checked(struct bs_analysis *a)
{
	const char **check = checks_per_func(a);
	struct judged j = { a, { 0 }, { 0 } };
	int any = 0;

	for (unsigned fi = 0; fi < a->tu->funcs.n; fi++) {
		struct bs_entry *e = &a->entries[fi];
		int closed;

		if (e->context != BS_CTX_AFTER_UNBIND || !check[fi] ||
		    (closed = judge(&j, check[fi])) < 0)
			continue;
		e->context = BS_CTX_BOUND;
		e->teardown_bound = 1;
		e->checked_after = closed;
		any = 1;
	}
	if (bs_callgraph_mark_behind_check(&a->cg, is_closed, &j))
		any = 1;
	free(check);
	bs_vec_free(&j.checks);
	bs_vec_free(&j.first);
	return any;
}
