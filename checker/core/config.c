// SPDX-License-Identifier: GPL-2.0
#include "config.h"
#include "hash.h"
#include "rules.h"

#include <ctype.h>
#include <json-c/json.h>
#include <stdarg.h>
#include <stdio.h>

static const char *const shipped_tables[] = { "accessors.json", "guards.json", "contexts.json",
					      "teardown.json", "header-inlines.json",
					      "dispatch.json" };

struct bs_config *bs_config_new(void)
{
	return bs_xcalloc(1, sizeof(struct bs_config));
}

static void free_strs(char **v, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		free(v[i]);
}

static void free_dispatch(struct bs_dispatch_rule *r)
{
	for (unsigned i = 0; i < r->invokes.n; i++) {
		free(r->invokes.v[i].rec);
		free(r->invokes.v[i].field);
		free(r->invokes.v[i].behind_check);
	}
	bs_vec_free(&r->invokes);
	free_strs(r->calls.v, r->calls.n);
	bs_vec_free(&r->calls);
	free(r->call);
}

static void free_vblank_crtc(struct bs_vblank_crtc *c)
{
	free(c->funcs);
	free(c->helpers);
	free(c->disable);
	free(c->reset);
}

void bs_config_free(struct bs_config *cfg)
{
	if (!cfg)
		return;
	for (unsigned i = 0; i < cfg->accessors.n; i++)
		free(cfg->accessors.v[i].name);
	for (unsigned i = 0; i < cfg->handles.n; i++)
		free(cfg->handles.v[i].name);
	bs_vec_free(&cfg->handles);
	for (unsigned i = 0; i < cfg->guards.n; i++) {
		free(cfg->guards.v[i].enter);
		free(cfg->guards.v[i].exit);
		free(cfg->guards.v[i].field);
	}
	for (unsigned i = 0; i < cfg->contexts.n; i++) {
		struct bs_context_rule *r = &cfg->contexts.v[i];

		free(r->rec);
		free(r->field);
		free(r->call);
		free(r->root);
		free(r->through);
		free(r->checked_by);
		free(r->kind);
	}
	for (unsigned i = 0; i < cfg->subdirs.n; i++)
		free(cfg->subdirs.v[i].call);
	bs_vec_free(&cfg->subdirs);
	for (unsigned i = 0; i < cfg->stops.n; i++)
		free(cfg->stops.v[i].call);
	for (unsigned i = 0; i < cfg->queues.n; i++)
		free(cfg->queues.v[i].call);
	for (unsigned i = 0; i < cfg->dispatch.n; i++)
		free_dispatch(&cfg->dispatch.v[i]);
	bs_vec_free(&cfg->dispatch);
	free_strs(cfg->irq_free.v, cfg->irq_free.n);
	free_strs(cfg->sched_stop.v, cfg->sched_stop.n);
	free_strs(cfg->unbind_path.v, cfg->unbind_path.n);
	free_strs(cfg->iomap.v, cfg->iomap.n);
	bs_vec_free(&cfg->iomap);
	free_strs(cfg->wq_destroy.v, cfg->wq_destroy.n);
	bs_vec_free(&cfg->wq_destroy);
	free_strs(cfg->wq_flush.v, cfg->wq_flush.n);
	bs_vec_free(&cfg->wq_flush);
	free_strs(cfg->kthread_stop.v, cfg->kthread_stop.n);
	bs_vec_free(&cfg->kthread_stop);
	free_strs(cfg->card_free.v, cfg->card_free.n);
	bs_vec_free(&cfg->card_free);
	for (unsigned k = 0; k < BS_NSTOPPERS; k++) {
		free_strs(cfg->unregister[k].v, cfg->unregister[k].n);
		bs_vec_free(&cfg->unregister[k]);
	}
	free_strs(cfg->card_close.v, cfg->card_close.n);
	bs_vec_free(&cfg->card_close);
	free_strs(cfg->vblank_shutdown.v, cfg->vblank_shutdown.n);
	bs_vec_free(&cfg->vblank_shutdown);
	free_strs(cfg->vblank_off.v, cfg->vblank_off.n);
	bs_vec_free(&cfg->vblank_off);
	free_strs(cfg->vblank_on.v, cfg->vblank_on.n);
	bs_vec_free(&cfg->vblank_on);
	free_strs(cfg->vblank_reset.v, cfg->vblank_reset.n);
	bs_vec_free(&cfg->vblank_reset);
	free_vblank_crtc(&cfg->vblank_crtc);
	free_strs(cfg->fence_signal.v, cfg->fence_signal.n);
	bs_vec_free(&cfg->fence_signal);
	for (unsigned i = 0; i < cfg->fence_kills.n; i++) {
		free(cfg->fence_kills.v[i].function);
		free_strs(cfg->fence_kills.v[i].ops.v, cfg->fence_kills.v[i].ops.n);
		bs_vec_free(&cfg->fence_kills.v[i].ops);
	}
	bs_vec_free(&cfg->fence_kills);
	free_strs(cfg->owner_calls.v, cfg->owner_calls.n);
	bs_vec_free(&cfg->owner_calls);
	free_strs(cfg->owner_structs.v, cfg->owner_structs.n);
	bs_vec_free(&cfg->owner_structs);
	free_strs(cfg->header_inlines.v, cfg->header_inlines.n);
	bs_vec_free(&cfg->header_inlines);
	bs_vec_free(&cfg->stops);
	bs_vec_free(&cfg->queues);
	bs_vec_free(&cfg->irq_free);
	bs_vec_free(&cfg->sched_stop);
	bs_vec_free(&cfg->unbind_path);
	free_strs(cfg->unplug.v, cfg->unplug.n);
	free_strs(cfg->transparent.v, cfg->transparent.n);
	bs_vec_free(&cfg->accessors);
	bs_vec_free(&cfg->guards);
	for (unsigned i = 0; i < cfg->early_returns.n; i++) {
		free(cfg->early_returns.v[i].type);
		free(cfg->early_returns.v[i].value);
	}
	bs_vec_free(&cfg->early_returns);
	bs_vec_free(&cfg->unplug);
	bs_vec_free(&cfg->transparent);
	bs_vec_free(&cfg->contexts);
	free(cfg);
}

/* Error reporting state for one file being loaded. */
struct loader {
	const char *path;
	char *err;
	size_t errlen;
};

static int fail(struct loader *ld, const char *fmt, ...)
{
	int n = snprintf(ld->err, ld->errlen, "%s: ", ld->path);
	va_list ap;

	va_start(ap, fmt);
	if (n >= 0 && (size_t)n < ld->errlen)
		vsnprintf(ld->err + n, ld->errlen - n, fmt, ap);
	va_end(ap);
	return -1;
}

