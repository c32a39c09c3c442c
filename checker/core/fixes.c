// SPDX-License-Identifier: GPL-2.0
#include "fixes.h"
#include "config.h"
#include "report.h"
#include "rules.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

/* The order of edits at one offset: the guard's enter before an exit at the same line. */
enum { ORD_DECL, ORD_BRACE_OPEN, ORD_ENTER, ORD_EXIT, ORD_BRACE_CLOSE };

static void edit(struct bs_fix *fx, int64_t offset, int order, char *text)
{
	struct bs_edit e = { offset, 0, order, text };

	bs_vec_push(&fx->edits, e);
}

/* No fix: drops the edits planned so far. */
static struct bs_fix *refuse(struct bs_fix *fx, char *why)
{
	for (unsigned i = 0; i < fx->edits.n; i++)
		free(fx->edits.v[i].text);
	fx->edits.n = 0;
	free(fx->why);
	fx->why = why;
	return fx;
}

static const char *str(const struct bs_tu *tu, bs_sym s)
{
	return s ? bs_str(tu->strs, s) : "";
}

/* The guard a fix takes: the last with an exit whose enter takes (device, cookie). */
static const struct bs_guard *fix_guard(const struct bs_config *cfg)
{
	for (unsigned i = cfg->guards.n; i-- > 0;) {
		const struct bs_guard *g = &cfg->guards.v[i];

		if (g->enter && g->exit && g->enter_cookie_arg <= 1 && g->exit_cookie_arg == 0)
			return g;
	}
	return NULL;
}

/* The early return for a '|'-separated list of type names, outermost first; NULL if none. */
static const struct bs_early_return *early_return(const struct bs_config *cfg, const char *rtype)
{
	while (*rtype) {
		size_t n = strcspn(rtype, "|");

		for (unsigned i = cfg->early_returns.n; i-- > 0;) {
			const struct bs_early_return *r = &cfg->early_returns.v[i];

			if (strlen(r->type) == n && !strncmp(r->type, rtype, n))
				return r;
		}
		rtype += n + (rtype[n] == '|');
	}
	return NULL;
}

static bool loc_before(struct bs_loc a, struct bs_loc b)
{
	return a.line < b.line || (a.line == b.line && a.col < b.col);
}

/* The exit before return r. */
static void exit_at_return(struct bs_fix *fx, const struct bs_tu *tu,
			   const struct bs_fix_return *r, const char *call)
{
	if (r->brace_open >= 0) {
		if (r->at_line_start) {
			edit(fx, r->brace_open, ORD_BRACE_OPEN, bs_xstrdup(" {"));
			edit(fx, r->at, ORD_EXIT, bs_xasprintf("%s%s\n", str(tu, r->indent), call));
			edit(fx, r->brace_close, ORD_BRACE_CLOSE,
			     bs_xasprintf("\n%s}%s", str(tu, r->brace_indent),
					  r->brace_close_len ? " " : ""));
			fx->edits.v[fx->edits.n - 1].length = r->brace_close_len;
		} else {
			edit(fx, r->at, ORD_EXIT, bs_xasprintf("{ %s ", call));
			edit(fx, r->brace_close, ORD_BRACE_CLOSE,
			     bs_xstrdup(r->brace_close_len ? " } " : " }"));
			fx->edits.v[fx->edits.n - 1].length = r->brace_close_len;
		}
	} else if (r->at_line_start) {
		edit(fx, r->at, ORD_EXIT, bs_xasprintf("%s%s\n", str(tu, r->indent), call));
	} else {
		edit(fx, r->at, ORD_EXIT, bs_xasprintf("%s ", call));
	}
}

static struct bs_fix *refuse_return(struct bs_fix *fx, const struct bs_tu *tu,
				    const struct bs_fix_return *r)
{
	return refuse(fx, bs_xasprintf("no exit can go before the return at line %u: %s",
				       r->loc.line, str(tu, r->why)));
}

