// SPDX-License-Identifier: GPL-2.0
#include "fixes.h"
#include "config.h"
#include "messages.h"
#include "report.h"
#include "rules.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The order of edits at one offset: the guard's enter before an exit at the same line. */
enum { ORD_DECL, ORD_BRACE_OPEN, ORD_ENTER, ORD_EXIT, ORD_BRACE_CLOSE };

int bs_edit_cmp(const void *a, const void *b)
{
	const struct bs_edit *x = a, *y = b;

	if (x->offset != y->offset)
		return x->offset < y->offset ? -1 : 1;
	if (x->order != y->order)
		return x->order - y->order;
	if (x->length != y->length)
		return x->length < y->length ? -1 : 1;
	return strcmp(x->text, y->text);
}

static void edit(struct bs_fix *fx, int64_t offset, int order, char *text)
{
	struct bs_edit e = { offset, 0, order, text };

	bs_vec_push(&fx->edits, e);
}

/* No fix: drops the edits planned so far; why is a "fix.*" kind and its arguments. */
static struct bs_fix *refuse(struct bs_fix *fx, enum bs_msg kind, const struct bs_msg_arg *args)
{
	struct bs_message m = { kind, 0, { { 0 } } };

	for (unsigned i = 0; i < fx->edits.n; i++)
		free(fx->edits.v[i].text);
	fx->edits.n = 0;
	for (; args && args->role != BS_ROLE_END && m.nargs < BS_MAX_ARGS; args++)
		m.args[m.nargs++] = *args;
	free(fx->why);
	fx->why = bs_msg_render(&m, 0);
	fx->why_kind = kind;
	return fx;
}