static int get_string(struct loader *ld, json_object *obj, const char *what, unsigned idx,
		      const char *key, int required, char **out)
{
	json_object *v;

	*out = NULL;
	if (!json_object_object_get_ex(obj, key, &v)) {
		if (required)
			return fail(ld, "%s[%u]: missing \"%s\"", what, idx, key);
		return 0;
	}
	if (!json_object_is_type(v, json_type_string) || !*json_object_get_string(v))
		return fail(ld, "%s[%u]: \"%s\" must be a non-empty string", what, idx, key);
	*out = bs_xstrdup(json_object_get_string(v));
	return 0;
}

static int get_index(struct loader *ld, json_object *obj, const char *what, unsigned idx,
		     const char *key, unsigned *out)
{
	json_object *v;
	int64_t n;

	if (!json_object_object_get_ex(obj, key, &v))
		return fail(ld, "%s[%u]: missing \"%s\"", what, idx, key);
	if (!json_object_is_type(v, json_type_int))
		return fail(ld, "%s[%u]: \"%s\" must be an integer", what, idx, key);
	n = json_object_get_int64(v);
	if (n < 0 || n > 31)
		return fail(ld, "%s[%u]: \"%s\" out of range (0..31)", what, idx, key);
	*out = (unsigned)n;
	return 0;
}

/* Every key of an entry must be known: a typo must not silently disable a rule. */
static int check_keys(struct loader *ld, json_object *obj, const char *what, unsigned idx,
		      const char *const *known)
{
	json_object_object_foreach(obj, key, val) {
		const char *const *k;

		(void)val;
		for (k = known; *k && strcmp(*k, key); k++)
			;
		if (!*k)
			return fail(ld, "%s[%u]: unknown key \"%s\"", what, idx, key);
	}
	return 0;
}

static int load_accessor(struct loader *ld, struct bs_config *cfg, json_object *o, unsigned i)
{
	static const char *const keys[] = { "name", "addr_arg", "doc", NULL };
	struct bs_accessor a;

	if (check_keys(ld, o, "accessors", i, keys) ||
	    get_string(ld, o, "accessors", i, "name", 1, &a.name))
		return -1;
	if (get_index(ld, o, "accessors", i, "addr_arg", &a.addr_arg)) {
		free(a.name);
		return -1;
	}
	bs_vec_push(&cfg->accessors, a);
	return 0;
}

static int load_handle(struct loader *ld, struct bs_config *cfg, json_object *o, unsigned i)
{
	static const char *const keys[] = { "name", "role", "base_arg", "handle_arg", "out_arg",
					    "doc", NULL };
	struct bs_handle_rule h = { .out_arg = -1 };
	const char *arg_key;
	char *role = NULL;
	json_object *v;
	unsigned out;

	if (check_keys(ld, o, "mmio_handles", i, keys) ||
	    get_string(ld, o, "mmio_handles", i, "name", 1, &h.name) ||
	    get_string(ld, o, "mmio_handles", i, "role", 1, &role))
		goto err;
	if (!strcmp(role, "create")) {
		h.role = BS_HANDLE_CREATE;
	} else if (!strcmp(role, "derive")) {
		h.role = BS_HANDLE_DERIVE;
	} else if (!strcmp(role, "access")) {
		h.role = BS_HANDLE_ACCESS;
	} else {
		fail(ld, "mmio_handles[%u]: \"role\" must be \"create\", \"derive\" or \"access\", "
		     "not \"%s\"", i, role);
		goto err;
	}
	/* a creator takes the __iomem base, the others a handle: the key says which */
	arg_key = h.role == BS_HANDLE_CREATE ? "base_arg" : "handle_arg";
	if (json_object_object_get_ex(o, h.role == BS_HANDLE_CREATE ? "handle_arg" : "base_arg",
				      &v)) {
		fail(ld, "mmio_handles[%u]: role \"%s\" takes \"%s\"", i, role, arg_key);
		goto err;
	}
	if (get_index(ld, o, "mmio_handles", i, arg_key, &h.arg))
		goto err;
	if (json_object_object_get_ex(o, "out_arg", &v)) {
		if (h.role != BS_HANDLE_DERIVE) {
			fail(ld, "mmio_handles[%u]: only role \"derive\" has \"out_arg\"", i);
			goto err;
		}
		if (get_index(ld, o, "mmio_handles", i, "out_arg", &out))
			goto err;
		h.out_arg = (int)out;
	}
	free(role);
	bs_vec_push(&cfg->handles, h);
	return 0;
err:
	free(role);
	free(h.name);
	return -1;
}

static int load_early_return(struct loader *ld, struct bs_config *cfg, json_object *o, unsigned i)
{
	static const char *const keys[] = { "type", "value", "doc", NULL };
	struct bs_early_return r = { 0 };

	if (check_keys(ld, o, "early_returns", i, keys) ||
	    get_string(ld, o, "early_returns", i, "type", 1, &r.type) ||
	    get_string(ld, o, "early_returns", i, "value", 0, &r.value)) {
		free(r.type);
		return -1;
	}
	bs_vec_push(&cfg->early_returns, r);
	return 0;
}

/*
 * A project's rule switch: {"rule": "guard-leak", "enabled": false}. The same check as
 * --disable=/--enable= (an unknown rule, disabling one that is always on are errors); the
 * command line's switches are applied after the configuration, so they win.
 */
static int load_rule_switch(struct loader *ld, struct bs_config *cfg, json_object *o, unsigned i)
{
	static const char *const keys[] = { "rule", "enabled", "doc", NULL };
	char *name = NULL, why[512];
	json_object *v;
	int rule;

	if (check_keys(ld, o, "rules", i, keys) || get_string(ld, o, "rules", i, "rule", 1, &name))
		return -1;
	if (!json_object_object_get_ex(o, "enabled", &v) ||
	    !json_object_is_type(v, json_type_boolean)) {
		free(name);
		return fail(ld, "rules[%u]: \"enabled\" must be true or false", i);
	}
	rule = bs_rule_switch_check(name, json_object_get_boolean(v), why, sizeof(why));
	free(name);
	if (rule < 0)
		return fail(ld, "rules[%u]: %s", i, why);
	bs_rule_switch_set(cfg, rule, json_object_get_boolean(v));
	return 0;
}