static struct bs_fix *plan_unguarded(struct bs_fix *fx, const struct bs_tu *tu,
				     const struct bs_config *cfg, const struct bs_finding *fd,
				     const struct bs_func *f)
{
	const struct bs_fix_anchors *a = &f->fix;
	const struct bs_guard *g = fix_guard(cfg);
	const struct bs_early_return *er;
	const char *cookie = str(tu, a->cookie), *ind = str(tu, a->indent);
	char *args, *call;

	if (!g)
		return refuse(fx, bs_xstrdup("the configuration has no guard whose enter takes "
					     "the device and the cookie and whose exit takes "
					     "the cookie"));
	if (a->why)
		return refuse(fx, bs_xstrdup(str(tu, a->why)));
	if (fd->reaches_unplug)
		return refuse(fx, bs_xasprintf("'%s' reaches '%s', which waits for every held guard: "
					       "a guard around its body would deadlock; guard the "
					       "accesses before the unplug instead", fd->func,
					       cfg->unplug.n ? cfg->unplug.v[0] : "drm_dev_unplug"));
	if (!a->device)
		return refuse(fx, bs_xasprintf("no 'struct drm_device' is reachable in '%s' from a "
					       "parameter or a local of its body to take the "
					       "guard with", fd->func));
	er = early_return(cfg, str(tu, a->rtype));
	if (!er) {
		const char *canon = strrchr(str(tu, a->rtype), '|');

		return refuse(fx, bs_xasprintf("no early return is known for the return type '%s' "
					       "of '%s' (early_returns in the guard configuration)",
					       canon ? canon + 1 : str(tu, a->rtype), fd->func));
	}
	if (fd->loc.file != a->enter_loc.file || loc_before(fd->loc, a->enter_loc))
		return refuse(fx, bs_xasprintf("the unguarded access comes before the first "
					       "statement after the declarations (line %u), where "
					       "the guard would go", a->enter_loc.line));
	edit(fx, a->open, ORD_DECL, bs_xasprintf("\n%sint %s;%s", ind, cookie,
					a->enter_at <= a->open + 1 ? "\n" : ""));
	args = g->enter_cookie_arg == 1 ? bs_xasprintf("%s, &%s", str(tu, a->device), cookie) :
					  bs_xasprintf("&%s, %s", cookie, str(tu, a->device));
	edit(fx, a->enter_at, ORD_ENTER, bs_xasprintf("%sif (%s%s(%s))\n%s\treturn%s%s;\n", ind,
					     g->success_nonzero ? "!" : "", g->enter, args, ind,
					     er->value ? " " : "", er->value ? er->value : ""));
	free(args);
	call = bs_xasprintf("%s(%s);", g->exit, cookie);
	for (unsigned i = 0; i < a->returns.n; i++) {
		const struct bs_fix_return *r = &a->returns.v[i];

		if (loc_before(r->loc, a->enter_loc))
			continue;	/* before the guard: nothing to release */
		if (r->why) {
			free(call);
			return refuse_return(fx, tu, r);
		}
		exit_at_return(fx, tu, r, call);
	}
	if (a->falls_off) {
		if (a->end_at < 0) {
			free(call);
			return refuse(fx, bs_xstrdup("the body's closing brace does not start its "
						     "line, where the exit at its end would go"));
		}
		edit(fx, a->end_at, ORD_EXIT, bs_xasprintf("%s%s\n", ind, call));
	}
	free(call);
	return fx;
}

