// SPDX-License-Identifier: GPL-2.0
/*
 * The kbuild form when the command renders the findings itself: with a fact store (--db,
 * $BOUNDSCOPE_DB, or the kbuild default), or with an output option or --stats. Each file is checked
 * into the store, then answered from it: from the whole module once the store holds all of
 * it (the findings `boundscope report` prints for the file's functions), else from the file
 * alone for the rules that depend on the function only, with one line saying what is held
 * back. Without a store a scratch one holds the single file, whose answer is its own.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>

#include "analysis.h"
#include "exit_codes.h"
#include "fix_cmd.h"
#include "kbuild_render.h"
#include "module.h"
#include "output.h"
#include "report_cmd.h"
#include "run_clang.h"
#include "scratch.h"
#include "store.h"

bool bs_kbuild_renders(const struct bs_options *o)
{
	return o->db || (o->format && strcmp(o->format, "text")) || o->output || o->baseline ||
	       o->write_baseline || o->fix || o->stats;
}

/* What a file check found out about the file, for the answer. */
struct checked {
	const char *db;
	char *path;		/* the unit's path, as the plugin records it */
	const char *module;	/* KBUILD_MODNAME, "" outside kbuild */
	char *object;		/* kbuild's object file, NULL outside kbuild */
	bool single;		/* a scratch store of this file alone */
	bool builtin;		/* a built-in object: no manifest will ever say what the driver is */
};

/* clang failed before the plugin could say so: the store must not keep the old facts. */
static void record_failure(const struct checked *k)
{
	struct bs_tu *tu = bs_tu_new();
	unsigned u = bs_tu_add_unit(tu, k->path);
	struct bs_store *st;
	char err[1024];

	tu->units.v[u].module = bs_intern(tu->strs, k->module);
	tu->units.v[u].failed = 1;
	tu->units.v[u].error = bs_intern(tu->strs, "clang failed on it");
	st = bs_store_open(k->db, 1, 0, err, sizeof(err));
	if (!st || bs_store_put(st, tu, err, sizeof(err)))
		fprintf(stderr, "boundscope: error: %s\n", err);
	bs_store_close(st);
	bs_tu_free(tu);
}

/* The index in tu of the unit at path, -1 if it was not loaded. */
static int unit_at(const struct bs_tu *tu, const char *path)
{
	for (unsigned i = 0; i < tu->units.n; i++)
		if (!strcmp(bs_str(tu->strs, tu->units.v[i].path), path))
			return i;
	return -1;
}

/* Why the whole-driver rules are held back, in a few words. */
static void say_held_back(const struct checked *k, const struct bs_module *m, const char *file)
{
	char why[1024] = "";
	size_t n = 0;
	unsigned listed = 0;

	if (!*k->module) {
		snprintf(why, sizeof(why), "outside kbuild nothing says which files make the driver");
	} else if (k->builtin) {
		snprintf(why, sizeof(why), "'%s' is built into the kernel, and kbuild writes no "
			 "manifest of the files of a built-in driver", k->module);
	} else if (!m->manifest) {
		snprintf(why, sizeof(why), "there is no kbuild manifest of module '%s' yet "
			 "(%s.mod, which kbuild writes while it builds the module)", k->module, k->module);
	} else {
		n = snprintf(why, sizeof(why), "the store does not hold all of module '%s' yet:",
			     k->module);
		for (unsigned i = 0; i < m->missing.n && listed < 3 && n < sizeof(why); i++, listed++)
			n += snprintf(why + n, sizeof(why) - n, " %s (not checked)", m->missing.v[i]);
		for (unsigned i = 0; i < m->units.n && listed < 3 && n < sizeof(why); i++) {
			enum bs_unit_state s = m->judged[i].state;

			if (s == BS_UNIT_OK || s == BS_UNIT_OUTSIDE || s == BS_UNIT_TEST)
				continue;
			n += snprintf(why + n, sizeof(why) - n, " %s (%s)", m->units.v[i].path,
				      bs_unit_state_name(s));
			listed++;
		}
	}
	fprintf(stderr, "boundscope: note: %s: whole-driver rules held back: %s; %s "
		"'boundscope report --db=%s'\n", file, why, k->builtin ? "run" : "check again, or run",
		k->db);
}

/*
 * Whether the whole-driver rules could say anything about this unit: it accesses MMIO, takes a
 * guard, unplugs, registers a callback, or calls out of itself (to another unit of the driver
 * or through a pointer). A unit with none of these (kbuild's scripts/mod/empty.c, a vDSO
 * object) is answered in full by the function-scope rules, so holding back is not worth a note.
 */