/* A field predicate's "mask" or "unbound_value": one of them at most, an integer, only on a field. */
static int load_field_test(struct loader *ld, json_object *o, unsigned i, struct bs_guard *g)
{
	static const char *const names[] = { [BS_FLAG_MASK] = "mask",
					     [BS_FLAG_UNBOUND_VALUE] = "unbound_value" };
	json_object *v;

	g->flag = BS_FLAG_NONZERO;
	for (int k = BS_FLAG_MASK; k <= BS_FLAG_UNBOUND_VALUE; k++) {
		if (!json_object_object_get_ex(o, names[k], &v))
			continue;
		if (!g->field)
			return fail(ld, "guards[%u]: \"%s\" is for a \"field\" predicate", i, names[k]);
		if (g->flag != BS_FLAG_NONZERO)
			return fail(ld, "guards[%u]: \"mask\" and \"unbound_value\" exclude each other", i);
		if (!json_object_is_type(v, json_type_int))
			return fail(ld, "guards[%u]: \"%s\" must be an integer", i, names[k]);
		g->flag = k;
		g->value = json_object_get_int64(v);
		if (k == BS_FLAG_MASK && g->value <= 0)
			return fail(ld, "guards[%u]: \"mask\" must have a bit set", i);
	}
	if (g->flag != BS_FLAG_NONZERO && json_object_object_get_ex(o, "success", &v))
		return fail(ld, "guards[%u]: \"%s\" says what proves the device bound; it takes "
			    "no \"success\"", i, names[g->flag]);
	return 0;
}

static int load_guard(struct loader *ld, struct bs_config *cfg, json_object *o, unsigned i)
{
	static const char *const keys[] = { "enter", "exit", "field", "enter_cookie_arg",
					    "exit_cookie_arg", "success", "mask", "unbound_value",
					    "doc", NULL };
	struct bs_guard g = { 0 };
	json_object *v;

	if (check_keys(ld, o, "guards", i, keys) ||
	    get_string(ld, o, "guards", i, "field", 0, &g.field) ||
	    get_string(ld, o, "guards", i, "enter", !g.field, &g.enter) ||
	    get_string(ld, o, "guards", i, "exit", 0, &g.exit))
		goto err;
	if (g.field && (g.enter || g.exit)) {
		fail(ld, "guards[%u]: a \"field\" predicate has no \"enter\" or \"exit\"", i);
		goto err;
	}
	/* no exit: a driver predicate that guards the branch it is true on, nothing to release */
	if (g.exit && (get_index(ld, o, "guards", i, "enter_cookie_arg", &g.enter_cookie_arg) ||
		       get_index(ld, o, "guards", i, "exit_cookie_arg", &g.exit_cookie_arg)))
		goto err;
	if (load_field_test(ld, o, i, &g))
		goto err;
	if (g.flag != BS_FLAG_NONZERO) {
		g.success_nonzero = 1;	/* a set bit, a value other than the unbound one */
	} else if (!json_object_object_get_ex(o, "success", &v) ||
		   !json_object_is_type(v, json_type_boolean)) {
		fail(ld, "guards[%u]: \"success\" must be true (non-zero result) or false (zero result)", i);
		goto err;
	} else {
		g.success_nonzero = json_object_get_boolean(v);
	}
	bs_vec_push(&cfg->guards, g);
	return 0;
err:
	free(g.enter);
	free(g.exit);
	free(g.field);
	return -1;
}

const struct bs_unregister_stopper bs_unregister_stoppers[4] = {
	{ BS_STOP_HWMON, "hwmon_unregister", "hwmon" },
	{ BS_STOP_BACKLIGHT, "backlight_unregister", "backlight" },
	{ BS_STOP_MODE_CONFIG, "mode_config_cleanup", "mode_config" },
	{ BS_STOP_I2C, "i2c_unregister", "i2c" },
};

#define NUNREGISTER (sizeof(bs_unregister_stoppers) / sizeof(bs_unregister_stoppers[0]))

/* The unregistering stopper a stopped_by name means, or -1. */
static int unregister_stopper(const char *name)
{
	for (unsigned k = 0; k < NUNREGISTER; k++)
		if (!strcmp(name, bs_unregister_stoppers[k].name))
			return (int)bs_unregister_stoppers[k].stopper;
	return -1;
}

/* The unregistering stopper a teardown.json key lists the calls of, or -1. */
static int unregister_key(const char *key)
{
	for (unsigned k = 0; k < NUNREGISTER; k++)
		if (!strcmp(key, bs_unregister_stoppers[k].key))
			return (int)bs_unregister_stoppers[k].stopper;
	return -1;
}

