// SPDX-License-Identifier: GPL-2.0
#include "context.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * Element n of a '|'-separated list of value keys (bs_reg.argv), splitting only outside the
 * parentheses of a call's key; "" if there is none. Returns whether there is one.
 */
static int key_at(const char *list, unsigned n, char *buf, size_t len)
{
	unsigned depth = 0;
	size_t k = 0;

	for (const char *p = list; *p; p++) {
		if (*p == '|' && !depth) {
			if (!n)
				break;
			n--;
			continue;
		}
		depth += *p == '(';
		depth -= *p == ')' && depth;
		if (!n && k + 1 < len)
			buf[k++] = *p;
	}
	buf[n ? 0 : k] = 0;
	return !n;
}

/* A callback parameter ("param:func:N"): the root rule of a field func is stored in. */
static const struct bs_context_rule *param_rule(const struct bs_tu *tu, const struct bs_config *cfg,
						unsigned unit, const char *key)
{
	const char *colon = strrchr(key, ':');
	char buf[512];

	for (unsigned i = 0; colon && i < tu->regs.n; i++) {
		const struct bs_reg *r = &tu->regs.v[i];
		const char *fn = r->func ? bs_str(tu->strs, r->func) : "";
		const struct bs_context_rule *rule;

		if (r->kind != BS_REG_FIELD || r->unit != unit || strlen(fn) != (size_t)(colon - key) ||
		    strncmp(fn, key, strlen(fn)))
			continue;
		snprintf(buf, sizeof(buf), "%s::%s(%s)", bs_str(tu->strs, r->rec),
			 bs_str(tu->strs, r->field), colon + 1);
		rule = bs_config_root_context(cfg, buf);
		if (rule)
			return rule;
	}
	return NULL;
}

/* Is PASS registration p a call of the function name means in unit (a static one there, else
 * an external one of the same module)? */
static int passes_to(const struct bs_tu *tu, const struct bs_reg *p, unsigned unit,
		     const char *name, int is_static)
{
	return p->kind == BS_REG_PASS && p->callee && !strcmp(bs_str(tu->strs, p->callee), name) &&
	       (is_static ? p->unit == unit : tu->units.v[p->unit].module == tu->units.v[unit].module);
}

/* Is the driver function name, as unit sees it, a static one? -1 if the code has none, or
 * not every call of it can be seen: an external one when the module is not all here, or one
 * whose address is stored or handed to a call. */
static int static_in(const struct bs_tu *tu, unsigned unit, const char *name)
{
	int found = -1;

	for (unsigned fi = 0; fi < tu->funcs.n; fi++) {
		const struct bs_func *f = tu->funcs.v[fi];

		if (f->clone_of || strcmp(bs_str(tu->strs, f->name), name))
			continue;
		if (f->is_static && f->unit == unit)
			found = 1;
		else if (!f->is_static && tu->whole_module && found < 0)
			found = 0;
	}
	/* its address stored or handed on: calls through that are not seen */
	for (unsigned i = 0; found >= 0 && i < tu->regs.n; i++) {
		const struct bs_reg *r = &tu->regs.v[i];

		if ((r->kind == BS_REG_FIELD || r->kind == BS_REG_CALLARG) && r->func &&
		    !strcmp(bs_str(tu->strs, r->func), name) && (!found || r->unit == unit))
			return -1;
	}
	return found;
}

static const struct bs_context_rule *root_rule_at(const struct bs_tu *tu,
						  const struct bs_config *cfg, unsigned unit,
						  const char *key, int budget);

/*
 * A plain function's parameter ("func:N"): the root rule of the directories its callers pass
 * there (PASS registrations). Every caller must name one; the latest context among them
 * decides. NULL if a caller passes an unknown directory, or none is seen.
 */
