// SPDX-License-Identifier: GPL-2.0
/*
 * The vblank stop. A CRTC's vblank hooks (enable_vblank, get_vblank_counter,
 * get_vblank_timestamp, the helper's get_scanout_position: contexts.json "stopped_by":
 * "vblank") run only while its vblank is on: once drm_crtc_vblank_off() ran, drm_vblank_get()
 * fails without calling a hook, the vblank interrupt's handling returns early and the disable
 * path calls none, until drm_crtc_vblank_on() (docs/contexts.md, "The vblank stop"). So when
 * the unbind path runs drm_atomic_helper_shutdown(), which runs every active CRTC's disable
 * callback, and each CRTC helper table's disable callback turns its vblank off outside an
 * unbind guard (and each CRTC's reset resets it to off, for a CRTC never turned on), the
 * hooks are bound - except those of a CRTC that code after unbind turns back
 * on outside a guard. That CRTC is known when a callback of its own tables passes its crtc
 * parameter to drm_crtc_vblank_on(); its other table is the one passed to the same call
 * (vc4_crtc_init(..., &funcs, &helpers)). Where the code does not show which CRTC, every
 * CRTC's hooks of that table type stay after-unbind.
 */
#include "analysis.h"
#include "teardown.h"

/* A table instance: the object its callbacks are registered into, in one unit. */
struct instance {
	unsigned unit;
	bs_sym obj;
};

typedef BS_VEC(struct instance) instances;

/* The CRTCs turned back on after unbind, per table type; all_*: the code does not say which. */
struct reenabled {
	instances funcs, helpers;
	int all_funcs, all_helpers;
	struct bs_site site;	/* the first call that turns one back on */
};

static int has(const instances *v, unsigned unit, bs_sym obj)
{
	for (unsigned i = 0; i < v->n; i++)
		if (v->v[i].unit == unit && v->v[i].obj == obj)
			return 1;
	return 0;
}

static void add(instances *v, unsigned unit, bs_sym obj)
{
	if (!has(v, unit, obj))
		bs_vec_push(v, ((struct instance){ unit, obj }));
}

/* Is object obj of unit a table of type rec (some callback is stored in it)? */
static int table_of(const struct bs_analysis *a, unsigned unit, bs_sym obj, const char *rec)
{
	for (unsigned i = 0; i < a->tu->regs.n; i++) {
		const struct bs_reg *r = &a->tu->regs.v[i];

		if (r->unit == unit && r->obj == obj && bs_reg_is_field_of(a, r, rec))
			return 1;
	}
	return 0;
}

typedef int (*call_match)(const struct bs_config *, const char *);

/* Calls fn (if any) for every call outside a guard, in the functions of seen, to a function
 * match accepts; returns how many there are. seen is freed. */
static unsigned each_call(const struct bs_analysis *a, unsigned char *seen, call_match match,
			  void (*fn)(const struct bs_analysis *, unsigned, unsigned, void *),
			  void *arg)
{
	unsigned n = 0;

	for (unsigned fi = 0; fi < a->tu->funcs.n; fi++) {
		const struct bs_func *f = a->tu->funcs.v[fi];

		for (unsigned ei = 0; seen[fi] && a->sums[fi].analysed && ei < f->events.n; ei++) {
			const struct bs_event *ev = &f->events.v[ei];
			const struct bs_event_state *st = &a->sums[fi].flow.ev[ei];

			if (ev->kind != BS_EV_CALL || !ev->callee || !st->reached || !st->unguarded ||
			    !match(a->cfg, bs_name(a, ev->callee)))
				continue;
			n++;
			if (fn)
				fn(a, fi, ei, arg);
		}
	}
	free(seen);
	return n;
}

int bs_teardown_calls(const struct bs_analysis *a, unsigned fn,
		      int (*match)(const struct bs_config *, const char *))
{
	return each_call(a, bs_teardown_reach(a, &fn, 1), match, NULL, NULL) > 0;
}

/* Does the function a registration stores (or the core function it names) call one of
 * the functions match accepts, outside a guard? */