static int load_context(struct loader *ld, struct bs_config *cfg, json_object *o, unsigned i)
{
	static const char *const keys[] = { "struct", "field", "call", "arg", "object", "root_arg",
					    "through", "root", "context", "stopped_by", "checked_by",
					    "kind", "doc", NULL };
	struct bs_context_rule r = { .root_arg = -1 };
	char *ctx = NULL, *stopper = NULL;
	json_object *v;

	if (check_keys(ld, o, "contexts", i, keys) ||
	    get_string(ld, o, "contexts", i, "struct", 0, &r.rec) ||
	    get_string(ld, o, "contexts", i, "field", 0, &r.field) ||
	    get_string(ld, o, "contexts", i, "call", 0, &r.call) ||
	    get_string(ld, o, "contexts", i, "root", 0, &r.root) ||
	    get_string(ld, o, "contexts", i, "through", 0, &r.through) ||
	    get_string(ld, o, "contexts", i, "context", 1, &ctx) ||
	    get_string(ld, o, "contexts", i, "stopped_by", 0, &stopper) ||
	    get_string(ld, o, "contexts", i, "checked_by", 0, &r.checked_by) ||
	    get_string(ld, o, "contexts", i, "kind", 1, &r.kind))
		goto err;
	if (json_object_object_get_ex(o, "object", &v)) {
		if (!json_object_is_type(v, json_type_boolean) || !r.call) {
			fail(ld, "contexts[%u]: \"object\" must be a boolean, with \"call\"", i);
			goto err;
		}
		r.object = json_object_get_boolean(v);
	}
	if (r.through && !r.object) {
		fail(ld, "contexts[%u]: \"through\" needs \"object\": true", i);
		goto err;
	}
	if (!stopper || !strcmp(stopper, "nothing")) {
		r.stopped_by = BS_STOP_NONE;
	} else if (!strcmp(stopper, "item")) {
		r.stopped_by = BS_STOP_ITEM;
	} else if (!strcmp(stopper, "scheduler")) {
		r.stopped_by = BS_STOP_SCHEDULER;
	} else if (!strcmp(stopper, "irq")) {
		r.stopped_by = BS_STOP_IRQ;
	} else if (!strcmp(stopper, "kthread")) {
		r.stopped_by = BS_STOP_KTHREAD;
	} else if (!strcmp(stopper, "devres")) {
		r.stopped_by = BS_STOP_DEVRES;
	} else if (!strcmp(stopper, "sound_card")) {
		r.stopped_by = BS_STOP_SOUND_CARD;
	} else if (!strcmp(stopper, "vblank")) {
		r.stopped_by = BS_STOP_VBLANK;
	} else if (!strcmp(stopper, "fences")) {
		r.stopped_by = BS_STOP_FENCES;
	} else if (unregister_stopper(stopper) >= 0) {
		r.stopped_by = unregister_stopper(stopper);
	} else {
		fail(ld, "contexts[%u]: \"stopped_by\" must be \"item\", \"scheduler\", \"irq\", \"kthread\", "
		     "\"devres\", \"sound_card\", \"vblank\", \"fences\", \"hwmon\", \"backlight\", \"mode_config\", "
		     "\"i2c\" or \"nothing\", not \"%s\"", i, stopper);
		goto err;
	}
	if (!!r.call + !!(r.rec || r.field) + !!r.root > 1) {
		fail(ld, "contexts[%u]: give one of \"call\"/\"arg\", \"struct\"/\"field\" or \"root\"",
		     i);
		goto err;
	}
	if (json_object_object_get_ex(o, "root_arg", &v)) {
		unsigned a;

		if (!r.object) {
			fail(ld, "contexts[%u]: \"root_arg\" needs \"object\": true", i);
			goto err;
		}
		if (get_index(ld, o, "contexts", i, "root_arg", &a))
			goto err;
		r.root_arg = (int)a;
	}
	if (r.call) {
		if (get_index(ld, o, "contexts", i, "arg", &r.arg))
			goto err;
	} else if (!r.root && (!r.rec || !r.field)) {
		fail(ld, "contexts[%u]: needs \"struct\" and \"field\", \"call\" and \"arg\", or "
		     "\"root\"", i);
		goto err;
	}
	if (!strcmp(ctx, "bound")) {
		r.context = BS_CTX_BOUND;
	} else if (!strcmp(ctx, "unbind")) {
		r.context = BS_CTX_UNBIND;
	} else if (!strcmp(ctx, "after-unbind")) {
		r.context = BS_CTX_AFTER_UNBIND;
	} else {
		fail(ld, "contexts[%u]: \"context\" must be \"bound\", \"unbind\" or \"after-unbind\", "
		     "not \"%s\"", i, ctx);
		goto err;
	}
	if (r.checked_by && (!r.rec || !strcmp(r.field, "*") || r.context != BS_CTX_AFTER_UNBIND ||
			     !strchr(r.checked_by, '.'))) {
		fail(ld, "contexts[%u]: \"checked_by\" must name a \"struct.field\", on an "
		     "\"after-unbind\" rule for one struct field", i);
		goto err;
	}
	free(ctx);
	free(stopper);
	bs_vec_push(&cfg->contexts, r);
	return 0;
err:
	free(ctx);
	free(stopper);
	free(r.rec);
	free(r.field);
	free(r.call);
	free(r.root);
	free(r.through);
	free(r.checked_by);
	free(r.kind);
	return -1;
}

static int load_stop(struct loader *ld, struct bs_config *cfg, json_object *o, unsigned i)
{
	static const char *const keys[] = { "call", "arg", "for_good", "doc", NULL };
	struct bs_stop_rule r = { 0 };
	json_object *v;

	if (check_keys(ld, o, "stops", i, keys) || get_string(ld, o, "stops", i, "call", 1, &r.call))
		return -1;
	if (get_index(ld, o, "stops", i, "arg", &r.arg))
		goto err;
	if (!json_object_object_get_ex(o, "for_good", &v) ||
	    !json_object_is_type(v, json_type_boolean)) {
		fail(ld, "stops[%u]: \"for_good\" must be true or false", i);
		goto err;
	}
	r.for_good = json_object_get_boolean(v);
	bs_vec_push(&cfg->stops, r);
	return 0;
err:
	free(r.call);
	return -1;
}

static int load_subdir(struct loader *ld, struct bs_config *cfg, json_object *o, unsigned i)
{
	static const char *const keys[] = { "call", "arg", "doc", NULL };
	struct bs_subdir_rule r = { 0 };

	if (check_keys(ld, o, "subdirs", i, keys) ||
	    get_string(ld, o, "subdirs", i, "call", 1, &r.call))
		return -1;
	if (get_index(ld, o, "subdirs", i, "arg", &r.arg)) {
		free(r.call);
		return -1;
	}
	bs_vec_push(&cfg->subdirs, r);
	return 0;
}

static int load_queue(struct loader *ld, struct bs_config *cfg, json_object *o, unsigned i)
{
	static const char *const keys[] = { "call", "arg", "wq_arg", "delayed", "doc", NULL };
	struct bs_queue_rule r = { .wq_arg = -1 };
	json_object *v;
	unsigned wq;

	if (check_keys(ld, o, "queues", i, keys) || get_string(ld, o, "queues", i, "call", 1, &r.call))
		return -1;
	if (get_index(ld, o, "queues", i, "arg", &r.arg) ||
	    (json_object_object_get_ex(o, "wq_arg", &v) &&
	     get_index(ld, o, "queues", i, "wq_arg", &wq))) {
		free(r.call);
		return -1;
	}
	if (json_object_object_get_ex(o, "wq_arg", &v))
		r.wq_arg = (int)wq;
	if (json_object_object_get_ex(o, "delayed", &v)) {
		if (!json_object_is_type(v, json_type_boolean)) {
			fail(ld, "queues[%u]: \"delayed\" must be true or false", i);
			free(r.call);
			return -1;
		}
		r.delayed = json_object_get_boolean(v);
	}
	bs_vec_push(&cfg->queues, r);
	return 0;
}

/* Every name table holds function or struct names: anything else is a typo or a survey
   line mangled by interleaved output, and would never match. */
static bool is_identifier(const char *s)
{
	if (!isalpha((unsigned char)*s) && *s != '_')
		return false;
	for (s++; *s; s++)
		if (!isalnum((unsigned char)*s) && *s != '_')
			return false;
	return true;
}

static int load_names(struct loader *ld, json_object *arr, const char *what, void *vec);

