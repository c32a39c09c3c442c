// SPDX-License-Identifier: GPL-2.0
#include "analysis.h"
#include "teardown.h"

static const struct bs_event_state *state(const struct bs_analysis *a, unsigned fi, unsigned ei)
{
	return a->sums[fi].analysed ? &a->sums[fi].flow.ev[ei] : NULL;
}

int bs_reg_is_field_of(const struct bs_analysis *a, const struct bs_reg *r, const char *rec)
{
	return r->kind == BS_REG_FIELD && r->rec && !strcmp(bs_name(a, r->rec), rec);
}

const struct bs_context_rule *bs_reg_field_rule(const struct bs_analysis *a,
						const struct bs_reg *r)
{
	return r->kind == BS_REG_FIELD && r->rec && r->field ?
		bs_config_field_context(a->cfg, bs_name(a, r->rec), bs_name(a, r->field)) : NULL;
}

int bs_reg_func(const struct bs_analysis *a, const struct bs_reg *r)
{
	return r->func ? bs_callgraph_func(&a->cg, r->unit, r->func) : -1;
}

struct walk {
	const struct bs_analysis *a;
	unsigned char *seen;
	BS_VEC(unsigned) queue;
	int after_unbind;		/* skip the core's edges it takes only while bound */
	unsigned fi, ei;		/* the call being followed */
};

static void visit(unsigned func, enum bs_edge edge, void *arg)
{
	struct walk *w = arg;

	if (w->after_unbind && bs_dispatch_bound(&w->a->cg, w->a->sums, w->fi, w->ei, edge, func))
		return;
	if (!w->seen[func]) {
		w->seen[func] = 1;
		bs_vec_push(&w->queue, func);
	}
}

/* Marks in seen everything reachable from the functions already queued; with
 * only_unguarded, only through calls made with no guard held. */
static void walk_calls(struct walk *w, int only_unguarded, int *unknown_code)
{
	const struct bs_analysis *a = w->a;

	for (unsigned qi = 0; qi < w->queue.n; qi++) {
		unsigned fi = w->queue.v[qi];
		const struct bs_func *f = a->tu->funcs.v[fi];

		for (unsigned ei = 0; ei < f->events.n; ei++) {
			const struct bs_event *ev = &f->events.v[ei];
			const struct bs_event_state *st = state(a, fi, ei);

			if (ev->kind != BS_EV_CALL || !st || !st->reached ||
			    (only_unguarded && !st->unguarded))
				continue;
			if (unknown_code && ev->callee_driver &&
			    bs_callgraph_func(&a->cg, f->unit, ev->callee) < 0)
				*unknown_code = 1;
			w->fi = fi;
			w->ei = ei;
			bs_callgraph_targets(&a->cg, fi, ei, visit, w);
		}
	}
}


/*
 * Every function reached from where unbind starts; when it frees a sound card, also the
 * callbacks that free waits for (card_close: a PCM close runs for every stream still open
 * before snd_card_free() returns), so what they stop is stopped on the unbind path.
 */
