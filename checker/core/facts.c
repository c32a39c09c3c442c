// SPDX-License-Identifier: GPL-2.0
#include "facts.h"

struct bs_tu *bs_tu_new(void)
{
	struct bs_tu *tu = bs_xcalloc(1, sizeof(*tu));

	tu->strs = bs_strtab_new();
	return tu;
}

unsigned bs_tu_add_unit(struct bs_tu *tu, const char *main_file)
{
	struct bs_unit u = { .path = bs_intern(tu->strs, main_file),
			     .module = bs_intern(tu->strs, "") };

	if (!tu->main_file)
		tu->main_file = u.path;
	bs_vec_push(&tu->units, u);
	return tu->units.n - 1;
}

struct bs_unit *bs_tu_unit(struct bs_tu *tu, unsigned unit)
{
	return unit < tu->units.n ? &tu->units.v[unit] : NULL;
}

static unsigned current_unit(const struct bs_tu *tu)
{
	return tu->units.n ? tu->units.n - 1 : 0;
}

void bs_func_free(struct bs_func *f)
{
	bs_vec_free(&f->blocks);
	bs_vec_free(&f->events);
	bs_vec_free(&f->args);
	bs_vec_free(&f->params);
	bs_vec_free(&f->conds);
	bs_vec_free(&f->succ_extra);
	bs_vec_free(&f->fix.returns);
	free(f->bind_error);
	free(f);
}

void bs_tu_free(struct bs_tu *tu)
{
	if (!tu)
		return;
	for (unsigned i = 0; i < tu->funcs.n; i++)
		bs_func_free(tu->funcs.v[i]);
	bs_vec_free(&tu->funcs);
	bs_vec_free(&tu->regs);
	for (unsigned i = 0; i < tu->units.n; i++)
		bs_vec_free(&tu->units.v[i].files);
	bs_vec_free(&tu->units);
	bs_strtab_free(tu->strs);
	free(tu);
}

struct bs_func *bs_tu_add_func(struct bs_tu *tu, const char *name)
{
	struct bs_func *f = bs_xcalloc(1, sizeof(*f));

	f->name = bs_intern(tu->strs, name);
	f->unit = current_unit(tu);
	f->entry = f->exit = -1;
	bs_vec_push(&tu->funcs, f);
	return f;
}

void bs_tu_add_reg(struct bs_tu *tu, const struct bs_reg *r)
{
	tu->regs.n = tu->nregs_raw;	/* derived registrations are the analysis' own */
	bs_vec_push(&tu->regs, *r);
	tu->regs.v[tu->regs.n - 1].unit = current_unit(tu);
	tu->nregs_raw = tu->regs.n;
}

struct bs_func *bs_tu_find_func(const struct bs_tu *tu, bs_sym name)
{
	for (unsigned i = 0; i < tu->funcs.n; i++)
		if (tu->funcs.v[i]->name == name)
			return tu->funcs.v[i];
	return NULL;
}

int bs_func_add_cond(struct bs_func *f, struct bs_cond c)
{
	bs_vec_push(&f->conds, c);
	return f->conds.n - 1;
}

struct bs_block *bs_func_add_block(struct bs_func *f)
{
	struct bs_block b = { .first_event = f->events.n, .succ = { -1, -1 }, .cond = -1 };

	bs_vec_push(&f->blocks, b);
	return &f->blocks.v[f->blocks.n - 1];
}

void bs_func_add_event(struct bs_func *f, const struct bs_event *ev)
{
	bs_vec_push(&f->events, *ev);
	f->blocks.v[f->blocks.n - 1].nevents++;
}

void bs_event_add_arg(struct bs_func *f, struct bs_event *ev, const struct bs_arg *arg)
{
	if (!ev->nargs)
		ev->first_arg = f->args.n;
	bs_vec_push(&f->args, *arg);
	ev->nargs++;
}

const struct bs_arg *bs_event_arg(const struct bs_func *f, const struct bs_event *ev, unsigned i)
{
	if (ev->kind == BS_EV_STORE || ev->kind == BS_EV_RETURN || i >= ev->nargs)
		return NULL;
	return &f->args.v[ev->first_arg + i];
}

void bs_func_add_succ(struct bs_func *f, struct bs_block *b, int target)
{
	if (b->nsucc < 2) {
		b->succ[b->nsucc++] = target;
		return;
	}
	if (b->nsucc == 2)
		b->first_succ_extra = f->succ_extra.n;
	bs_vec_push(&f->succ_extra, target);
	b->nsucc++;
}

unsigned bs_block_nsucc(const struct bs_func *f, const struct bs_block *b)
{
	(void)f;
	return b->nsucc;
}

int bs_block_succ(const struct bs_func *f, const struct bs_block *b, unsigned i)
{
	if (i < 2)
		return b->succ[i];
	return f->succ_extra.v[b->first_succ_extra + i - 2];
}