static int load_dispatch(struct loader *ld, struct bs_config *cfg, json_object *o, unsigned i)
{
	static const char *const keys[] = { "call", "invokes", "calls", "check", "doc", NULL };
	static const char *const target_keys[] = { "struct", "field", "behind_check", NULL };
	struct bs_dispatch_rule r = { 0 };
	json_object *arr, *calls = NULL, *v;
	char what[64], *check = NULL;

	if (check_keys(ld, o, "dispatch", i, keys) ||
	    get_string(ld, o, "dispatch", i, "call", 1, &r.call) ||
	    get_string(ld, o, "dispatch", i, "check", 0, &check))
		goto err;
	if (check && !strchr(check, '.')) {
		fail(ld, "dispatch[%u]: \"check\" must name a \"struct.field\"", i);
		goto err;
	}
	if (!is_identifier(r.call)) {
		fail(ld, "dispatch[%u]: \"call\" \"%s\" is not a C identifier", i, r.call);
		goto err;
	}
	snprintf(what, sizeof(what), "dispatch[%u].calls", i);
	if (json_object_object_get_ex(o, "calls", &calls) &&
	    (!json_object_is_type(calls, json_type_array) || !json_object_array_length(calls))) {
		fail(ld, "%s: must be a non-empty array", what);
		goto err;
	}
	if (calls && load_names(ld, calls, what, &r.calls))
		goto err;
	if (r.calls.n && !json_object_object_get_ex(o, "invokes", &arr))
		arr = NULL;	/* all it runs, it runs through the functions it calls */
	else if (!json_object_object_get_ex(o, "invokes", &arr) ||
		 !json_object_is_type(arr, json_type_array) || !json_object_array_length(arr)) {
		fail(ld, "dispatch[%u]: \"invokes\" must be a non-empty array", i);
		goto err;
	}
	snprintf(what, sizeof(what), "dispatch[%u].invokes", i);
	for (size_t k = 0; arr && k < json_object_array_length(arr); k++) {
		json_object *t = json_object_array_get_idx(arr, k);
		struct bs_dispatch_target d = { 0 };

		if (!json_object_is_type(t, json_type_object)) {
			fail(ld, "%s[%zu]: must be an object", what, k);
			goto err;
		}
		if (check_keys(ld, t, what, (unsigned)k, target_keys) ||
		    get_string(ld, t, what, (unsigned)k, "struct", 1, &d.rec) ||
		    get_string(ld, t, what, (unsigned)k, "field", 1, &d.field)) {
			free(d.rec);
			goto err;
		}
		if (json_object_object_get_ex(t, "behind_check", &v)) {
			if (!json_object_is_type(v, json_type_boolean) || !check) {
				fail(ld, "%s[%zu]: \"behind_check\" must be a boolean, with the "
				     "entry's \"check\"", what, k);
				free(d.rec);
				free(d.field);
				goto err;
			}
			if (json_object_get_boolean(v))
				d.behind_check = bs_xstrdup(check);
		}
		bs_vec_push(&r.invokes, d);
	}
	free(check);
	bs_vec_push(&cfg->dispatch, r);
	return 0;
err:
	free(check);
	free_dispatch(&r);
	return -1;
}

static int load_names(struct loader *ld, json_object *arr, const char *what, void *vec)
{
	BS_VEC(char *) *names = vec;

	for (size_t i = 0; i < json_object_array_length(arr); i++) {
		json_object *v = json_object_array_get_idx(arr, i);

		if (!json_object_is_type(v, json_type_string) || !*json_object_get_string(v))
			return fail(ld, "%s[%zu]: must be a non-empty string", what, i);
		if (!is_identifier(json_object_get_string(v)))
			return fail(ld, "%s[%zu]: \"%s\" is not a C identifier", what, i,
				    json_object_get_string(v));
		bs_vec_push(names, bs_xstrdup(json_object_get_string(v)));
	}
	return 0;
}

/* A callback field a card_free call waits for, kept as "struct.field". */
static int load_card_close(struct loader *ld, struct bs_config *cfg, json_object *o, unsigned i)
{
	static const char *const keys[] = { "struct", "field", "doc", NULL };
	char *rec = NULL, *field = NULL;
	int rc = -1;

	if (check_keys(ld, o, "card_close", i, keys) ||
	    get_string(ld, o, "card_close", i, "struct", 1, &rec) ||
	    get_string(ld, o, "card_close", i, "field", 1, &field))
		goto out;
	if (!is_identifier(rec) || !is_identifier(field)) {
		fail(ld, "card_close[%u]: \"struct\" and \"field\" must be C identifiers", i);
		goto out;
	}
	bs_vec_push(&cfg->card_close, bs_xasprintf("%s.%s", rec, field));
	rc = 0;
out:
	free(rec);
	free(field);
	return rc;
}

/* The CRTC's two tables for the vblank stop; a later entry (or file) replaces an earlier. */
static int load_vblank_crtc(struct loader *ld, struct bs_config *cfg, json_object *o, unsigned i)
{
	static const char *const keys[] = { "funcs", "helpers", "disable", "reset", "doc", NULL };
	struct bs_vblank_crtc c = { NULL, NULL, NULL, NULL };

	if (check_keys(ld, o, "vblank_crtc", i, keys) ||
	    get_string(ld, o, "vblank_crtc", i, "funcs", 1, &c.funcs) ||
	    get_string(ld, o, "vblank_crtc", i, "helpers", 1, &c.helpers) ||
	    get_string(ld, o, "vblank_crtc", i, "disable", 1, &c.disable) ||
	    get_string(ld, o, "vblank_crtc", i, "reset", 1, &c.reset))
		goto err;
	if (!is_identifier(c.funcs) || !is_identifier(c.helpers) || !is_identifier(c.disable) ||
	    !is_identifier(c.reset)) {
		fail(ld, "vblank_crtc[%u]: \"funcs\", \"helpers\", \"disable\" and \"reset\" must "
		     "be C identifiers", i);
		goto err;
	}
	free_vblank_crtc(&cfg->vblank_crtc);
	cfg->vblank_crtc = c;
	return 0;
err:
	free_vblank_crtc(&c);
	return -1;
}

/* A fence kill: a function and the dma_fence_ops tables whose fences it signals. */
static int load_fence_kill(struct loader *ld, struct bs_config *cfg, json_object *o, unsigned i)
{
	static const char *const keys[] = { "function", "ops", "doc", NULL };
	struct bs_fence_kill k = { NULL, { 0 } };
	json_object *ops;
	char what[32];

	if (check_keys(ld, o, "fence_kill", i, keys) ||
	    get_string(ld, o, "fence_kill", i, "function", 1, &k.function))
		goto err;
	if (!is_identifier(k.function)) {
		fail(ld, "fence_kill[%u]: \"function\" must be a C identifier", i);
		goto err;
	}
	if (!json_object_object_get_ex(o, "ops", &ops) ||
	    !json_object_is_type(ops, json_type_array) || !json_object_array_length(ops)) {
		fail(ld, "fence_kill[%u]: \"ops\" must be a non-empty array of dma_fence_ops "
		     "objects", i);
		goto err;
	}
	snprintf(what, sizeof(what), "fence_kill[%u].ops", i);
	if (load_names(ld, ops, what, &k.ops))
		goto err;
	bs_vec_push(&cfg->fence_kills, k);
	return 0;
err:
	free(k.function);
	free_strs(k.ops.v, k.ops.n);
	bs_vec_free(&k.ops);
	return -1;
}