static bool takes_part(const struct bs_tu *tu, const struct bs_config *cfg, int unit)
{
	for (unsigned i = 0; i < tu->regs.n; i++)
		if ((int)tu->regs.v[i].unit == unit)
			return true;
	for (unsigned fi = 0; fi < tu->funcs.n; fi++) {
		const struct bs_func *f = tu->funcs.v[fi];

		if ((int)f->unit != unit)
			continue;
		for (unsigned ei = 0; ei < f->events.n; ei++) {
			const struct bs_event *ev = &f->events.v[ei];
			const char *callee = ev->callee ? bs_str(tu->strs, ev->callee) : NULL;

			if (ev->kind != BS_EV_CALL && ev->kind != BS_EV_ACCESS)
				continue;
			if (ev->via != BS_VIA_DIRECT || !callee)
				return true;
			if (bs_config_accessor(cfg, callee) || bs_config_handle(cfg, callee) ||
			    bs_config_guard_enter(cfg, callee) ||
			    bs_config_guard_exit(cfg, callee) || bs_config_is_unplug(cfg, callee))
				return true;
			if (ev->callee_driver && !bs_tu_find_func(tu, ev->callee))
				return true;
		}
	}
	return false;
}

/* Loads and analyses the units given, taking the findings of the checked file's unit. */
static int analyse_into(struct bs_store *st, const struct bs_module *m, const struct checked *k,
			const struct bs_config *cfg, struct bs_output *out, bool function_scope,
			bool only_this, bool *part)
{
	struct bs_tu *tu = bs_tu_new();
	struct bs_handler h;
	char err[1024];
	int rc;

	if (only_this) {
		int64_t id = -1;

		for (unsigned i = 0; i < m->units.n; i++)
			if (!strcmp(m->units.v[i].path, k->path) && m->judged[i].state == BS_UNIT_OK)
				id = m->units.v[i].id;
		rc = id >= 0 ? bs_store_load_units(st, &id, 1, tu, err, sizeof(err)) : 0;
	} else {
		rc = bs_module_load(st, m, tu, err, sizeof(err));
	}
	if (rc) {
		fprintf(stderr, "boundscope: error: %s\n", err);
		bs_tu_free(tu);
		return BS_EXIT_FAILURE;
	}
	if (unit_at(tu, k->path) >= 0) {
		h = bs_output_handler(out, tu);
		out->unit = unit_at(tu, k->path);
		out->function_scope_only = function_scope;
		bs_output_analyze(out, tu, cfg, &h);
		if (part)
			*part = takes_part(tu, cfg, unit_at(tu, k->path));
	}
	bs_tu_free(tu);
	return BS_EXIT_OK;
}

/* The answer for one checked file, from the store. */
static int answer(const struct checked *k, const struct bs_config *cfg, struct bs_output *out,
		  const char *file)
{
	struct bs_store *st;
	struct bs_module m;
	char err[1024];
	int code;

	st = bs_store_open(k->db, 0, 0, err, sizeof(err));
	if (!st || bs_module_open(st, k->module, k->object, bs_config_lowering_hash(cfg), &m, err,
				  sizeof(err))) {
		fprintf(stderr, "boundscope: error: %s\n", err);
		bs_store_close(st);
		return BS_EXIT_FAILURE;
	}
	if (k->single) {
		code = analyse_into(st, &m, k, cfg, out, false, true, NULL);
	} else if (bs_module_complete(&m)) {
		code = bs_module_prune(st, &m, stderr, err, sizeof(err)) ? BS_EXIT_FAILURE :
		       analyse_into(st, &m, k, cfg, out, false, false, NULL);
		if (code)
			fprintf(stderr, "boundscope: error: %s\n", err);
	} else {
		bool part = false;

		code = analyse_into(st, &m, k, cfg, out, true, true, &part);
		if (part)
			say_held_back(k, &m, file);
	}
	bs_module_free(&m);
	bs_store_close(st);
	return code;
}

/* --fix: the single file's findings, with its facts, for the fixer. */
static int fix_file(const struct checked *k, const struct bs_config *cfg, struct bs_output *out,
		    struct bs_fixer *fx)
{
	struct bs_output one;
	struct bs_output_opts none = { 0 };
	struct bs_tu *tu = bs_tu_new();
	struct bs_store *st;
	struct bs_stored_units units;
	struct bs_handler h;
	struct bs_result res;
	char err[1024];
	int rc;