static int reg_calls(const struct bs_analysis *a, const struct bs_reg *r, call_match match)
{
	int fn = bs_reg_func(a, r);

	if (fn < 0)
		return r->func && match(a->cfg, bs_name(a, r->func));
	return bs_teardown_calls(a, (unsigned)fn, match);
}

/* Does the table instance of registration t have `field` set to a function that calls one
 * of the functions match accepts (on the unbind path, with on_path)? */
static int table_calls(const struct bs_analysis *a, const struct bs_reg *t, const char *rec,
		       const char *field, int on_path, call_match match)
{
	for (unsigned j = 0; j < a->tu->regs.n; j++) {
		const struct bs_reg *r = &a->tu->regs.v[j];
		int fn = bs_reg_func(a, r);

		if (r->unit == t->unit && r->obj == t->obj && bs_reg_is_field_of(a, r, rec) &&
		    !strcmp(bs_name(a, r->field), field) &&
		    (!on_path || (fn >= 0 && a->teardown.on_path[fn])) && reg_calls(a, r, match))
			return 1;
	}
	return 0;
}

/*
 * Does every CRTC's vblank stay off after the shutdown? Each CRTC helper table needs its
 * disable callback on the unbind path, turning the vblank off; each CRTC funcs table its reset
 * resetting it to off, for a CRTC the shutdown does not disable because it was never on.
 * Returns -1 if so, else the index of a registration of a table that fails.
 */
static int every_crtc_off(const struct bs_analysis *a)
{
	const struct bs_vblank_crtc *vc = &a->cfg->vblank_crtc;
	instances checked = { 0 };	/* each table once, not once per field it sets */
	int failing = -1;

	for (unsigned i = 0; i < a->tu->regs.n && failing < 0; i++) {
		const struct bs_reg *t = &a->tu->regs.v[i];
		int helpers = bs_reg_is_field_of(a, t, vc->helpers);

		if ((!helpers && !bs_reg_is_field_of(a, t, vc->funcs)) || (t->obj && has(&checked, t->unit, t->obj)))
			continue;
		if (!t->obj)
			failing = (int)i;
		else if (helpers ? !table_calls(a, t, vc->helpers, vc->disable, 1, bs_config_is_vblank_off) :
				   !table_calls(a, t, vc->funcs, vc->reset, 0, bs_config_is_vblank_reset))
			failing = (int)i;
		else
			add(&checked, t->unit, t->obj);
	}
	bs_vec_free(&checked);
	return failing;
}

/* The CRTC a vblank-on call in fi turns on: the tables fi is a callback of, when the call
 * passes fi's crtc (its first parameter); else every CRTC. */
static void note_reenable(const struct bs_analysis *a, unsigned fi, unsigned ei, void *arg)
{
	struct reenabled *re = arg;
	const struct bs_vblank_crtc *vc = &a->cfg->vblank_crtc;
	const struct bs_func *f = a->tu->funcs.v[fi];
	const struct bs_arg *x = bs_event_arg(f, &f->events.v[ei], 0);
	int own = x && x->atom && bs_callgraph_param_of(&a->cg, fi, x->atom) == 0, found = 0;

	if (re->site.func < 0)
		re->site = (struct bs_site){ (int)fi, (int)ei };
	for (unsigned i = 0; own && i < a->tu->regs.n; i++) {
		const struct bs_reg *r = &a->tu->regs.v[i];

		if (bs_reg_func(a, r) != (int)fi || !r->obj)
			continue;
		if (bs_reg_is_field_of(a, r, vc->funcs)) {
			add(&re->funcs, r->unit, r->obj);
			found = 1;
		} else if (bs_reg_is_field_of(a, r, vc->helpers)) {
			add(&re->helpers, r->unit, r->obj);
			found = 1;
		}
	}
	if (!found)
		re->all_funcs = re->all_helpers = 1;
}