/*
 * The dispatch entries loaded from one file, from index first on, take in what the core
 * functions they call run ("calls", named by entries loaded so far, this file's included), to a
 * fixpoint: the table states each core function once, as the kernel's own calls compose.
 */
static int resolve_dispatch(struct loader *ld, struct bs_config *cfg, unsigned first)
{
	for (int changed = 1; changed;) {
		changed = 0;
		for (unsigned i = first; i < cfg->dispatch.n; i++) {
			struct bs_dispatch_rule *r = &cfg->dispatch.v[i];

			for (unsigned c = 0; c < r->calls.n; c++) {
				const struct bs_dispatch_rule *callee = bs_config_dispatch(cfg, r->calls.v[c]);

				if (!callee)
					return fail(ld, "dispatch[%u].calls[%u]: \"%s\" has no dispatch entry",
						    i - first, c, r->calls.v[c]);
				if (callee == r)
					continue;
				for (unsigned k = 0; k < callee->invokes.n; k++) {
					const struct bs_dispatch_target *t = &callee->invokes.v[k];
					unsigned j = 0;

					while (j < r->invokes.n && (strcmp(r->invokes.v[j].rec, t->rec) ||
								    strcmp(r->invokes.v[j].field, t->field)))
						j++;
					if (j < r->invokes.n) {
						struct bs_dispatch_target *had = &r->invokes.v[j];

						/* run after the check only if every way runs it so */
						if (had->behind_check && (!t->behind_check ||
						    strcmp(had->behind_check, t->behind_check))) {
							free(had->behind_check);
							had->behind_check = NULL;
							changed = 1;
						}
						continue;
					}
					bs_vec_push(&r->invokes, ((struct bs_dispatch_target){
						bs_xstrdup(t->rec), bs_xstrdup(t->field),
						t->behind_check ? bs_xstrdup(t->behind_check) : NULL }));
					changed = 1;
				}
			}
		}
	}
	return 0;
}

typedef int (*entry_loader)(struct loader *, struct bs_config *, json_object *, unsigned);

static int load_entries(struct loader *ld, struct bs_config *cfg, json_object *arr,
			const char *what, entry_loader fn)
{
	for (size_t i = 0; i < json_object_array_length(arr); i++) {
		json_object *o = json_object_array_get_idx(arr, i);

		if (!json_object_is_type(o, json_type_object))
			return fail(ld, "%s[%zu]: must be an object", what, i);
		if (fn(ld, cfg, o, i))
			return -1;
	}
	return 0;
}

static int load_top(struct loader *ld, struct bs_config *cfg, json_object *root)
{
	if (!json_object_is_type(root, json_type_object))
		return fail(ld, "the top level must be an object");
	json_object_object_foreach(root, key, val) {
		int is_array = json_object_is_type(val, json_type_array);
		int rc;

		if (!strcmp(key, "doc"))
			continue;
		if (!is_array)
			return fail(ld, "\"%s\" must be an array", key);
		if (!strcmp(key, "accessors"))
			rc = load_entries(ld, cfg, val, key, load_accessor);
		else if (!strcmp(key, "mmio_handles"))
			rc = load_entries(ld, cfg, val, key, load_handle);
		else if (!strcmp(key, "guards"))
			rc = load_entries(ld, cfg, val, key, load_guard);
		else if (!strcmp(key, "contexts"))
			rc = load_entries(ld, cfg, val, key, load_context);
		else if (!strcmp(key, "early_returns"))
			rc = load_entries(ld, cfg, val, key, load_early_return);
		else if (!strcmp(key, "rules"))
			rc = load_entries(ld, cfg, val, key, load_rule_switch);
		else if (!strcmp(key, "unplug"))
			rc = load_names(ld, val, key, &cfg->unplug);
		else if (!strcmp(key, "transparent"))
			rc = load_names(ld, val, key, &cfg->transparent);
		else if (!strcmp(key, "subdirs"))
			rc = load_entries(ld, cfg, val, key, load_subdir);
		else if (!strcmp(key, "stops"))
			rc = load_entries(ld, cfg, val, key, load_stop);
		else if (!strcmp(key, "queues"))
			rc = load_entries(ld, cfg, val, key, load_queue);
		else if (!strcmp(key, "irq_free"))
			rc = load_names(ld, val, key, &cfg->irq_free);
		else if (!strcmp(key, "sched_stop"))
			rc = load_names(ld, val, key, &cfg->sched_stop);
		else if (!strcmp(key, "unbind_path"))
			rc = load_names(ld, val, key, &cfg->unbind_path);
		else if (!strcmp(key, "iomap"))
			rc = load_names(ld, val, key, &cfg->iomap);
		else if (!strcmp(key, "wq_destroy"))
			rc = load_names(ld, val, key, &cfg->wq_destroy);
		else if (!strcmp(key, "wq_flush"))
			rc = load_names(ld, val, key, &cfg->wq_flush);
		else if (!strcmp(key, "kthread_stop"))
			rc = load_names(ld, val, key, &cfg->kthread_stop);
		else if (!strcmp(key, "card_free"))
			rc = load_names(ld, val, key, &cfg->card_free);
		else if (unregister_key(key) >= 0)
			rc = load_names(ld, val, key, &cfg->unregister[unregister_key(key)]);
		else if (!strcmp(key, "card_close"))
			rc = load_entries(ld, cfg, val, key, load_card_close);
		else if (!strcmp(key, "vblank_shutdown"))
			rc = load_names(ld, val, key, &cfg->vblank_shutdown);
		else if (!strcmp(key, "vblank_off"))
			rc = load_names(ld, val, key, &cfg->vblank_off);
		else if (!strcmp(key, "vblank_on"))
			rc = load_names(ld, val, key, &cfg->vblank_on);
		else if (!strcmp(key, "vblank_reset"))
			rc = load_names(ld, val, key, &cfg->vblank_reset);
		else if (!strcmp(key, "vblank_crtc"))
			rc = load_entries(ld, cfg, val, key, load_vblank_crtc);
		else if (!strcmp(key, "fence_signal"))
			rc = load_names(ld, val, key, &cfg->fence_signal);
		else if (!strcmp(key, "fence_kill"))
			rc = load_entries(ld, cfg, val, key, load_fence_kill);
		else if (!strcmp(key, "owner_calls"))
			rc = load_names(ld, val, key, &cfg->owner_calls);
		else if (!strcmp(key, "owner_structs"))
			rc = load_names(ld, val, key, &cfg->owner_structs);
		else if (!strcmp(key, "header_inlines"))
			rc = load_names(ld, val, key, &cfg->header_inlines);
		else if (!strcmp(key, "dispatch")) {
			unsigned first = cfg->dispatch.n;

			rc = load_entries(ld, cfg, val, key, load_dispatch);
			if (!rc)
				rc = resolve_dispatch(ld, cfg, first);
		}
		else
			return fail(ld, "unknown key \"%s\" (expected accessors, mmio_handles, guards, unplug, "
				    "early_returns, transparent, contexts, subdirs, stops, queues, "
				    "irq_free, sched_stop, iomap, wq_destroy, wq_flush, kthread_stop, "
				    "card_free, card_close, hwmon_unregister, backlight_unregister, "
				    "mode_config_cleanup, i2c_unregister, vblank_shutdown, vblank_off, vblank_on, vblank_reset, "
				    "vblank_crtc, fence_signal, fence_kill, "
				    "owner_calls, owner_structs, unbind_path, header_inlines, dispatch, "
				    "rules)",
				    key);
		if (rc)
			return -1;
	}
	return 0;
}