	st = bs_store_open(k->db, 0, 0, err, sizeof(err));
	rc = !st || bs_store_units(st, NULL, &units, err, sizeof(err));
	if (!rc) {
		for (unsigned i = 0; i < units.n && !rc; i++)
			rc = bs_store_load_units(st, &units.v[i].id, 1, tu, err, sizeof(err));
		bs_stored_units_free(&units);
	}
	bs_store_close(st);
	if (rc) {
		fprintf(stderr, "boundscope: error: %s\n", err);
		bs_tu_free(tu);
		return BS_EXIT_FAILURE;
	}
	/* a fresh collector per file: the fixer needs this unit's facts with its records */
	bs_output_open(&one, &none);
	one.collect_only = true;
	h = bs_output_handler(&one, tu);
	bs_analyze(tu, cfg, &h, NULL, &res);
	bs_fixer_add(fx, one.findings);
	out->reported += one.reported;
	out->unanalysed += one.unanalysed;
	bs_output_close(&one);
	bs_tu_free(tu);
	return BS_EXIT_OK;
}

/* One file: check it into the store, then answer for it into @out (and the fixer). */
static int render_file(const struct bs_options *o, struct bs_checker *c, const char *file,
		       const struct bs_config *cfg, struct bs_output *out, struct bs_fixer *fx)
{
	struct bs_options fo = *o;
	struct checked k = { .module = o->modname ? o->modname : "", .builtin = o->builtin };
	char *scratch = NULL;
	int code, answered;

	k.single = !o->db || o->fix;
	k.db = k.single ? (scratch = bs_scratch_file("store")) : o->db;
	if (!k.db)
		return BS_EXIT_FAILURE;
	k.path = bs_path_normal(file);
	k.object = bs_options_object(o);
	fo.db = k.db;
	fo.store_only = true;
	fo.error = false;
	c->opts = &fo;
	code = bs_check_file(c, file);
	if (code && !k.single)
		record_failure(&k);
	if (code || o->store_only)
		answered = BS_EXIT_OK;	/* check -p and series answer from the store later */
	else if (fx)
		answered = fix_file(&k, cfg, out, fx);
	else
		answered = answer(&k, cfg, out, file);
	if (answered > code)
		code = answered;
	if (scratch) {
		bs_scratch_remove_store(scratch);
		free(scratch);
	}
	free(k.path);
	free(k.object);
	return code;
}

/* The store must exist before clang runs; the default one (ours) is rebuilt when a newer
 * boundscope finds an old one. */
static int prepare_store(const struct bs_options *o)
{
	char err[1024];
	struct bs_store *st;

	if (!o->db)
		return 0;
	st = bs_store_open(o->db, 1, o->default_db, err, sizeof(err));
	if (!st) {
		fprintf(stderr, "boundscope: error: %s\n", err);
		return -1;
	}
	bs_store_close(st);
	return 0;
}

int bs_kbuild_render(const struct bs_options *o, const char *clang, const char *plugin)
{
	struct bs_output_opts oo = { o->format, o->output, o->baseline, o->write_baseline,
				     .to_stderr = !o->fix, .no_source = o->no_source,
				     .stats = o->stats && !o->fix };
	struct bs_checker c = { .clang = clang, .plugin = plugin, .refused = STRVEC_INIT };
	struct bs_config *cfg = bs_load_config(o->data_dir, &o->configs, &o->rules);
	struct bs_fixer *fx = NULL;
	struct bs_output out;
	int code = BS_EXIT_OK;

	if (!cfg)
		return BS_EXIT_FAILURE;
	if (prepare_store(o) || bs_output_open(&out, &oo)) {
		bs_config_free(cfg);
		return BS_EXIT_FAILURE;
	}
	if (o->fix) {
		fx = bs_fixer_new();
		out.collect_only = true;
	}
	for (size_t i = 0; i < o->files.n; i++) {
		int file_code = render_file(o, &c, o->files.v[i], cfg, &out, fx);

		if (file_code > code)
			code = file_code;
	}
	if (fx) {
		unsigned left;

		if (bs_fixer_print(fx, out.out, &left))
			code = BS_EXIT_FAILURE;
		bs_fixer_free(fx);
		if (left)
			code = BS_EXIT_FAILURE;	/* a fix was asked for and cannot be made */
	}
	if (bs_output_close(&out))
		code = BS_EXIT_FAILURE;
	if (out.unanalysed)
		code = BS_EXIT_FAILURE;
	if (!fx && out.reported && o->error && code < BS_EXIT_FINDINGS)
		code = BS_EXIT_FINDINGS;
	strvec_free(&c.refused);
	bs_config_free(cfg);
	return code;
}
