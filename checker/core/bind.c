// SPDX-License-Identifier: GPL-2.0
#include "bind.h"

#include <stdio.h>

/* The accessor a callee symbol names, looked up once per symbol. */
struct accessor_cache {
	const struct bs_tu *tu;
	const struct bs_config *cfg;
	const struct bs_accessor **acc;
	unsigned char *known;
};

static const struct bs_accessor *accessor_of(struct accessor_cache *c, bs_sym callee)
{
	if (!c->known[callee]) {
		c->known[callee] = 1;
		c->acc[callee] = bs_config_accessor(c->cfg, bs_str(c->tu->strs, callee));
	}
	return c->acc[callee];
}

/* A guard whose cookie argument the call does not have: the configuration does not fit. */
static void check_cookie(struct accessor_cache *c, struct bs_func *f, const struct bs_event *ev)
{
	const char *callee = bs_str(c->tu->strs, ev->callee);
	const struct bs_guard *g;
	unsigned arg;
	char msg[512];

	if ((g = bs_config_guard_enter(c->cfg, callee)) && g->exit)
		arg = g->enter_cookie_arg;
	else if ((g = bs_config_guard_exit(c->cfg, callee)))
		arg = g->exit_cookie_arg;
	else
		return;
	if (arg < ev->nargs || f->bind_error)
		return;
	snprintf(msg, sizeof(msg), "the configuration takes the cookie of '%s' from argument %u, "
		 "but the call at line %u has %u argument%s", callee, arg, ev->loc.line, ev->nargs,
		 ev->nargs == 1 ? "" : "s");
	f->bind_error = bs_xstrdup(msg);
}

static void bind_event(struct accessor_cache *c, struct bs_func *f, struct bs_event *ev)
{
	const struct bs_accessor *acc;
	const struct bs_arg *addr;

	if (ev->kind != BS_EV_CALL && ev->kind != BS_EV_ACCESS)
		return;
	ev->kind = BS_EV_CALL;
	if (ev->via != BS_VIA_DIRECT || !ev->callee)
		return;
	if (!(acc = accessor_of(c, ev->callee))) {
		check_cookie(c, f, ev);
		return;
	}
	addr = bs_event_arg(f, ev, acc->addr_arg);
	ev->kind = BS_EV_ACCESS;
	ev->origin = addr ? addr->origin : BS_ORIGIN_UNKNOWN;
}

void bs_bind(struct bs_tu *tu, const struct bs_config *cfg)
{
	unsigned nsyms = bs_strtab_count(tu->strs);
	struct accessor_cache c = { tu, cfg, bs_xcalloc(nsyms, sizeof(*c.acc)),
				    bs_xcalloc(nsyms, 1) };

	tu->regs.n = tu->nregs_raw;	/* registrations derived by an earlier analysis */
	for (unsigned fi = 0; fi < tu->funcs.n; fi++) {
		struct bs_func *f = tu->funcs.v[fi];
		const char *name = bs_str(tu->strs, f->name);

		/* their bodies are the kernel's (inline asm, the regmap core) or the guard's own
		   business */
		f->leaf = accessor_of(&c, f->name) || bs_config_handle(cfg, name) ||
			  bs_config_guard_enter(cfg, name) || bs_config_guard_exit(cfg, name);
		free(f->bind_error);
		f->bind_error = NULL;
		for (unsigned ei = 0; ei < f->events.n; ei++)
			bind_event(&c, f, &f->events.v[ei]);
	}
	free(c.acc);
	free(c.known);
}