int bs_config_load_file(struct bs_config *cfg, const char *path, char *err, size_t errlen)
{
	struct loader ld = { path, err, errlen };
	json_object *root = json_object_from_file(path);
	int rc;

	if (!root)
		return fail(&ld, "cannot load configuration: %s", json_util_get_last_err());
	rc = load_top(&ld, cfg, root);
	json_object_put(root);
	return rc;
}

int bs_config_load_dir(struct bs_config *cfg, const char *dir, char *err, size_t errlen)
{
	for (size_t i = 0; i < sizeof(shipped_tables) / sizeof(shipped_tables[0]); i++) {
		char path[4096];

		snprintf(path, sizeof(path), "%s/%s", dir, shipped_tables[i]);
		if (bs_config_load_file(cfg, path, err, errlen))
			return -1;
	}
	return 0;
}

/* Lookups scan from the end so that the last definition of a key wins. */
const struct bs_accessor *bs_config_accessor(const struct bs_config *cfg, const char *name)
{
	for (unsigned i = cfg->accessors.n; i-- > 0;)
		if (!strcmp(cfg->accessors.v[i].name, name))
			return &cfg->accessors.v[i];
	return NULL;
}

const struct bs_handle_rule *bs_config_handle(const struct bs_config *cfg, const char *name)
{
	for (unsigned i = cfg->handles.n; i-- > 0;)
		if (!strcmp(cfg->handles.v[i].name, name))
			return &cfg->handles.v[i];
	return NULL;
}

const struct bs_guard *bs_config_guard_enter(const struct bs_config *cfg, const char *name)
{
	for (unsigned i = cfg->guards.n; i-- > 0;)
		if (cfg->guards.v[i].enter && !strcmp(cfg->guards.v[i].enter, name))
			return &cfg->guards.v[i];
	return NULL;
}

const struct bs_guard *bs_config_guard_field(const struct bs_config *cfg, const char *field)
{
	for (unsigned i = cfg->guards.n; i-- > 0;)
		if (cfg->guards.v[i].field && !strcmp(cfg->guards.v[i].field, field))
			return &cfg->guards.v[i];
	return NULL;
}

const struct bs_guard *bs_config_guard_exit(const struct bs_config *cfg, const char *name)
{
	for (unsigned i = cfg->guards.n; i-- > 0;)
		if (cfg->guards.v[i].exit && !strcmp(cfg->guards.v[i].exit, name))
			return &cfg->guards.v[i];
	return NULL;
}

static int in_list(char *const *v, unsigned n, const char *name)
{
	for (unsigned i = 0; i < n; i++)
		if (!strcmp(v[i], name))
			return 1;
	return 0;
}

int bs_config_is_unplug(const struct bs_config *cfg, const char *name)
{
	return in_list(cfg->unplug.v, cfg->unplug.n, name);
}

int bs_config_is_transparent(const struct bs_config *cfg, const char *name)
{
	return in_list(cfg->transparent.v, cfg->transparent.n, name);
}

const struct bs_context_rule *bs_config_field_context(const struct bs_config *cfg,
						      const char *rec, const char *field)
{
	const struct bs_context_rule *wild = NULL;

	for (unsigned i = cfg->contexts.n; i-- > 0;) {
		const struct bs_context_rule *r = &cfg->contexts.v[i];

		if (!r->rec || strcmp(r->rec, rec))
			continue;
		if (!strcmp(r->field, field))
			return r;	/* an exact field beats a wildcard */
		if (!wild && !strcmp(r->field, "*"))
			wild = r;
	}
	return wild;
}

static const struct bs_context_rule *call_rule(const struct bs_config *cfg, const char *call,
					       unsigned arg, int object, const char *through)
{
	for (unsigned i = cfg->contexts.n; i-- > 0;) {
		const struct bs_context_rule *r = &cfg->contexts.v[i];

		if (r->call && r->arg == arg && r->object == object && !strcmp(r->call, call) &&
		    !r->through == !through && (!through || !strcmp(r->through, through)))
			return r;
	}
	return NULL;
}

const struct bs_context_rule *bs_config_call_context(const struct bs_config *cfg,
						     const char *call, unsigned arg)
{
	return call_rule(cfg, call, arg, 0, NULL);
}

const struct bs_context_rule *bs_config_object_context(const struct bs_config *cfg,
						       const char *call, unsigned arg,
						       const char *through)
{
	return call_rule(cfg, call, arg, 1, through);
}

const struct bs_context_rule *bs_config_root_context(const struct bs_config *cfg,
						     const char *key)
{
	for (unsigned i = cfg->contexts.n; i-- > 0;) {
		const struct bs_context_rule *r = &cfg->contexts.v[i];

		if (r->root && !strcmp(r->root, key))
			return r;
	}
	return NULL;
}

const struct bs_subdir_rule *bs_config_subdir(const struct bs_config *cfg, const char *call)
{
	for (unsigned i = cfg->subdirs.n; i-- > 0;)
		if (!strcmp(cfg->subdirs.v[i].call, call))
			return &cfg->subdirs.v[i];
	return NULL;
}

const struct bs_stop_rule *bs_config_stop(const struct bs_config *cfg, const char *call)
{
	for (unsigned i = cfg->stops.n; i-- > 0;)
		if (!strcmp(cfg->stops.v[i].call, call))
			return &cfg->stops.v[i];
	return NULL;
}

