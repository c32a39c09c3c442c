// SPDX-License-Identifier: GPL-2.0
/*
 * The fence kill. The dma-fence core runs a fence's signaled callback only while the fence is
 * not yet signalled (dma_fence_is_signaled() and _locked() test the bit first) and its
 * enable_signaling callback only under the fence's lock while it is not (contexts.json
 * "stopped_by": "fences"). A driver whose unbind path signals, under each fence's lock, every
 * fence of its tables not yet signalled, and publishes no new one afterwards, says so in its
 * configuration ("fence_kill": the function and the dma_fence_ops objects); the code cannot
 * show that every fence was signalled. When that function is on the unbind path and signals
 * fences (a fence_signal call outside a guard, itself or below), the callbacks registered only
 * in those tables are bound, and the core's calls of them (through its dispatch, or a kernel
 * header's body) demand nothing. The wait callback is not stopped: dma_fence_wait_timeout()
 * runs it whatever the fence's state. docs/contexts.md, "The fence kill".
 */
#include "analysis.h"
#include "teardown.h"

static int calls_sym(const struct bs_analysis *a, bs_sym callee, const void *name)
{
	return callee == *(const bs_sym *)name;
}

/* A declared fence kill's function, and the first call of it on the unbind path: { -1, -1 }
 * if it is not analysed code on the unbind path that signals fences. */
static struct bs_site kill_site(const struct bs_analysis *a, const struct bs_fence_kill *k)
{
	bs_sym name = bs_lookup(a->tu->strs, k->function);
	int fn = -1;
	struct bs_site call;

	for (int fi = name && name < a->cg.nsyms ? a->cg.first_of_sym[name] : -1; fi >= 0 && fn < 0;
	     fi = a->cg.next_same_name[fi]) {
		const struct bs_func *f = a->tu->funcs.v[fi];

		if (f->is_driver && !f->clone_of && a->teardown.on_path[fi] &&
		    bs_teardown_calls(a, (unsigned)fi, bs_config_is_fence_signal))
			fn = fi;
	}
	if (fn < 0)
		return (struct bs_site){ -1, -1 };
	call = bs_teardown_first_call(a, calls_sym, &name);
	/* else a root of the path, or reached only through pointers: its own first event */
	return call.func >= 0 ? call : (struct bs_site){ fn, 0 };
}

/* The fence kills judged so far (each once), and their sites. */
struct judged {
	BS_VEC(const struct bs_fence_kill *) kills;
	BS_VEC(struct bs_site) sites;
};

static struct bs_site judge(const struct bs_analysis *a, struct judged *j,
			    const struct bs_fence_kill *k)
{
	for (unsigned i = 0; i < j->kills.n; i++)
		if (j->kills.v[i] == k)
			return j->sites.v[i];
	bs_vec_push(&j->kills, k);
	bs_vec_push(&j->sites, kill_site(a, k));
	return j->sites.v[j->sites.n - 1];
}

/* The fence kill declared for the table r stores into: a global object ("var:NAME"). */
static const struct bs_fence_kill *kill_of(const struct bs_analysis *a, const struct bs_reg *r)
{
	const char *obj = r->obj ? bs_name(a, r->obj) : "";

	return strncmp(obj, "var:", 4) ? NULL : bs_config_fence_kill(a->cfg, obj + 4);
}

const char *bs_teardown_fence_kill(const struct bs_analysis *a, const struct bs_reg *r)
{
	const struct bs_fence_kill *k = kill_of(a, r);

	return k ? k->function : NULL;
}

/* Is every registration of fi a fence-stopped callback of a table whose declared kill is on
 * the unbind path? Sets *stop to that kill's site, or *unmet to a registration whose declared
 * kill is not. */
static int every_table_killed(const struct bs_analysis *a, unsigned fi, struct judged *j,
			      struct bs_site *stop, int *unmet)
{
	int regs = 0;

	for (unsigned i = 0; i < a->tu->regs.n; i++) {
		const struct bs_reg *r = &a->tu->regs.v[i];
		const struct bs_context_rule *rule;
		const struct bs_fence_kill *k;

		if (bs_reg_func(a, r) != (int)fi)
			continue;
		rule = bs_reg_field_rule(a, r);
		if (!rule || rule->stopped_by != BS_STOP_FENCES || !(k = kill_of(a, r)))
			return 0;
		*stop = judge(a, j, k);
		if (stop->func < 0) {
			*unmet = (int)i;
			return 0;
		}
		regs++;
	}
	return regs > 0;
}

int bs_teardown_fences(struct bs_analysis *a)
{
	struct judged j = { { 0 }, { 0 } };
	int any = 0;

	if (!a->cfg->fence_kills.n)
		return 0;
	for (unsigned fi = 0; fi < a->tu->funcs.n; fi++) {
		struct bs_entry *e = &a->entries[fi];
		struct bs_site stop;

		if (e->context != BS_CTX_AFTER_UNBIND || e->stopped_by != BS_STOP_FENCES ||
		    !every_table_killed(a, fi, &j, &stop, &e->fence_kill_unmet))
			continue;
		e->context = BS_CTX_BOUND;
		e->teardown_bound = 1;
		e->stop = stop;
		a->sums[fi].dispatch_bound = 1;
		any = 1;
	}
	bs_vec_free(&j.kills);
	bs_vec_free(&j.sites);
	return any;
}