/* The cookie the guard's enter at @loc took, as the text of a variable or member. */
static char *enter_cookie(const struct bs_tu *tu, const struct bs_config *cfg,
			  const struct bs_func *f, struct bs_loc loc, const struct bs_guard **gp)
{
	for (unsigned i = 0; i < f->events.n; i++) {
		const struct bs_event *ev = &f->events.v[i];
		const struct bs_guard *g;
		const struct bs_arg *arg;
		const char *atom;

		if (ev->loc.file != loc.file || ev->loc.line != loc.line ||
		    ev->loc.col != loc.col || !ev->callee ||
		    !(g = bs_config_guard_enter(cfg, str(tu, ev->callee))) || !g->exit)
			continue;
		arg = bs_event_arg(f, ev, g->enter_cookie_arg);
		if (!arg || !arg->atom)
			return NULL;
		atom = str(tu, arg->atom);
		*gp = g;
		/* a local's atom is "name#id"; a member chain's is its text */
		return bs_xasprintf("%.*s", (int)strcspn(atom, "#"), atom);
	}
	return NULL;
}

static struct bs_fix *plan_leak(struct bs_fix *fx, const struct bs_tu *tu,
				const struct bs_config *cfg, const struct bs_finding *fd,
				const struct bs_func *f)
{
	const struct bs_fix_anchors *a = &f->fix;
	const struct bs_guard *g = NULL;
	char *cookie = fd->notes.n ? enter_cookie(tu, cfg, f, fd->notes.v[0].loc, &g) : NULL;
	char *call;

	if (!cookie)
		return refuse(fx, bs_xstrdup("the cookie the guard's enter took is not a variable "
					     "or a member to release"));
	if (g->exit_cookie_arg != 0) {
		free(cookie);
		return refuse(fx, bs_xasprintf("the guard's exit '%s' takes more than the cookie",
					       g->exit));
	}
	call = bs_xasprintf("%s(%s);", g->exit, cookie);
	free(cookie);
	if (fd->m.kind == BS_MSG_LEAK_AT_END) {
		if (a->end_at < 0) {
			free(call);
			return refuse(fx, bs_xstrdup("the body's closing brace does not start its "
						     "line, where the exit would go"));
		}
		edit(fx, a->end_at, ORD_EXIT, bs_xasprintf("%s%s\n", str(tu, a->indent), call));
		free(call);
		return fx;
	}
	for (unsigned i = 0; i < a->returns.n; i++) {
		const struct bs_fix_return *r = &a->returns.v[i];

		if (r->loc.file != fd->loc.file || r->loc.line != fd->loc.line ||
		    r->loc.col != fd->loc.col)
			continue;
		if (r->why) {
			free(call);
			return refuse_return(fx, tu, r);
		}
		exit_at_return(fx, tu, r, call);
		free(call);
		return fx;
	}
	free(call);
	return refuse(fx, bs_xstrdup("the leaking return is not one the front end recorded"));
}

struct bs_fix *bs_fix_plan(const struct bs_tu *tu, const struct bs_config *cfg,
			   const struct bs_finding *fd, int func)
{
	const struct bs_rule *rule = bs_rule_find(fd->rule);
	const struct bs_func *f = func >= 0 ? tu->funcs.v[func] : NULL;
	struct bs_fix *fx;

	if (!rule || !(rule->flags & BS_RULE_FIX))
		return NULL;
	fx = bs_xcalloc(1, sizeof(*fx));
	if (!f || !f->fix.present || !f->fix.file)
		return refuse(fx, bs_xstrdup("the facts hold no fix anchors for the function (not "
					     "a driver function, or its body is not in a file)"));
	fx->file = bs_xstrdup(str(tu, f->fix.file));
	if (!strcmp(fd->rule, BS_RULE_ID(unguarded_access)))
		return plan_unguarded(fx, tu, cfg, fd, f);
	if (!strcmp(fd->rule, BS_RULE_ID(guard_leak)))
		return plan_leak(fx, tu, cfg, fd, f);
	return refuse(fx, bs_xstrdup("no fix is planned for this rule"));
}

void bs_fix_free(struct bs_fix *fix)
{
	if (!fix)
		return;
	for (unsigned i = 0; i < fix->edits.n; i++)
		free(fix->edits.v[i].text);
	bs_vec_free(&fix->edits);
	free(fix->file);
	free(fix->why);
	free(fix);
}
