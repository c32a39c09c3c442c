// SPDX-License-Identifier: GPL-2.0
#include "callgraph.h"

void bs_callgraph_build(struct bs_callgraph *cg, const struct bs_tu *tu)
{
	unsigned nsyms = 1;

	memset(cg, 0, sizeof(*cg));
	cg->tu = tu;
	for (unsigned i = 0; i < tu->funcs.n; i++)
		if (tu->funcs.v[i]->name >= nsyms)
			nsyms = tu->funcs.v[i]->name + 1;
	cg->nsyms = nsyms;
	cg->first_of_sym = bs_xcalloc(nsyms, sizeof(int));
	cg->next_same_name = bs_xcalloc(tu->funcs.n, sizeof(int));
	for (unsigned s = 0; s < nsyms; s++)
		cg->first_of_sym[s] = -1;
	for (unsigned i = tu->funcs.n; i-- > 0;) {
		bs_sym name = tu->funcs.v[i]->name;

		cg->next_same_name[i] = cg->first_of_sym[name];
		cg->first_of_sym[name] = i;
	}
	for (unsigned i = 0; i < tu->regs.n; i++) {
		const struct bs_reg *r = &tu->regs.v[i];
		int fi = bs_callgraph_func(cg, r->unit, r->func);
		struct bs_field_target t;

		if (r->kind != BS_REG_FIELD || fi < 0)
			continue;
		t = (struct bs_field_target){ r->rec, r->field, fi };
		bs_vec_push(&cg->fields, t);
	}
}

void bs_callgraph_free(struct bs_callgraph *cg)
{
	free(cg->first_of_sym);
	free(cg->next_same_name);
	bs_vec_free(&cg->fields);
}

int bs_callgraph_func(const struct bs_callgraph *cg, unsigned unit, bs_sym name)
{
	int external = -1;

	if (!name || name >= cg->nsyms)
		return -1;
	for (int i = cg->first_of_sym[name]; i >= 0; i = cg->next_same_name[i]) {
		const struct bs_func *f = cg->tu->funcs.v[i];

		if (f->unit == unit)
			return i;	/* a static (or inline) copy of this unit's own */
		if (!f->is_static && external < 0)
			external = i;
	}
	return external;
}

void bs_callgraph_targets(const struct bs_callgraph *cg, unsigned unit, const struct bs_event *ev,
			  void (*fn)(unsigned func, void *arg), void *arg)
{
	int fi;

	if (ev->kind != BS_EV_CALL)
		return;
	if (ev->callee) {
		fi = bs_callgraph_func(cg, unit, ev->callee);
		if (fi >= 0)
			fn(fi, arg);
		return;
	}
	for (unsigned i = 0; i < cg->fields.n; i++) {
		const struct bs_field_target *t = &cg->fields.v[i];
		int seen = 0;

		if (t->rec != ev->ind_struct || t->field != ev->ind_field)
			continue;
		/* a function stored in the field twice is one target */
		for (unsigned j = 0; j < i && !seen; j++)
			seen = cg->fields.v[j].func == t->func && cg->fields.v[j].rec == t->rec &&
			       cg->fields.v[j].field == t->field;
		if (!seen)
			fn(t->func, arg);
	}
}