static void unbind_path(struct bs_analysis *a)
{
	struct bs_teardown *td = &a->teardown;
	struct walk w = { a, NULL, { 0 }, 0, 0, 0 };

	td->on_path = w.seen = bs_xcalloc(a->tu->funcs.n, 1);
	for (unsigned fi = 0; fi < a->tu->funcs.n; fi++) {
		const struct bs_func *f = a->tu->funcs.v[fi];

		if (a->entries[fi].context == BS_CTX_UNBIND ||
		    (f->is_driver && bs_config_in_unbind_path(a->cfg, bs_name(a, f->name)))) {
			bs_vec_push(&td->roots, fi);
			visit(fi, BS_EDGE_CALL, &w);
		}
	}
	walk_calls(&w, 0, &td->unknown_code);
	/* a sound card freed on the path runs the close of every stream still open first */
	td->card_free = bs_teardown_find_call(a, bs_config_is_card_free);
	if (td->card_free.func >= 0) {
		for (unsigned ri = 0; ri < a->tu->regs.n; ri++) {
			const struct bs_reg *r = &a->tu->regs.v[ri];
			int fi = bs_reg_func(a, r);

			if (fi >= 0 && r->kind == BS_REG_FIELD && r->rec && r->field &&
			    bs_config_is_card_close(a->cfg, bs_name(a, r->rec), bs_name(a, r->field)))
				visit((unsigned)fi, BS_EDGE_CALL, &w);
		}
		walk_calls(&w, 0, &td->unknown_code);
	}
	bs_vec_free(&w.queue);
	for (unsigned fi = 0; fi < a->tu->funcs.n; fi++)
		if (td->on_path[fi] && a->sums[fi].unplug.reaches && a->sums[fi].unplug.depth == 0)
			td->unplugs = 1;
}

/* Does f call, where it is reached, a function only a drm_device's owner calls? */
static int makes_owner_call(const struct bs_analysis *a, unsigned fi)
{
	const struct bs_func *f = a->tu->funcs.v[fi];

	for (unsigned ei = 0; ei < f->events.n; ei++) {
		const struct bs_event *ev = &f->events.v[ei];
		const struct bs_event_state *st = state(a, fi, ei);

		if (ev->kind == BS_EV_CALL && ev->callee && st && st->reached &&
		    bs_config_is_owner_call(a->cfg, bs_name(a, ev->callee)))
			return 1;
	}
	return 0;
}

/*
 * Whether the analysed code owns a drm_device (bridges, panels and component sub-drivers do
 * not), and which unbind root tears it down: the first whose path makes an owner call.
 */
static void drm_owner(struct bs_analysis *a)
{
	struct bs_teardown *td = &a->teardown;

	td->owner_root = -1;
	for (unsigned i = 0; i < a->tu->regs.n && !td->owns_drm; i++) {
		const struct bs_reg *r = &a->tu->regs.v[i];

		td->owns_drm = r->kind == BS_REG_FIELD && r->rec &&
			       bs_config_is_owner_struct(a->cfg, bs_name(a, r->rec));
	}
	for (unsigned fi = 0; fi < a->tu->funcs.n && !td->owns_drm; fi++)
		td->owns_drm = a->tu->funcs.v[fi]->is_driver && makes_owner_call(a, fi);
	for (unsigned ri = 0; ri < td->roots.n && td->owner_root < 0; ri++) {
		struct walk w = { a, bs_xcalloc(a->tu->funcs.n, 1), { 0 }, 0, 0, 0 };

		visit(td->roots.v[ri], BS_EDGE_CALL, &w);
		walk_calls(&w, 0, NULL);
		for (unsigned qi = 0; qi < w.queue.n && td->owner_root < 0; qi++)
			if (makes_owner_call(a, w.queue.v[qi]))
				td->owner_root = (int)td->roots.v[ri];
		bs_vec_free(&w.queue);
		free(w.seen);
	}
}

/* Does an operation on object k touch item i? A delayed work's item is "<k>.work". */
static int same_item(const char *k, const char *i)
{
	size_t n = strlen(k);

	return !strncmp(k, i, n) && (i[n] == '\0' || i[n] == '.');
}

/* The object a table-driven call (stop or queue) in function fi operates on, or NULL. */
static const char *call_object(const struct bs_analysis *a, unsigned fi, const struct bs_event *ev,
			       unsigned arg)
{
	const struct bs_arg *x = bs_event_arg(a->tu->funcs.v[fi], ev, arg);

	if (ev->kind != BS_EV_CALL || !x || !x->obj)
		return NULL;
	return bs_name(a, x->obj);
}

/* The first stop on the unbind path of the item, preferring one for good. */
static struct bs_site find_stop(const struct bs_analysis *a, const char *item, int *for_good)
{
	struct bs_site best = { -1, -1 };