/* Every call that turns a CRTC's vblank on outside a guard, in code that runs after unbind. */
static void find_reenables(const struct bs_analysis *a, struct reenabled *re)
{
	each_call(a, bs_after_unbind_reach(a, a->tu->funcs.n), bs_config_is_vblank_on,
		  note_reenable, re);
}

/* Adds to `to` the tables of type rec passed to the same call as a table in `from`; a table
 * in `from` passed with none turns every table of that type on (*all). */
static void pair(const struct bs_analysis *a, const instances *from, instances *to,
		 const char *rec, int *all)
{
	for (unsigned k = 0; k < from->n; k++) {
		int paired = 0;

		for (unsigned i = 0; i < a->tu->regs.n; i++) {
			const struct bs_reg *p = &a->tu->regs.v[i];

			if (p->kind != BS_REG_OBJARG || p->unit != from->v[k].unit ||
			    p->obj != from->v[k].obj)
				continue;
			for (unsigned j = 0; j < a->tu->regs.n; j++) {
				const struct bs_reg *q = &a->tu->regs.v[j];

				if (q->kind != BS_REG_OBJARG || q->unit != p->unit || !q->obj ||
				    q->callee != p->callee || q->loc.file != p->loc.file ||
				    q->loc.line != p->loc.line || q->loc.col != p->loc.col ||
				    !table_of(a, q->unit, q->obj, rec))
					continue;
				add(to, q->unit, q->obj);
				paired = 1;
			}
		}
		if (!paired)
			*all = 1;
	}
}

/* Is every registration of fi a vblank hook of a CRTC that stays off after unbind? */
static int hook_stays_off(const struct bs_analysis *a, unsigned fi, const struct reenabled *re)
{
	const struct bs_vblank_crtc *vc = &a->cfg->vblank_crtc;
	int hooks = 0;

	for (unsigned i = 0; i < a->tu->regs.n; i++) {
		const struct bs_reg *r = &a->tu->regs.v[i];
		const struct bs_context_rule *rule;

		if (bs_reg_func(a, r) != (int)fi)
			continue;
		rule = bs_reg_field_rule(a, r);
		if (!rule || rule->stopped_by != BS_STOP_VBLANK || !r->obj)
			return 0;
		if (bs_reg_is_field_of(a, r, vc->funcs) ?
			    re->all_funcs || has(&re->funcs, r->unit, r->obj) :
			    re->all_helpers || has(&re->helpers, r->unit, r->obj))
			return 0;
		hooks++;
	}
	return hooks > 0;
}

int bs_teardown_vblank(struct bs_analysis *a)
{
	struct reenabled re = { { 0 }, { 0 }, 0, 0, { -1, -1 } };
	struct bs_site shutdown;
	int failing, any = 0;

	if (!a->cfg->vblank_crtc.funcs)
		return 0;
	shutdown = bs_teardown_find_call(a, bs_config_is_vblank_shutdown);
	if (shutdown.func < 0)
		return 0;
	failing = every_crtc_off(a);
	if (failing < 0) {
		find_reenables(a, &re);
		/* a CRTC turned on is so in both its tables */
		pair(a, &re.funcs, &re.helpers, a->cfg->vblank_crtc.helpers, &re.all_helpers);
		pair(a, &re.helpers, &re.funcs, a->cfg->vblank_crtc.funcs, &re.all_funcs);
	}
	for (unsigned fi = 0; fi < a->tu->funcs.n; fi++) {
		struct bs_entry *e = &a->entries[fi];

		if (e->context != BS_CTX_AFTER_UNBIND || e->stopped_by != BS_STOP_VBLANK)
			continue;
		e->stop = shutdown;
		e->vblank_not_off = failing;
		if (failing < 0 && hook_stays_off(a, fi, &re)) {
			e->context = BS_CTX_BOUND;
			e->teardown_bound = 1;
			a->sums[fi].dispatch_bound = 1;
			any = 1;
		} else if (failing < 0) {
			e->requeue = re.site;
		}
	}
	bs_vec_free(&re.funcs);
	bs_vec_free(&re.helpers);
	return any;
}