const struct bs_queue_rule *bs_config_queue(const struct bs_config *cfg, const char *call)
{
	for (unsigned i = cfg->queues.n; i-- > 0;)
		if (!strcmp(cfg->queues.v[i].call, call))
			return &cfg->queues.v[i];
	return NULL;
}

const struct bs_dispatch_rule *bs_config_dispatch(const struct bs_config *cfg, const char *call)
{
	for (unsigned i = cfg->dispatch.n; i-- > 0;)
		if (!strcmp(cfg->dispatch.v[i].call, call))
			return &cfg->dispatch.v[i];
	return NULL;
}

int bs_config_is_irq_free(const struct bs_config *cfg, const char *name)
{
	return in_list(cfg->irq_free.v, cfg->irq_free.n, name);
}

int bs_config_is_sched_stop(const struct bs_config *cfg, const char *name)
{
	return in_list(cfg->sched_stop.v, cfg->sched_stop.n, name);
}

int bs_config_is_wq_destroy(const struct bs_config *cfg, const char *name)
{
	return in_list(cfg->wq_destroy.v, cfg->wq_destroy.n, name);
}

int bs_config_is_wq_flush(const struct bs_config *cfg, const char *name)
{
	return in_list(cfg->wq_flush.v, cfg->wq_flush.n, name);
}

int bs_config_is_kthread_stop(const struct bs_config *cfg, const char *name)
{
	return in_list(cfg->kthread_stop.v, cfg->kthread_stop.n, name);
}

int bs_config_is_vblank_shutdown(const struct bs_config *cfg, const char *name)
{
	return in_list(cfg->vblank_shutdown.v, cfg->vblank_shutdown.n, name);
}

int bs_config_is_vblank_off(const struct bs_config *cfg, const char *name)
{
	return in_list(cfg->vblank_off.v, cfg->vblank_off.n, name);
}

int bs_config_is_vblank_on(const struct bs_config *cfg, const char *name)
{
	return in_list(cfg->vblank_on.v, cfg->vblank_on.n, name);
}

int bs_config_is_vblank_reset(const struct bs_config *cfg, const char *name)
{
	return in_list(cfg->vblank_reset.v, cfg->vblank_reset.n, name);
}

int bs_config_is_fence_signal(const struct bs_config *cfg, const char *name)
{
	return in_list(cfg->fence_signal.v, cfg->fence_signal.n, name);
}

const struct bs_fence_kill *bs_config_fence_kill(const struct bs_config *cfg, const char *obj)
{
	for (unsigned i = cfg->fence_kills.n; i-- > 0;)
		if (in_list(cfg->fence_kills.v[i].ops.v, cfg->fence_kills.v[i].ops.n, obj))
			return &cfg->fence_kills.v[i];
	return NULL;
}

int bs_config_is_unregister(const struct bs_config *cfg, enum bs_stopper stopper,
			    const char *name)
{
	return stopper < BS_NSTOPPERS &&
	       in_list(cfg->unregister[stopper].v, cfg->unregister[stopper].n, name);
}

int bs_config_is_card_free(const struct bs_config *cfg, const char *name)
{
	return in_list(cfg->card_free.v, cfg->card_free.n, name);
}

int bs_config_is_card_close(const struct bs_config *cfg, const char *rec, const char *field)
{
	size_t n = strlen(rec);

	for (unsigned i = 0; i < cfg->card_close.n; i++) {
		const char *s = cfg->card_close.v[i];

		if (!strncmp(s, rec, n) && s[n] == '.' && !strcmp(s + n + 1, field))
			return 1;
	}
	return 0;
}

int bs_config_is_owner_call(const struct bs_config *cfg, const char *name)
{
	return in_list(cfg->owner_calls.v, cfg->owner_calls.n, name);
}

int bs_config_is_owner_struct(const struct bs_config *cfg, const char *name)
{
	return in_list(cfg->owner_structs.v, cfg->owner_structs.n, name);
}

int bs_config_is_iomap(const struct bs_config *cfg, const char *name)
{
	return in_list(cfg->iomap.v, cfg->iomap.n, name);
}

int bs_config_in_unbind_path(const struct bs_config *cfg, const char *name)
{
	return in_list(cfg->unbind_path.v, cfg->unbind_path.n, name);
}

int bs_config_names_call(const struct bs_config *cfg, const char *name)
{
	for (unsigned i = 0; i < cfg->contexts.n; i++)
		if (cfg->contexts.v[i].call && !strcmp(cfg->contexts.v[i].call, name))
			return 1;
	return bs_config_accessor(cfg, name) || bs_config_handle(cfg, name) ||
	       bs_config_guard_enter(cfg, name) ||
	       bs_config_guard_exit(cfg, name) || bs_config_is_unplug(cfg, name) ||
	       bs_config_is_transparent(cfg, name) || bs_config_stop(cfg, name) ||
	       bs_config_queue(cfg, name) || bs_config_dispatch(cfg, name) ||
	       bs_config_is_irq_free(cfg, name) ||
	       bs_config_is_sched_stop(cfg, name) || bs_config_is_wq_destroy(cfg, name) ||
	       bs_config_is_wq_flush(cfg, name) ||
	       bs_config_is_kthread_stop(cfg, name) || bs_config_is_card_free(cfg, name) ||
	       bs_config_is_unregister(cfg, BS_STOP_HWMON, name) ||
	       bs_config_is_unregister(cfg, BS_STOP_BACKLIGHT, name) ||
	       bs_config_is_unregister(cfg, BS_STOP_MODE_CONFIG, name) ||
	       bs_config_is_unregister(cfg, BS_STOP_I2C, name) ||
	       bs_config_is_vblank_shutdown(cfg, name) || bs_config_is_vblank_off(cfg, name) ||
	       bs_config_is_vblank_on(cfg, name) || bs_config_is_vblank_reset(cfg, name) ||
	       bs_config_is_fence_signal(cfg, name) ||
	       bs_config_is_iomap(cfg, name) ||
	       bs_config_is_owner_call(cfg, name) || bs_config_in_unbind_path(cfg, name);
}

const char *bs_context_name(enum bs_context ctx)
{
	switch (ctx) {
	case BS_CTX_BOUND:
		return "bound";
	case BS_CTX_UNBIND:
		return "unbind";
	case BS_CTX_AFTER_UNBIND:
		return "after-unbind";
	default:
		return "none";
	}
}

uint64_t bs_config_lowering_hash(const struct bs_config *cfg)
{
	(void)cfg;	/* the front end consults no table yet: facts are raw */
	return bs_hash_str(BS_HASH_INIT, "boundscope-lowering-1");
}