	*for_good = 0;
	for (unsigned fi = 0; fi < a->tu->funcs.n; fi++) {
		const struct bs_func *f = a->tu->funcs.v[fi];

		if (!a->teardown.on_path[fi])
			continue;
		for (unsigned ei = 0; ei < f->events.n; ei++) {
			const struct bs_event *ev = &f->events.v[ei];
			const struct bs_stop_rule *r;
			const char *k;

			if (ev->kind != BS_EV_CALL || !ev->callee ||
			    !(r = bs_config_stop(a->cfg, bs_name(a, ev->callee))) ||
			    !(k = call_object(a, fi, ev, r->arg)) || !same_item(k, item))
				continue;
			if (best.func < 0 || (r->for_good && !*for_good)) {
				best = (struct bs_site){ fi, ei };
				*for_good = r->for_good;
			}
		}
	}
	return best;
}

/* Does registration r sit in function fi's body? */
static int holds(const struct bs_analysis *a, unsigned fi, const struct bs_reg *r)
{
	const struct bs_func *g = a->tu->funcs.v[fi];

	return g->unit == r->unit && g->loc.file == r->loc.file && r->loc.line >= g->loc.line &&
	       r->loc.line <= g->end_loc.line;
}

/*
 * Does queue call ev of fi queue another function than work? It does when fi sets the item
 * (INIT_WORK on the same member) before the call only to other functions: one member serving
 * two works in turn (a commit work that re-initialises itself as its cleanup work).
 */
static int queues_other(const struct bs_analysis *a, unsigned fi, const struct bs_event *ev,
			const char *item, unsigned work)
{
	int other = 0;

	for (unsigned i = 0; i < a->tu->regs.n; i++) {
		const struct bs_reg *r = &a->tu->regs.v[i];

		if (!r->obj || !r->func || strcmp(bs_name(a, r->obj), item) ||
		    r->loc.file != ev->loc.file || r->loc.line >= ev->loc.line || !holds(a, fi, r))
			continue;
		if (bs_reg_func(a, r) == (int)work)
			return 0;
		other = 1;
	}
	return other;
}

/* Calls fn for every reached call that queues the item while it holds work. */
static void for_each_queue(const struct bs_analysis *a, const char *item, unsigned work,
			   int (*fn)(const struct bs_analysis *, unsigned, unsigned, void *), void *arg)
{
	for (unsigned fi = 0; fi < a->tu->funcs.n; fi++) {
		const struct bs_func *f = a->tu->funcs.v[fi];

		for (unsigned ei = 0; ei < f->events.n; ei++) {
			const struct bs_event *ev = &f->events.v[ei];
			const struct bs_event_state *st = state(a, fi, ei);
			const struct bs_queue_rule *r;
			const char *k;

			if (ev->kind != BS_EV_CALL || !ev->callee || !st || !st->reached ||
			    !(r = bs_config_queue(a->cfg, bs_name(a, ev->callee))) ||
			    !(k = call_object(a, fi, ev, r->arg)) || !same_item(k, item) ||
			    queues_other(a, fi, ev, item, work))
				continue;
			if (fn(a, fi, ei, arg))
				return;
		}
	}
}

static int first_queue(const struct bs_analysis *a, unsigned fi, unsigned ei, void *arg)
{
	*(struct bs_site *)arg = (struct bs_site){ fi, ei };
	return 1;
}

struct requeue_search {
	const unsigned char *reach;	/* what after-unbind entries other than the item reach */
	struct bs_site found;
};

/* A queue outside any guard, in code an after-unbind entry other than the item reaches. */
static int after_unbind_queue(const struct bs_analysis *a, unsigned fi, unsigned ei, void *arg)
{
	struct requeue_search *rs = arg;

	if (!state(a, fi, ei)->unguarded || a->teardown.on_path[fi] || !rs->reach[fi])
		return 0;
	rs->found = (struct bs_site){ fi, ei };
	return 1;
}