static const char *line_str(unsigned line)
{
	static char buf[16];

	snprintf(buf, sizeof(buf), "%u", line);
	return buf;
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

/*
 * A front end's reason (a "fix.*" id in the facts) as its kind; unknown ids say so. Every
 * front-end kind takes the same arguments: the function, and the line of the return it is
 * about (0 for the function's own reasons).
 */
static struct bs_fix *refuse_front_end(struct bs_fix *fx, const char *id, const char *func,
				       unsigned line)
{
	int kind = bs_msg_kind(id);

	if (kind < 0 || strncmp(id, "fix.", 4))
		return refuse(fx, BS_MSG_FIX_UNKNOWN_REASON, BS_ARGS(BS_TEXT(id)));
	return refuse(fx, kind, BS_ARGS(BS_FUNC(func), BS_COUNT(line_str(line))));
}

/* The return type's spelling for a declaration: its outermost name. */
static char *decl_type(const char *rtype)
{
	return bs_xasprintf("%.*s", (int)strcspn(rtype, "|"), rtype);
}

/* The canonical spelling of a return type: the last of its '|'-separated names. */
static const char *canonical(const char *rtype)
{
	const char *canon = strrchr(rtype, '|');

	return canon ? canon + 1 : rtype;
}

static bool returns_void(const char *rtype)
{
	return !strcmp(canonical(rtype), "void");
}

/*
 * The exit before return r. A value that calls a function is computed first, into retvar
 * (NULL: a void function, the call becomes a statement of its own, and a plain return
 * follows unless r ends the body).
 */
static void exit_at_return(struct bs_fix *fx, const struct bs_tu *tu,
			   const struct bs_fix_return *r, const char *call, const char *retvar,
			   bool ends_body)
{
	const char *ind = str(tu, r->indent);
	bool braces = r->brace_open >= 0, via = r->value_at >= 0;

	if (braces && r->at_line_start)
		edit(fx, r->brace_open, ORD_BRACE_OPEN, bs_xstrdup(" {"));
	if (via) {
		char *tail = retvar ? bs_xasprintf("return %s;", retvar) :
			     bs_xstrdup(ends_body && r->at_line_start && !braces ? "" : "return;");

		edit(fx, r->kw, ORD_EXIT, retvar ? bs_xasprintf("%s%s = ",
								 braces && !r->at_line_start ?
								 "{ " : "", retvar) :
			     bs_xstrdup(braces && !r->at_line_start ? "{ " : ""));
		fx->edits.v[fx->edits.n - 1].length = r->value_at - r->kw;
		edit(fx, r->after, ORD_EXIT, !*tail ? bs_xasprintf("\n%s%s", ind, call) :
		     r->at_line_start ? bs_xasprintf("\n%s%s\n%s%s", ind, call, ind, tail) :
		     bs_xasprintf(" %s %s", call, tail));
		free(tail);
	} else if (r->at_line_start) {
		edit(fx, r->at, ORD_EXIT, bs_xasprintf("%s%s\n", ind, call));
	} else {
		edit(fx, r->at, ORD_EXIT, bs_xasprintf("%s%s ", braces ? "{ " : "", call));
	}
	if (braces) {
		edit(fx, r->after, ORD_BRACE_CLOSE, r->at_line_start ?
		     bs_xasprintf("\n%s}%s", str(tu, r->brace_indent),
				  r->brace_close_len ? " " : "") :
		     bs_xstrdup(r->brace_close_len ? " } " : " }"));
		fx->edits.v[fx->edits.n - 1].length = r->brace_close_len;
	}
}

/* Declares the variable a return's value goes through, when one needs it. */
static void declare_retvar(struct bs_fix *fx, const struct bs_tu *tu,
			   const struct bs_fix_anchors *a, bool needed, char **decl)
{
	char *type;

	if (!needed || a->retvar_declared || returns_void(str(tu, a->rtype)))
		return;
	type = decl_type(str(tu, a->rtype));
	*decl = bs_xasprintf("\n%s%s%s%s;", str(tu, a->indent), type,
			     type[strlen(type) - 1] == '*' ? "" : " ", str(tu, a->retvar));
	free(type);
}

static const char *retvar_of(const struct bs_tu *tu, const struct bs_fix_anchors *a)
{
	return returns_void(str(tu, a->rtype)) ? NULL : str(tu, a->retvar);
}

static struct bs_fix *plan_unguarded(struct bs_fix *fx, const struct bs_tu *tu,
				     const struct bs_config *cfg, const struct bs_finding *fd,
				     const struct bs_func *f)
{
	const struct bs_fix_anchors *a = &f->fix;
	const struct bs_guard *g = fix_guard(cfg);
	const struct bs_early_return *er;
	const char *cookie = str(tu, a->cookie), *ind = str(tu, a->indent);
	char *args, *call, *retdecl = NULL;
	bool via = false;

	if (!g)
		return refuse(fx, BS_MSG_FIX_NO_GUARD, BS_NOARGS);
	if (fd->reaches_unplug)
		return refuse(fx, BS_MSG_FIX_REACHES_UNPLUG,
			      BS_ARGS(BS_FUNC(fd->func), BS_UNPLUG(cfg->unplug.n ? cfg->unplug.v[0] :
								    "drm_dev_unplug")));
	if (!a->device)
		return refuse(fx, BS_MSG_FIX_NO_DEVICE, BS_ARGS(BS_FUNC(fd->func)));
	er = early_return(cfg, str(tu, a->rtype));
	if (!er)
		return refuse(fx, BS_MSG_FIX_NO_EARLY_RETURN,
			      BS_ARGS(BS_TEXT(canonical(str(tu, a->rtype))), BS_FUNC(fd->func)));
	if (fd->loc.file != a->enter_loc.file || loc_before(fd->loc, a->enter_loc))
		return refuse(fx, BS_MSG_FIX_ACCESS_BEFORE_GUARD,
			      BS_ARGS(BS_COUNT(line_str(a->enter_loc.line))));
	call = bs_xasprintf("%s(%s);", g->exit, cookie);
	for (unsigned i = 0; i < a->returns.n; i++) {
		const struct bs_fix_return *r = &a->returns.v[i];

		if (loc_before(r->loc, a->enter_loc))
			continue;	/* before the guard: nothing to release */
		if (r->why) {
			free(call);
			return refuse_front_end(fx, str(tu, r->why), fd->func, r->loc.line);
		}
		exit_at_return(fx, tu, r, call, retvar_of(tu, a),
			       !a->falls_off && i == a->returns.n - 1);
		via |= r->value_at >= 0;
	}
	if (a->falls_off) {
		if (a->end_at < 0) {
			free(call);
			return refuse(fx, BS_MSG_FIX_END_NOT_LINE_START, BS_ARGS(BS_FUNC(fd->func)));
		}
		edit(fx, a->end_at, ORD_EXIT, bs_xasprintf("%s%s\n", ind, call));
	}
	free(call);
	declare_retvar(fx, tu, a, via, &retdecl);
	edit(fx, a->open, ORD_DECL, bs_xasprintf("\n%sint %s;%s%s", ind, cookie,
					retdecl ? retdecl : "",
					a->enter_at <= a->open + 1 ? "\n" : ""));
	free(retdecl);
	args = g->enter_cookie_arg == 1 ? bs_xasprintf("%s, &%s", str(tu, a->device), cookie) :
					  bs_xasprintf("&%s, %s", cookie, str(tu, a->device));
	edit(fx, a->enter_at, ORD_ENTER, bs_xasprintf("%sif (%s%s(%s))\n%s\treturn%s%s;\n", ind,
					     g->success_nonzero ? "!" : "", g->enter, args, ind,
					     er->value ? " " : "", er->value ? er->value : ""));
	free(args);
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
		return refuse(fx, BS_MSG_FIX_COOKIE_NOT_NAMED, BS_NOARGS);
	if (g->exit_cookie_arg != 0) {
		free(cookie);
		return refuse(fx, BS_MSG_FIX_EXIT_TAKES_MORE, BS_ARGS(BS_GUARD(g->exit)));
	}
	call = bs_xasprintf("%s(%s);", g->exit, cookie);
	free(cookie);
	if (fd->m.kind == BS_MSG_LEAK_AT_END) {
		if (a->end_at < 0) {
			free(call);
			return refuse(fx, BS_MSG_FIX_END_NOT_LINE_START,
				      BS_ARGS(BS_FUNC(fd->func)));
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
			return refuse_front_end(fx, str(tu, r->why), fd->func, r->loc.line);
		}
		exit_at_return(fx, tu, r, call, retvar_of(tu, a),
			       !a->falls_off && i == a->returns.n - 1);
		free(call);
		if (r->value_at >= 0) {
			char *retdecl = NULL;

			declare_retvar(fx, tu, a, true, &retdecl);
			if (retdecl)
				edit(fx, a->open, ORD_DECL, retdecl);
		}
		return fx;
	}
	free(call);
	return refuse(fx, BS_MSG_FIX_RETURN_NOT_RECORDED, BS_NOARGS);
}

static struct bs_fix *plan(const struct bs_tu *tu, const struct bs_config *cfg,
			   const struct bs_finding *fd, int func)
{
	const struct bs_rule *rule = bs_rule_find(fd->rule);
	const struct bs_func *f = func >= 0 ? tu->funcs.v[func] : NULL;
	struct bs_fix *fx;

	if (!rule || !(rule->flags & BS_RULE_FIX))
		return NULL;
	fx = bs_xcalloc(1, sizeof(*fx));
	if (f && f->fix.present && f->fix.why)
		return refuse_front_end(fx, str(tu, f->fix.why), fd->func, 0);
	if (!f || !f->fix.present || !f->fix.file)
		return refuse(fx, BS_MSG_FIX_NO_ANCHORS, BS_ARGS(BS_FUNC(fd->func ? fd->func : "")));
	fx->file = bs_xstrdup(str(tu, f->fix.file));
	if (!strcmp(fd->rule, BS_RULE_ID(unguarded_access)))
		return plan_unguarded(fx, tu, cfg, fd, f);
	if (!strcmp(fd->rule, BS_RULE_ID(guard_leak)))
		return plan_leak(fx, tu, cfg, fd, f);
	return refuse(fx, BS_MSG_FIX_NOT_PLANNED, BS_NOARGS);
}

struct bs_fix *bs_fix_plan(const struct bs_tu *tu, const struct bs_config *cfg,
			   const struct bs_finding *fd, int func)
{
	struct bs_fix *fx = plan(tu, cfg, fd, func);

	if (fx)
		qsort(fx->edits.v, fx->edits.n, sizeof(*fx->edits.v), bs_edit_cmp);
	return fx;
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