static const struct bs_context_rule *pass_rule(const struct bs_tu *tu, const struct bs_config *cfg,
					       unsigned unit, const char *key, int budget)
{
	const char *colon = strrchr(key, ':');
	const struct bs_context_rule *best = NULL;
	char name[128], arg[512];
	int is_static;

	if (!colon || colon - key >= (long)sizeof(name) || budget <= 0)
		return NULL;
	snprintf(name, sizeof(name), "%.*s", (int)(colon - key), key);
	if ((is_static = static_in(tu, unit, name)) < 0)
		return NULL;
	for (unsigned i = 0; i < tu->regs.n; i++) {
		const struct bs_reg *p = &tu->regs.v[i];
		const struct bs_context_rule *r;

		if (!passes_to(tu, p, unit, name, is_static) || p->obj)
			continue;
		key_at(p->argv ? bs_str(tu->strs, p->argv) : "", (unsigned)atoi(colon + 1), arg,
		       sizeof(arg));
		r = root_rule_at(tu, cfg, p->unit, arg, budget - 1);
		if (!r)
			return NULL;
		if (!best || r->context > best->context)
			best = r;
	}
	return best;
}

/*
 * The root rule for a directory's value key, through the calls that create a directory below
 * another (debugfs_create_dir(name, parent)), the callback parameters a root is handed in and
 * the driver functions a root is passed to (budget: how many of those it follows).
 */
static const struct bs_context_rule *root_rule(const struct bs_tu *tu, const struct bs_config *cfg,
					       unsigned unit, const char *key)
{
	return root_rule_at(tu, cfg, unit, key, 4);
}

static const struct bs_context_rule *root_rule_at(const struct bs_tu *tu,
						  const struct bs_config *cfg, unsigned unit,
						  const char *key, int budget)
{
	char cur[512], name[128], args[512];

	snprintf(cur, sizeof(cur), "%s", key);
	for (int depth = 0; depth < 8 && *cur; depth++) {
		const struct bs_context_rule *r = bs_config_root_context(cfg, cur);
		const struct bs_subdir_rule *sub;
		const char *open = strchr(cur, '(');
		size_t n = strlen(cur);

		if (r)
			return r;
		if (!strncmp(cur, "param:", 6)) {
			r = param_rule(tu, cfg, unit, cur + 6);
			return r ? r : pass_rule(tu, cfg, unit, cur + 6, budget);
		}
		if (!open || cur[n - 1] != ')')
			return NULL;
		snprintf(name, sizeof(name), "%.*s", (int)(open - cur), cur);
		sub = bs_config_subdir(cfg, name);
		if (!sub)
			return NULL;
		snprintf(args, sizeof(args), "%.*s", (int)(cur + n - 1 - (open + 1)), open + 1);
		key_at(args, sub->arg, cur, sizeof(cur));
	}
	return NULL;
}

/* What one object registration gives its callbacks: by the directory, if the table asks. */
static const struct bs_context_rule *objarg_rule(const struct bs_tu *tu, const struct bs_config *cfg,
						 const struct bs_reg *o)
{
	/* an object reached through a field of the one passed names that field (hwmon chip's ops) */
	const struct bs_context_rule *r = bs_config_object_context(cfg, bs_str(tu->strs, o->callee),
								  o->arg, o->field ? bs_str(tu->strs, o->field) : NULL);
	const struct bs_context_rule *under;
	char key[512];

	if (!r || r->root_arg < 0)
		return r;
	key_at(o->argv ? bs_str(tu->strs, o->argv) : "", (unsigned)r->root_arg, key, sizeof(key));
	under = root_rule(tu, cfg, o->unit, key);
	return under ? under : r;
}

/* Does unit u hold the initializer of the global obj (a FIELD registration into it)? */
static int defines(const struct bs_tu *tu, unsigned u, bs_sym obj)
{
	for (unsigned i = 0; i < tu->regs.n; i++)
		if (tu->regs.v[i].kind == BS_REG_FIELD && tu->regs.v[i].unit == u &&
		    tu->regs.v[i].obj == obj)
			return 1;
	return 0;
}

/*
 * Is o, made in another unit, a registration of the global the FIELD registration field was
 * made into? Only when the two units are of one module, o's unit does not define a global of
 * that name (so it names one defined elsewhere: an extern fops, amdgpu_ras.c handing over
 * amdgpu_ras_eeprom.c's table) and no other unit of the module defines one (a static of the
 * same name elsewhere would make it ambiguous).
 */