unsigned char *bs_teardown_reach(const struct bs_analysis *a, const unsigned *starts, unsigned n)
{
	struct walk w = { a, NULL, { 0 }, 0, 0, 0 };

	w.seen = bs_xcalloc(a->tu->funcs.n, 1);
	for (unsigned i = 0; i < n; i++)
		visit(starts[i], BS_EDGE_CALL, &w);
	walk_calls(&w, 1, NULL);
	bs_vec_free(&w.queue);
	return w.seen;
}

/* Functions reachable, through calls made with no guard held, from the after-unbind entries
 * other than skip. */
unsigned char *bs_after_unbind_reach(const struct bs_analysis *a, unsigned skip)
{
	struct walk w = { a, NULL, { 0 }, 1, 0, 0 };

	w.seen = bs_xcalloc(a->tu->funcs.n, 1);
	for (unsigned e = 0; e < a->tu->funcs.n; e++)
		if (e != skip && a->entries[e].context == BS_CTX_AFTER_UNBIND)
			visit(e, BS_EDGE_CALL, &w);
	walk_calls(&w, 1, NULL);
	bs_vec_free(&w.queue);
	return w.seen;
}

/* The workqueue calls of the unbind path: destroy_workqueue() (for good),
 * flush_workqueue()/drain_workqueue() (for now), each with the workqueue object it takes. */
static void find_wq_stops(struct bs_analysis *a)
{
	for (unsigned fi = 0; fi < a->tu->funcs.n; fi++) {
		const struct bs_func *f = a->tu->funcs.v[fi];

		for (unsigned ei = 0; a->teardown.on_path[fi] && ei < f->events.n; ei++) {
			const struct bs_event *ev = &f->events.v[ei];
			const char *name = ev->callee ? bs_name(a, ev->callee) : NULL;
			int destroy = name && bs_config_is_wq_destroy(a->cfg, name);
			const char *wq;

			if (ev->kind != BS_EV_CALL || !name ||
			    (!destroy && !bs_config_is_wq_flush(a->cfg, name)) ||
			    !(wq = call_object(a, fi, ev, 0)))
				continue;
			bs_vec_push(&a->teardown.wq_stops,
				    ((struct bs_wq_stop){ wq, { (int)fi, (int)ei }, destroy }));
		}
	}
}

/* The first unbind-path call that destroys (for_good) or flushes the workqueue object wq. */
static struct bs_site wq_call(const struct bs_analysis *a, const char *wq, int for_good)
{
	for (unsigned i = 0; i < a->teardown.wq_stops.n; i++) {
		const struct bs_wq_stop *s = &a->teardown.wq_stops.v[i];

		if (s->for_good == for_good && !strcmp(s->wq, wq))
			return s->site;
	}
	return (struct bs_site){ -1, -1 };
}

struct wq_search {
	int queues, destroyed, flushed;
	struct bs_site destroy, flush;
};

/* Does every queue of the item go to a workqueue the unbind path destroys, or flushes? A
 * flush waits only for work already queued, not for a delayed work's pending timer. */
static int queue_on_stopped_wq(const struct bs_analysis *a, unsigned fi, unsigned ei, void *arg)
{
	struct wq_search *ws = arg;
	const struct bs_event *ev = bs_event_at(a, fi, ei);
	const struct bs_queue_rule *r = bs_config_queue(a->cfg, bs_name(a, ev->callee));
	const char *wq = r->wq_arg >= 0 ? call_object(a, fi, ev, r->wq_arg) : NULL;
	struct bs_site d = wq ? wq_call(a, wq, 1) : (struct bs_site){ -1, -1 };
	struct bs_site f = wq && !r->delayed ? wq_call(a, wq, 0) : (struct bs_site){ -1, -1 };

	ws->queues++;
	if (d.func >= 0) {
		ws->destroyed++;
		ws->destroy = d;
	}
	if (d.func >= 0 || f.func >= 0) {
		ws->flushed++;
		if (f.func >= 0)
			ws->flush = f;
	}
	return 0;
}

