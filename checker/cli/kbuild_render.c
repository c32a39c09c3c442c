// SPDX-License-Identifier: GPL-2.0
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>

#include "analysis.h"
#include "exit_codes.h"
#include "fix_cmd.h"
#include "kbuild_render.h"
#include "output.h"
#include "report_cmd.h"
#include "run_clang.h"
#include "scratch.h"
#include "store.h"

bool bs_kbuild_renders(const struct bs_options *o)
{
	return (o->format && strcmp(o->format, "text")) || o->output || o->baseline ||
	       o->write_baseline || o->fix;
}

/* The unit of a store just written, also put into the user's --db. NULL on failure. */
static struct bs_tu *load_unit(const struct bs_options *o, const char *db)
{
	char err[1024] = "";
	struct bs_tu *tu = bs_store_load_file(db, err, sizeof(err));
	struct bs_store *st;

	if (!tu || !tu->units.n) {	/* the caller says so, unless clang already failed */
		bs_tu_free(tu);
		return NULL;
	}
	if (o->db) {
		st = bs_store_open(o->db, 1, err, sizeof(err));
		if (!st || bs_store_put(st, tu, err, sizeof(err))) {
			fprintf(stderr, "boundscope: error: %s\n", err);
			bs_store_close(st);
			bs_tu_free(tu);
			return NULL;
		}
		bs_store_close(st);
	}
	return tu;
}

/* One file: check into a scratch store, then analyse it into @out (and the fixer). */
static int render_file(const struct bs_options *o, struct bs_checker *c, const char *file,
		       const struct bs_config *cfg, struct bs_output *out, struct bs_fixer *fx)
{
	struct bs_options fo = *o;
	struct bs_result res;
	struct bs_tu *tu;
	char *db = bs_scratch_file("store");
	int code;

	if (!db)
		return BS_EXIT_FAILURE;
	fo.db = db;
	fo.store_only = true;
	fo.error = false;
	c->opts = &fo;
	code = bs_check_file(c, file);
	tu = load_unit(o, db);
	if (tu) {
		struct bs_output one;
		struct bs_output_opts none = { 0 };
		struct bs_handler h;

		if (fx) {
			/* a fresh collector per file: the fixer needs this unit's tu */
			bs_output_open(&one, &none);
			one.collect_only = true;
			h = bs_output_handler(&one, tu);
			bs_analyze(tu, cfg, &h, NULL, &res);
			bs_fixer_add(fx, tu, one.findings);
			out->reported += one.reported;
			out->unanalysed += one.unanalysed;
			bs_output_close(&one);
		} else {
			h = bs_output_handler(out, tu);
			bs_analyze(tu, cfg, &h, NULL, &res);
		}
		bs_tu_free(tu);
	} else if (!code) {
		fprintf(stderr, "boundscope: error: no facts were recorded for %s\n", file);
		code = BS_EXIT_FAILURE;
	}
	bs_scratch_remove_store(db);
	free(db);
	return code;
}

int bs_kbuild_render(const struct bs_options *o, const char *clang, const char *plugin)
{
	struct bs_output_opts oo = { o->format, o->output, o->baseline, o->write_baseline };
	struct bs_checker c = { .clang = clang, .plugin = plugin, .refused = STRVEC_INIT };
	struct bs_config *cfg = bs_load_config(o->data_dir, &o->configs);
	struct bs_fixer *fx = NULL;
	struct bs_output out;
	int code = BS_EXIT_OK;

	if (!cfg)
		return BS_EXIT_FAILURE;
	if (bs_output_open(&out, &oo)) {
		bs_config_free(cfg);
		return BS_EXIT_FAILURE;
	}
	if (o->fix) {
		fx = bs_fixer_new(cfg);
		out.collect_only = true;
	}
	for (size_t i = 0; i < o->files.n; i++) {
		int file_code = render_file(o, &c, o->files.v[i], cfg, &out, fx);

		if (file_code > code)
			code = file_code;
	}
	if (fx) {
		unsigned left = bs_fixer_print(fx, out.out);

		bs_fixer_free(fx);
		if (left && code < BS_EXIT_FINDINGS)
			code = BS_EXIT_FINDINGS;
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