static int same_global(const struct bs_tu *tu, const struct bs_reg *o, const struct bs_reg *field)
{
	bs_sym module = tu->units.v[field->unit].module;

	if (o->unit == field->unit)
		return 1;
	if (tu->units.v[o->unit].module != module || defines(tu, o->unit, o->obj))
		return 0;
	for (unsigned u = 0; u < tu->units.n; u++)
		if (u != field->unit && tu->units.v[u].module == module && defines(tu, u, o->obj))
			return 0;
	return 1;
}

/*
 * The object rule for a global a FIELD registration was made into, if any: of all the calls
 * the object is handed to, the one that lets its callbacks run latest decides.
 */
static const struct bs_context_rule *object_rule(const struct bs_tu *tu, const struct bs_config *cfg,
						 const struct bs_reg *field, int *decided)
{
	const struct bs_context_rule *best = NULL;

	for (unsigned i = 0; field->obj && i < tu->regs.n; i++) {
		const struct bs_reg *o = &tu->regs.v[i];
		const struct bs_context_rule *r;

		if (o->kind != BS_REG_OBJARG || o->obj != field->obj || !same_global(tu, o, field))
			continue;
		r = objarg_rule(tu, cfg, o);
		if (r && (!best || r->context > best->context)) {
			best = r;
			*decided = (int)i;
		}
	}
	return best;
}

static const struct bs_context_rule *rule_for(const struct bs_tu *tu, const struct bs_config *cfg,
					      const struct bs_reg *r, int *objreg)
{
	const struct bs_context_rule *obj, *field;

	switch (r->kind) {
	case BS_REG_FIELD:
		field = bs_config_field_context(cfg, bs_str(tu->strs, r->rec), bs_str(tu->strs, r->field));
		/* an exact field says when the core calls it at all, whoever has the table */
		if (field && strcmp(field->field, "*"))
			return field;
		obj = object_rule(tu, cfg, r, objreg);
		return obj ? obj : field;
	case BS_REG_CALLARG:
		return bs_config_call_context(cfg, bs_str(tu->strs, r->callee), r->arg);
	default:
		return NULL;
	}
}

void bs_classify_entries(const struct bs_tu *tu, const struct bs_config *cfg,
			 const struct bs_callgraph *cg, struct bs_entry *entries)
{
	static const struct bs_site none = { -1, -1 };

	for (unsigned i = 0; i < tu->funcs.n; i++)
		entries[i] = (struct bs_entry){ .context = BS_CTX_NONE, .reg = -1, .objreg = -1,
						.stopped_by = BS_STOP_NONE, .queued = none,
						.stop = none, .requeue = none, .iomap = none,
						.checked_after = -1, .vblank_not_off = -1,
						.fence_kill_unmet = -1 };
	for (unsigned ri = 0; ri < tu->regs.n; ri++) {
		const struct bs_reg *r = &tu->regs.v[ri];
		const struct bs_context_rule *rule;
		int fi = r->func ? bs_callgraph_func(cg, r->unit, r->func) : -1, objreg = -1;
		struct bs_entry *e;

		if (fi < 0 || !(rule = rule_for(tu, cfg, r, &objreg)))
			continue;
		e = &entries[fi];
		/* after-unbind wins; among equals the first registration in the file names it */
		if (rule->context > e->context) {
			e->context = rule->context;
			e->kind = rule->kind;
			e->reg = ri;
			e->objreg = objreg;
			e->stopped_by = rule->stopped_by;
		}
	}
}

struct derive {
	struct bs_tu *tu;
	struct bs_reg reg;
};

static void derive_one(unsigned func, void *ctx)
{
	struct derive *d = ctx;

	d->reg.func = d->tu->funcs.v[func]->name;
	bs_vec_push(&d->tu->regs, d->reg);
}

/*
 * The values of a call made inside func (argv), as one caller of func sees them: each value
 * "param:func:N" becomes what that caller passes as argument N (its argv, pass).
 */