static int item_stopped(struct bs_analysis *a, unsigned fi)
{
	struct bs_entry *e = &a->entries[fi];
	const char *item = a->tu->regs.v[e->reg].obj ? bs_name(a, a->tu->regs.v[e->reg].obj) : NULL;
	struct requeue_search rs = { NULL, { -1, -1 } };
	int for_good;

	if (!item)
		return 0;
	if (e->queued.func < 0)
		for_each_queue(a, item, fi, first_queue, &e->queued);
	e->stop = find_stop(a, item, &for_good);
	if (e->stop.func < 0 || !for_good) {
		/* destroy_workqueue() drains and ends the queue every queue call targets;
		 * flush_workqueue()/drain_workqueue() wait for what is queued there now */
		struct wq_search ws = { 0, 0, 0, { -1, -1 }, { -1, -1 } };

		for_each_queue(a, item, fi, queue_on_stopped_wq, &ws);
		if (ws.queues && ws.destroyed == ws.queues) {
			e->stop = ws.destroy;
			return 1;
		}
		if (e->stop.func < 0 && ws.queues && ws.flushed == ws.queues && ws.flush.func >= 0)
			e->stop = ws.flush;
	}
	if (e->stop.func < 0)
		return 0;
	if (for_good)
		return 1;
	rs.reach = bs_after_unbind_reach(a, fi);
	for_each_queue(a, item, fi, after_unbind_queue, &rs);
	free((void *)rs.reach);
	e->requeue = rs.found;
	return rs.found.func < 0;
}

struct bs_site bs_teardown_first_call(const struct bs_analysis *a,
				      int (*match)(const struct bs_analysis *, bs_sym, const void *),
				      const void *arg)
{
	for (unsigned fi = 0; fi < a->tu->funcs.n; fi++) {
		const struct bs_func *f = a->tu->funcs.v[fi];

		for (unsigned ei = 0; a->teardown.on_path[fi] && ei < f->events.n; ei++) {
			const struct bs_event *ev = &f->events.v[ei];

			if (ev->kind == BS_EV_CALL && ev->callee && match(a, ev->callee, arg))
				return (struct bs_site){ fi, ei };
		}
	}
	return (struct bs_site){ -1, -1 };
}

struct config_match {
	int (*fn)(const struct bs_config *, const char *);
};

static int by_config(const struct bs_analysis *a, bs_sym callee, const void *arg)
{
	return ((const struct config_match *)arg)->fn(a->cfg, bs_name(a, callee));
}

struct bs_site bs_teardown_find_call(const struct bs_analysis *a,
				     int (*match)(const struct bs_config *, const char *))
{
	struct config_match m = { match };

	return bs_teardown_first_call(a, by_config, &m);
}

/*
 * A devm interrupt (or hwmon chip) is released before the mapping when it was requested after
 * it. In the function that requests it: a devm register mapping after the request and none
 * before means the handler can run on unmapped registers during devres release.
 */
static void devres_order(struct bs_analysis *a, unsigned fi)
{
	struct bs_entry *e = &a->entries[fi];
	/* a callback of a table: the devres call the table was handed to (a hwmon chip's ops) */
	const struct bs_reg *r = &a->tu->regs.v[e->objreg >= 0 ? e->objreg : e->reg];

	for (unsigned gi = 0; gi < a->tu->funcs.n; gi++) {
		const struct bs_func *g = a->tu->funcs.v[gi];
		int before = 0, after = -1;

		if (g->unit != r->unit)
			continue;
		for (unsigned ei = 0; ei < g->events.n; ei++) {
			const struct bs_event *ev = &g->events.v[ei];

			if (ev->kind != BS_EV_CALL || !ev->callee || ev->loc.file != r->loc.file ||
			    !bs_config_is_iomap(a->cfg, bs_name(a, ev->callee)))
				continue;
			if (ev->loc.line < r->loc.line)
				before = 1;
			else if (after < 0)
				after = ei;
		}
		if (g->loc.file != r->loc.file || r->loc.line < g->loc.line ||
		    r->loc.line > g->end_loc.line)
			continue;	/* not the requesting function */
		if (!before && after >= 0) {
			e->context = BS_CTX_AFTER_UNBIND;
			e->iomap = (struct bs_site){ gi, after };
		}
		return;
	}
}

static int unregisters(const struct bs_analysis *a, bs_sym callee, const void *stopper)
{
	return bs_config_is_unregister(a->cfg, *(const enum bs_stopper *)stopper,
				       bs_name(a, callee));
}

/* The first call on the unbind path to one of an unregistering stopper's calls. */
static struct bs_site find_unregister(const struct bs_analysis *a, enum bs_stopper stopper)
{
	return bs_teardown_first_call(a, unregisters, &stopper);
}

void bs_teardown(struct bs_analysis *a)
{
	/* per stopper matched per driver: the first call on the unbind path that stops it */
	struct bs_site driver_stop[BS_NSTOPPERS];
	int changed = 1;

	unbind_path(a);
	drm_owner(a);
	find_wq_stops(a);
	for (unsigned k = 0; k < BS_NSTOPPERS; k++)
		driver_stop[k] = (struct bs_site){ -1, -1 };
	driver_stop[BS_STOP_SCHEDULER] = bs_teardown_find_call(a, bs_config_is_sched_stop);
	driver_stop[BS_STOP_IRQ] = bs_teardown_find_call(a, bs_config_is_irq_free);
	driver_stop[BS_STOP_KTHREAD] = bs_teardown_find_call(a, bs_config_is_kthread_stop);
	driver_stop[BS_STOP_SOUND_CARD] = a->teardown.card_free;
	for (unsigned k = 0; k < sizeof(bs_unregister_stoppers) / sizeof(bs_unregister_stoppers[0]); k++)
		driver_stop[bs_unregister_stoppers[k].stopper] =
			find_unregister(a, bs_unregister_stoppers[k].stopper);
	for (unsigned fi = 0; fi < a->tu->funcs.n; fi++) {
		struct bs_entry *e = &a->entries[fi];

		if (e->stopped_by == BS_STOP_DEVRES && e->context == BS_CTX_BOUND)
			devres_order(a, fi);
		if (e->context != BS_CTX_AFTER_UNBIND)
			continue;
		if (driver_stop[e->stopped_by].func >= 0) {
			e->stop = driver_stop[e->stopped_by];
			e->context = BS_CTX_BOUND;
			e->teardown_bound = 1;
		}
	}
	/* the vblank hooks, per CRTC: a stopped one no longer demands through the dispatch; the
	 * commit callbacks, when the check before them is closed on the unbind path; the fence
	 * callbacks, when a declared fence kill signals their fences there */
	if (bs_teardown_vblank(a) | bs_teardown_checked(a) | bs_teardown_fences(a))
		bs_summarize_demand(a->tu, a->cfg, &a->cg, a->sums);
	/* items stopped only for now depend on which others can still run: to a fixpoint */
	while (changed) {
		changed = 0;
		for (unsigned fi = 0; fi < a->tu->funcs.n; fi++) {
			struct bs_entry *e = &a->entries[fi];

			if (e->context != BS_CTX_AFTER_UNBIND || e->stopped_by != BS_STOP_ITEM)
				continue;
			if (item_stopped(a, fi)) {
				e->context = BS_CTX_BOUND;
				e->teardown_bound = 1;
				changed = 1;
			}
		}
	}
}

void bs_teardown_free(struct bs_teardown *td)
{
	free(td->on_path);
	bs_vec_free(&td->roots);
	bs_vec_free(&td->wq_stops);
}