static void substitute(const char *argv, const char *func, const char *pass, char *out,
		       size_t len)
{
	char elem[512], with[512];
	size_t k = 0, plen = strlen(func);

	out[0] = 0;
	for (unsigned i = 0; key_at(argv, i, elem, sizeof(elem)); i++) {
		const char *v = elem;
		size_t m;

		if (!strncmp(elem, "param:", 6) && !strncmp(elem + 6, func, plen) &&
		    elem[6 + plen] == ':') {
			key_at(pass, (unsigned)atoi(elem + 7 + plen), with, sizeof(with));
			v = with;
		}
		m = strlen(v);
		if (k + m + 2 > len)
			break;
		if (i)
			out[k++] = '|';
		memcpy(out + k, v, m + 1);
		k += m;
	}
}

/*
 * An object handed to a call as a field of a table the calling function was given ("param:
 * func:N" with that field: files->fops in a helper that creates a file per table element):
 * one registration of each object the tables its callers pass there hold in that field, with
 * the call's values as that caller makes them (its directory, for the root rule).
 */
static void derive_table_objects(struct bs_tu *tu)
{
	unsigned nregs = tu->regs.n;

	for (unsigned i = 0; i < nregs; i++) {
		const struct bs_reg o = tu->regs.v[i];
		const char *key = o.obj ? bs_str(tu->strs, o.obj) : "";
		const char *colon = strrchr(key, ':');
		char func[128];
		int is_static;

		if (o.kind != BS_REG_OBJARG || !o.field || strncmp(key, "param:", 6) || !colon ||
		    colon - key - 6 >= (long)sizeof(func))
			continue;
		snprintf(func, sizeof(func), "%.*s", (int)(colon - key - 6), key + 6);
		if ((is_static = static_in(tu, o.unit, func)) < 0)
			continue;
		for (unsigned j = 0; j < nregs; j++) {
			const struct bs_reg p = tu->regs.v[j];
			struct bs_reg d = { .kind = BS_REG_OBJARG, .unit = p.unit, .obj = p.obj,
					    .callee = o.callee, .arg = o.arg, .loc = o.loc };
			char argv[1024];

			if (!passes_to(tu, &p, o.unit, func, is_static) || !p.obj ||
			    p.arg != (unsigned)atoi(colon + 1) || p.field != o.field)
				continue;
			substitute(o.argv ? bs_str(tu->strs, o.argv) : "", func,
				   p.argv ? bs_str(tu->strs, p.argv) : "", argv, sizeof(argv));
			d.argv = bs_intern(tu->strs, argv);
			bs_vec_push(&tu->regs, d);
		}
	}
}

void bs_derive_registrations(struct bs_tu *tu, const struct bs_config *cfg,
			     const struct bs_callgraph *cg)
{
	unsigned nfuncs = tu->funcs.n;

	derive_table_objects(tu);
	for (unsigned fi = 0; fi < nfuncs; fi++) {
		const struct bs_func *f = tu->funcs.v[fi];

		for (unsigned ei = 0; ei < f->events.n; ei++) {
			const struct bs_event *ev = &f->events.v[ei];
			const char *callee;

			if (ev->kind != BS_EV_CALL || ev->via != BS_VIA_DIRECT || !ev->callee)
				continue;
			callee = bs_str(tu->strs, ev->callee);
			for (unsigned i = 0; i < ev->nargs; i++) {
				const struct bs_arg *x = bs_event_arg(f, ev, i);
				const struct bs_arg *first = bs_event_arg(f, ev, 0);
				struct derive d = { tu, { .kind = BS_REG_CALLARG, .unit = f->unit,
							  .callee = ev->callee, .arg = i,
							  .loc = ev->loc } };

				/* a function named directly is a raw registration already */
				if (x->func || !x->fnptr || !bs_config_call_context(cfg, callee, i))
					continue;
				d.reg.obj = i && first ? first->obj : 0;
				bs_callgraph_arg_funcs(cg, fi, x, derive_one, &d);
			}
		}
	}
}
