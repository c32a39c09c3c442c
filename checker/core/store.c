// SPDX-License-Identifier: GPL-2.0
/* nanosleep() */
#define _POSIX_C_SOURCE 200809L
#include "store.h"

#include <sqlite3.h>
#include <stdarg.h>
#include <stdlib.h>
#include <time.h>

#define SCHEMA_VERSION "10"

struct bs_store {
	sqlite3 *db;
	char *path;
};

static const char schema[] =
	"CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);"
	"CREATE TABLE IF NOT EXISTS units(id INTEGER PRIMARY KEY, path TEXT NOT NULL,"
	"  module TEXT NOT NULL, failed INTEGER, error TEXT, src_hash INTEGER, object TEXT,"
	"  srctree TEXT, lower_hash INTEGER, checked_at INTEGER, UNIQUE(path, module));"
	"CREATE TABLE IF NOT EXISTS files(id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL);"
	"CREATE TABLE IF NOT EXISTS unit_files(unit INTEGER, file INTEGER, size INTEGER,"
	"  mtime INTEGER, PRIMARY KEY(unit, file));"
	"CREATE INDEX IF NOT EXISTS unit_files_by_file ON unit_files(file);"
	"CREATE TABLE IF NOT EXISTS functions(unit INTEGER, fid INTEGER, name TEXT,"
	"  file TEXT, line INTEGER, col INTEGER, end_file TEXT, end_line INTEGER, end_col INTEGER,"
	"  is_static INTEGER, is_driver INTEGER, entry INTEGER, exit INTEGER, unanalysed TEXT,"
	"  PRIMARY KEY(unit, fid));"
	"CREATE TABLE IF NOT EXISTS params(unit INTEGER, fid INTEGER, idx INTEGER, atom TEXT,"
	"  PRIMARY KEY(unit, fid, idx));"
	"CREATE TABLE IF NOT EXISTS blocks(unit INTEGER, fid INTEGER, bid INTEGER,"
	"  first_event INTEGER, nevents INTEGER, nsucc INTEGER, succ0 INTEGER, succ1 INTEGER,"
	"  first_extra INTEGER, cond INTEGER, noreturn INTEGER, PRIMARY KEY(unit, fid, bid));"
	"CREATE TABLE IF NOT EXISTS extra_succs(unit INTEGER, fid INTEGER, idx INTEGER,"
	"  target INTEGER, PRIMARY KEY(unit, fid, idx));"
	"CREATE TABLE IF NOT EXISTS events(unit INTEGER, fid INTEGER, eid INTEGER, kind INTEGER,"
	"  file TEXT, line INTEGER, col INTEGER, callee TEXT, via INTEGER, ind_struct TEXT,"
	"  ind_field TEXT, ind_var TEXT, ind_param INTEGER, result TEXT, first_arg INTEGER,"
	"  nargs INTEGER, macro TEXT, atom TEXT, cond INTEGER, callee_driver INTEGER,"
	"  value_func TEXT, value_obj TEXT, field TEXT, ind_table TEXT, ind_owner TEXT,"
	"  ind_owner_param INTEGER, base_inst TEXT, value_table TEXT,"
	"  PRIMARY KEY(unit, fid, eid));"
	"CREATE TABLE IF NOT EXISTS args(unit INTEGER, fid INTEGER, aid INTEGER, atom TEXT,"
	"  obj TEXT, func TEXT, origin INTEGER, fnptr INTEGER, field TEXT, inst TEXT,"
	"  PRIMARY KEY(unit, fid, aid));"
	"CREATE TABLE IF NOT EXISTS conds(unit INTEGER, fid INTEGER, cid INTEGER, kind INTEGER,"
	"  a INTEGER, b INTEGER, sym TEXT, atom TEXT, value INTEGER, PRIMARY KEY(unit, fid, cid));"
	"CREATE TABLE IF NOT EXISTS regs(unit INTEGER, rid INTEGER, kind INTEGER, func TEXT,"
	"  obj TEXT, rec TEXT, field TEXT, callee TEXT, arg INTEGER, file TEXT, line INTEGER,"
	"  col INTEGER, argv TEXT, PRIMARY KEY(unit, rid));"
	"CREATE TABLE IF NOT EXISTS fix_anchors(unit INTEGER, fid INTEGER, why TEXT, file TEXT,"
	"  open INTEGER, enter_at INTEGER, enter_file TEXT, enter_line INTEGER, enter_col INTEGER,"
	"  end_at INTEGER, falls_off INTEGER, indent TEXT, rtype TEXT, device TEXT, cookie TEXT,"
	"  retvar TEXT, retvar_declared INTEGER, PRIMARY KEY(unit, fid));"
	"CREATE TABLE IF NOT EXISTS fix_returns(unit INTEGER, fid INTEGER, idx INTEGER, file TEXT,"
	"  line INTEGER, col INTEGER, at INTEGER, at_line_start INTEGER, indent TEXT,"
	"  brace_open INTEGER, brace_indent TEXT, why TEXT,"
	"  brace_close_len INTEGER, kw INTEGER, value_at INTEGER, after INTEGER,"
	"  PRIMARY KEY(unit, fid, idx));";

/* Every table whose rows belong to one unit. */
static const char *const unit_tables[] = {
	"unit_files", "functions", "params", "blocks", "extra_succs", "events", "args", "conds",
	"regs", "fix_anchors", "fix_returns",
};

static int fail(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
	return -1;
}

static int db_fail(struct bs_store *st, char *err, size_t errlen, const char *what)
{
	return fail(err, errlen, "%s: %s: %s", st->path, what, sqlite3_errmsg(st->db));
}

/*
 * Runs set-up SQL, waiting out other writers. SQLite reports some lock conflicts at once
 * instead of calling the busy handler (switching a new database to WAL while another
 * process does the same), so make -j and check -j would otherwise fail at random.
 */
static int exec_retrying(struct bs_store *st, const char *sql)
{
	const struct timespec pause = { 0, 20 * 1000 * 1000 };
	int rc;

	for (int tries = 0; tries < 15000; tries++) {	/* about five minutes */
		rc = sqlite3_exec(st->db, sql, NULL, NULL, NULL);
		if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
			return rc;
		nanosleep(&pause, NULL);
	}
	return rc;
}

/* The schema version the store was written with, or NULL for a new (empty) store. */
static char *stored_version(struct bs_store *st)
{
	sqlite3_stmt *q;
	char *v = NULL;

	if (sqlite3_prepare_v2(st->db, "SELECT value FROM meta WHERE key = 'schema'", -1, &q, NULL))
		return NULL;
	if (sqlite3_step(q) == SQLITE_ROW && sqlite3_column_text(q, 0))
		v = bs_xstrdup((const char *)sqlite3_column_text(q, 0));
	sqlite3_finalize(q);
	return v;
}

/* Drops every table of another schema version, so that this one can be created. */
static int drop_all(struct bs_store *st)
{
	static const char sql[] =
		"SELECT 'DROP TABLE IF EXISTS \"' || name || '\";' FROM sqlite_master "
		"WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
	sqlite3_stmt *q;
	int rc = 0;

	if (sqlite3_prepare_v2(st->db, sql, -1, &q, NULL))
		return -1;
	while (!rc && sqlite3_step(q) == SQLITE_ROW)
		rc = sqlite3_exec(st->db, (const char *)sqlite3_column_text(q, 0), NULL, NULL, NULL);
	sqlite3_finalize(q);
	return rc;
}

static int count_tables(struct bs_store *st)
{
	sqlite3_stmt *q;
	int n = 0;

	if (!sqlite3_prepare_v2(st->db, "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
				-1, &q, NULL)) {
		if (sqlite3_step(q) == SQLITE_ROW)
			n = sqlite3_column_int(q, 0);
		sqlite3_finalize(q);
	}
	return n;
}

/*
 * Checks the schema version, creating the tables in a new store. One write transaction, so
 * that processes setting up a new store at once (make -j) never see it half made.
 */
static int check_schema(struct bs_store *st, int replace_old, char *err, size_t errlen)
{
	char *v;
	int rc = 0;

	if (exec_retrying(st, "BEGIN IMMEDIATE"))
		return db_fail(st, err, errlen, "cannot open the fact store");
	v = stored_version(st);
	if ((v && strcmp(v, SCHEMA_VERSION)) || (!v && count_tables(st))) {
		if (!replace_old) {
			if (v)
				fail(err, errlen, "%s: written by another version of boundscope (schema "
				     "%s, expected %s); delete it and check again", st->path, v,
				     SCHEMA_VERSION);
			else
				fail(err, errlen, "%s: not a boundscope fact store (an SQLite database "
				     "with other tables)", st->path);
			rc = -1;
		} else if (drop_all(st)) {
			rc = db_fail(st, err, errlen, "cannot replace a store of another version");
		}
	}
	if (!rc && (sqlite3_exec(st->db, schema, NULL, NULL, NULL) ||
		    sqlite3_exec(st->db, "INSERT OR IGNORE INTO meta VALUES('schema', '"
				 SCHEMA_VERSION "')", NULL, NULL, NULL)))
		rc = db_fail(st, err, errlen, "cannot set up the fact store");
	free(v);
	sqlite3_exec(st->db, rc ? "ROLLBACK" : "COMMIT", NULL, NULL, NULL);
	return rc;
}

struct bs_store *bs_store_open(const char *path, int create, int replace_old, char *err,
			       size_t errlen)
{
	struct bs_store *st = bs_xcalloc(1, sizeof(*st));
	int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);

	st->path = bs_xstrdup(path);
	if (sqlite3_open_v2(path, &st->db, flags, NULL)) {
		fail(err, errlen, "%s: cannot open the fact store: %s", path,
		     st->db ? sqlite3_errmsg(st->db) : "out of memory");
		bs_store_close(st);
		return NULL;
	}
	/* make -j runs many writers: wait for the lock rather than fail */
	sqlite3_busy_timeout(st->db, 300000);
	if (exec_retrying(st, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;")) {
		db_fail(st, err, errlen, "cannot open the fact store");
		bs_store_close(st);
		return NULL;
	}
	if (check_schema(st, replace_old, err, errlen)) {
		bs_store_close(st);
		return NULL;
	}
	return st;
}

void bs_store_close(struct bs_store *st)
{
	if (!st)
		return;
	sqlite3_close(st->db);
	free(st->path);
	free(st);
}

const char *bs_store_path(const struct bs_store *st)
{
	return st->path;
}

/* Binds a symbol as text, or NULL for "no name". */
static void bind_sym(sqlite3_stmt *q, int i, const struct bs_tu *tu, bs_sym sym)
{
	if (sym)
		sqlite3_bind_text(q, i, bs_str(tu->strs, sym), -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(q, i);
}

static bs_sym col_sym(sqlite3_stmt *q, int i, struct bs_tu *tu)
{
	const unsigned char *s = sqlite3_column_text(q, i);

	return s ? bs_intern(tu->strs, (const char *)s) : 0;
}

static char *col_str(sqlite3_stmt *q, int i)
{
	const unsigned char *s = sqlite3_column_text(q, i);

	return s ? bs_xstrdup((const char *)s) : NULL;
}

/* Binds values from ?1 on: 'i' int, 'I' int64, 's' symbol, 't' text (may be NULL). */
static int step_row(sqlite3_stmt *q, const struct bs_tu *tu, const char *types, ...)
{
	va_list ap;

	sqlite3_reset(q);
	va_start(ap, types);
	for (int i = 0; types[i]; i++) {
		const char *t;

		switch (types[i]) {
		case 'i':
			sqlite3_bind_int(q, i + 1, va_arg(ap, int));
			break;
		case 'I':
			sqlite3_bind_int64(q, i + 1, va_arg(ap, int64_t));
			break;
		case 's':
			bind_sym(q, i + 1, tu, va_arg(ap, bs_sym));
			break;
		default:
			t = va_arg(ap, const char *);
			if (t)
				sqlite3_bind_text(q, i + 1, t, -1, SQLITE_TRANSIENT);
			else
				sqlite3_bind_null(q, i + 1);
		}
	}
	va_end(ap);
	return sqlite3_step(q) == SQLITE_DONE ? 0 : -1;
}

struct writer {
	struct bs_store *st;
	const struct bs_tu *tu;
	sqlite3_stmt *func, *param, *block, *succ, *event, *arg, *cond, *reg, *file, *ufile;
	sqlite3_stmt *anchor, *fret;
};

/* The fix anchors (facts.h) of a function that has them. */
static int put_anchors(struct writer *w, int64_t unit, unsigned fid, const struct bs_func *f)
{
	const struct bs_fix_anchors *a = &f->fix;

	if (!a->present)
		return 0;
	if (step_row(w->anchor, w->tu, "IissIIsiiIisssssi", unit, (int)fid, a->why, a->file,
		     a->open, a->enter_at, a->enter_loc.file, (int)a->enter_loc.line,
		     (int)a->enter_loc.col, a->end_at, a->falls_off, a->indent, a->rtype,
		     a->device, a->cookie, a->retvar, a->retvar_declared))
		return -1;
	for (unsigned i = 0; i < a->returns.n; i++) {
		const struct bs_fix_return *r = &a->returns.v[i];

		if (step_row(w->fret, w->tu, "IiisiiIisIssIIII", unit, (int)fid, (int)i,
			     r->loc.file, (int)r->loc.line, (int)r->loc.col, r->at,
			     r->at_line_start, r->indent, r->brace_open, r->brace_indent, r->why,
			     r->brace_close_len, r->kw, r->value_at, r->after))
			return -1;
	}
	return 0;
}

static int put_events(struct writer *w, int64_t unit, unsigned fid, const struct bs_func *f)
{
	for (unsigned e = 0; e < f->events.n; e++) {
		const struct bs_event *ev = &f->events.v[e];
		/* the store keeps raw facts: what an accessor is, binding decides */
		int kind = ev->kind == BS_EV_ACCESS ? BS_EV_CALL : ev->kind;

		if (step_row(w->event, w->tu, "Iiiisiisisssisiissiisssssiss", unit, (int)fid, (int)e,
			     kind, ev->loc.file, (int)ev->loc.line, (int)ev->loc.col, ev->callee,
			     (int)ev->via, ev->ind_struct, ev->ind_field, ev->ind_var, ev->ind_param,
			     ev->result, (int)ev->first_arg, (int)ev->nargs, ev->macro, ev->atom,
			     ev->cond, ev->callee_driver, ev->value_func, ev->value_obj, ev->field,
			     ev->ind_table, ev->ind_owner, ev->ind_owner_param, ev->base_inst,
			     ev->value_table))
			return -1;
	}
	for (unsigned i = 0; i < f->args.n; i++) {
		const struct bs_arg *a = &f->args.v[i];

		if (step_row(w->arg, w->tu, "Iiisssiiss", unit, (int)fid, (int)i, a->atom, a->obj,
			     a->func, (int)a->origin, a->fnptr, a->field, a->inst))
			return -1;
	}
	return 0;
}

static int put_func(struct writer *w, int64_t unit, unsigned fid, const struct bs_func *f)
{
	const struct bs_tu *tu = w->tu;

	if (step_row(w->func, tu, "Iissiisiiiiiis", unit, (int)fid, f->name, f->loc.file,
		     (int)f->loc.line, (int)f->loc.col, f->end_loc.file, (int)f->end_loc.line,
		     (int)f->end_loc.col, f->is_static, f->is_driver, f->entry, f->exit,
		     f->unanalysed))
		return -1;
	for (unsigned i = 0; i < f->params.n; i++)
		if (step_row(w->param, tu, "Iiis", unit, (int)fid, (int)i, f->params.v[i]))
			return -1;
	for (unsigned b = 0; b < f->blocks.n; b++) {
		const struct bs_block *bl = &f->blocks.v[b];

		if (step_row(w->block, tu, "Iiiiiiiiiii", unit, (int)fid, (int)b,
			     (int)bl->first_event, (int)bl->nevents, (int)bl->nsucc, bl->succ[0],
			     bl->succ[1], (int)bl->first_succ_extra, bl->cond, bl->noreturn))
			return -1;
	}
	for (unsigned i = 0; i < f->succ_extra.n; i++)
		if (step_row(w->succ, tu, "Iiii", unit, (int)fid, (int)i, f->succ_extra.v[i]))
			return -1;
	if (put_events(w, unit, fid, f) || put_anchors(w, unit, fid, f))
		return -1;
	for (unsigned c = 0; c < f->conds.n; c++) {
		const struct bs_cond *k = &f->conds.v[c];

		if (step_row(w->cond, tu, "IiiiiissI", unit, (int)fid, (int)c, (int)k->kind, k->a,
			     k->b, k->sym, k->atom, (int64_t)k->value))
			return -1;
	}
	return 0;
}

static int put_reg(struct writer *w, int64_t unit, unsigned rid, const struct bs_reg *r)
{
	return step_row(w->reg, w->tu, "Iiisssssisiis", unit, (int)rid, (int)r->kind, r->func,
			r->obj, r->rec, r->field, r->callee, (int)r->arg, r->loc.file,
			(int)r->loc.line, (int)r->loc.col, r->argv);
}

static int put_files(struct writer *w, int64_t unit, const struct bs_unit *u)
{
	for (unsigned i = 0; i < u->files.n; i++) {
		const struct bs_file *f = &u->files.v[i];
		int64_t id;

		sqlite3_reset(w->file);
		bind_sym(w->file, 1, w->tu, f->path);
		if (sqlite3_step(w->file) != SQLITE_ROW)
			return -1;
		id = sqlite3_column_int64(w->file, 0);
		sqlite3_reset(w->file);
		if (step_row(w->ufile, w->tu, "IIII", unit, id, f->size, f->mtime))
			return -1;
	}
	return 0;
}

static int64_t unit_id(struct writer *w, const struct bs_unit *u)
{
	const struct bs_tu *tu = w->tu;
	sqlite3_stmt *q;
	int64_t id = -1;

	if (sqlite3_prepare_v2(w->st->db,
			       "INSERT INTO units(path, module, failed, error, src_hash, object, srctree,"
			       " lower_hash, checked_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
			       " ON CONFLICT(path, module) DO UPDATE SET failed = ?3, error = ?4,"
			       " src_hash = ?5, object = ?6, srctree = ?7, lower_hash = ?8,"
			       " checked_at = ?9 RETURNING id", -1, &q, NULL))
		return -1;
	bind_sym(q, 1, tu, u->path);
	sqlite3_bind_text(q, 2, bs_str(tu->strs, u->module), -1, SQLITE_STATIC);
	sqlite3_bind_int(q, 3, u->failed);
	bind_sym(q, 4, tu, u->error);
	sqlite3_bind_int64(q, 5, (int64_t)u->src_hash);
	bind_sym(q, 6, tu, u->object);
	bind_sym(q, 7, tu, u->srctree);
	sqlite3_bind_int64(q, 8, (int64_t)u->lower_hash);
	sqlite3_bind_int64(q, 9, (int64_t)time(NULL));
	if (sqlite3_step(q) == SQLITE_ROW)
		id = sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	return id;
}

static int delete_facts(struct bs_store *st, int64_t unit)
{
	for (size_t i = 0; i < sizeof(unit_tables) / sizeof(*unit_tables); i++) {
		char sql[128];

		snprintf(sql, sizeof(sql), "DELETE FROM %s WHERE unit = %lld", unit_tables[i],
			 (long long)unit);
		if (sqlite3_exec(st->db, sql, NULL, NULL, NULL))
			return -1;
	}
	return 0;
}

static int prepare_writer(struct writer *w)
{
	static const struct {
		size_t off;
		const char *sql;
	} stmts[] = {
		{ offsetof(struct writer, func), "INSERT INTO functions VALUES(?1,?2,?3,?4,?5,?6,?7,"
		  "?8,?9,?10,?11,?12,?13,?14)" },
		{ offsetof(struct writer, param), "INSERT INTO params VALUES(?1,?2,?3,?4)" },
		{ offsetof(struct writer, block), "INSERT INTO blocks VALUES(?1,?2,?3,?4,?5,?6,?7,?8,"
		  "?9,?10,?11)" },
		{ offsetof(struct writer, succ), "INSERT INTO extra_succs VALUES(?1,?2,?3,?4)" },
		{ offsetof(struct writer, event), "INSERT INTO events VALUES(?1,?2,?3,?4,?5,?6,?7,?8,"
		  "?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,?25,?26,?27,?28)" },
		{ offsetof(struct writer, arg), "INSERT INTO args VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,"
		  "?10)" },
		{ offsetof(struct writer, cond), "INSERT INTO conds VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)" },
		{ offsetof(struct writer, reg), "INSERT INTO regs VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,"
		  "?10,?11,?12,?13)" },
		{ offsetof(struct writer, file), "INSERT INTO files(path) VALUES(?1) ON CONFLICT(path)"
		  " DO UPDATE SET path = path RETURNING id" },
		{ offsetof(struct writer, ufile), "INSERT OR REPLACE INTO unit_files VALUES(?1,?2,?3,?4)" },
		{ offsetof(struct writer, anchor), "INSERT INTO fix_anchors VALUES(?1,?2,?3,?4,?5,?6,"
		  "?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17)" },
		{ offsetof(struct writer, fret), "INSERT INTO fix_returns VALUES(?1,?2,?3,?4,?5,?6,"
		  "?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)" },
	};

	for (size_t i = 0; i < sizeof(stmts) / sizeof(*stmts); i++)
		if (sqlite3_prepare_v2(w->st->db, stmts[i].sql, -1,
				       (sqlite3_stmt **)((char *)w + stmts[i].off), NULL))
			return -1;
	return 0;
}

static void finalize_writer(struct writer *w)
{
	sqlite3_stmt **all[] = { &w->func, &w->param, &w->block, &w->succ, &w->event, &w->arg,
				 &w->cond, &w->reg, &w->file, &w->ufile, &w->anchor, &w->fret };

	for (size_t i = 0; i < sizeof(all) / sizeof(*all); i++)
		sqlite3_finalize(*all[i]);
}

static int put_unit(struct writer *w, unsigned u)
{
	const struct bs_tu *tu = w->tu;
	const struct bs_unit *unit = &tu->units.v[u];
	int64_t id = unit_id(w, unit);
	unsigned fid = 0, rid = 0;

	if (id < 0 || delete_facts(w->st, id) || put_files(w, id, unit))
		return -1;
	if (unit->failed)
		return 0;	/* no facts: never linked until it parses again */
	for (unsigned i = 0; i < tu->funcs.n; i++)
		if (tu->funcs.v[i]->unit == u && put_func(w, id, fid++, tu->funcs.v[i]))
			return -1;
	for (unsigned i = 0; i < tu->nregs_raw; i++)
		if (tu->regs.v[i].unit == u && put_reg(w, id, rid++, &tu->regs.v[i]))
			return -1;
	return 0;
}

int bs_store_put(struct bs_store *st, const struct bs_tu *tu, char *err, size_t errlen)
{
	struct writer w = { .st = st, .tu = tu };
	int rc = -1;

	/* one write transaction per check: a unit is never seen half-written */
	if (exec_retrying(st, "BEGIN IMMEDIATE"))
		return db_fail(st, err, errlen, "cannot start writing");
	if (prepare_writer(&w) == SQLITE_OK) {
		rc = 0;
		for (unsigned u = 0; u < tu->units.n && !rc; u++)
			rc = put_unit(&w, u);
	}
	if (rc)
		db_fail(st, err, errlen, "cannot store the facts");
	finalize_writer(&w);
	if (sqlite3_exec(st->db, rc ? "ROLLBACK" : "COMMIT", NULL, NULL, NULL) && !rc)
		rc = db_fail(st, err, errlen, "cannot commit the facts");
	return rc;
}

int bs_store_units(struct bs_store *st, const char *module, struct bs_stored_units *out,
		   char *err, size_t errlen)
{
	sqlite3_stmt *q;
	int rc;

	memset(out, 0, sizeof(*out));
	if (sqlite3_prepare_v2(st->db, "SELECT id, path, module, failed, error, src_hash, object,"
			       " srctree, lower_hash, checked_at FROM units"
			       " WHERE ?1 IS NULL OR module = ?1 ORDER BY path, module", -1, &q, NULL))
		return db_fail(st, err, errlen, "cannot read the units");
	if (module)
		sqlite3_bind_text(q, 1, module, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct bs_stored_unit u = {
			.id = sqlite3_column_int64(q, 0), .path = col_str(q, 1),
			.module = col_str(q, 2), .failed = sqlite3_column_int(q, 3),
			.error = col_str(q, 4), .src_hash = (uint64_t)sqlite3_column_int64(q, 5),
			.object = col_str(q, 6), .srctree = col_str(q, 7),
			.lower_hash = (uint64_t)sqlite3_column_int64(q, 8),
			.checked_at = sqlite3_column_int64(q, 9),
		};

		bs_vec_push(out, u);
	}
	sqlite3_finalize(q);
	return rc == SQLITE_DONE ? 0 : db_fail(st, err, errlen, "cannot read the units");
}

void bs_stored_units_free(struct bs_stored_units *u)
{
	for (unsigned i = 0; i < u->n; i++) {
		free(u->v[i].path);
		free(u->v[i].module);
		free(u->v[i].error);
		free(u->v[i].object);
		free(u->v[i].srctree);
	}
	bs_vec_free(u);
}

/* The text column of every row of sql (one ?1 text parameter, may be NULL). */
static int strings(struct bs_store *st, const char *sql, const char *param, char ***out,
		   unsigned *n, char *err, size_t errlen)
{
	BS_VEC(char *) v = { 0 };
	sqlite3_stmt *q;
	int rc;

	if (sqlite3_prepare_v2(st->db, sql, -1, &q, NULL))
		return db_fail(st, err, errlen, "cannot read the store");
	if (param)
		sqlite3_bind_text(q, 1, param, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW)
		bs_vec_push(&v, bs_xstrdup((const char *)sqlite3_column_text(q, 0)));
	sqlite3_finalize(q);
	*out = v.v;
	*n = v.n;
	return rc == SQLITE_DONE ? 0 : db_fail(st, err, errlen, "cannot read the store");
}

int bs_store_modules(struct bs_store *st, char ***names, unsigned *n, char *err, size_t errlen)
{
	return strings(st, "SELECT DISTINCT module FROM units ORDER BY module", NULL, names, n, err,
		       errlen);
}

int bs_store_units_reading(struct bs_store *st, const char *path, char ***paths, unsigned *n,
			   char *err, size_t errlen)
{
	return strings(st, "SELECT DISTINCT u.path FROM units u JOIN unit_files uf ON uf.unit = u.id"
		       " JOIN files f ON f.id = uf.file WHERE f.path = ?1 ORDER BY u.path", path,
		       paths, n, err, errlen);
}

int bs_store_unit_files(struct bs_store *st, int64_t id, struct bs_stored_files *out, char *err,
			size_t errlen)
{
	sqlite3_stmt *q;
	int rc;

	memset(out, 0, sizeof(*out));
	if (sqlite3_prepare_v2(st->db, "SELECT f.path, uf.size, uf.mtime FROM unit_files uf"
			       " JOIN files f ON f.id = uf.file WHERE uf.unit = ?1 ORDER BY f.path",
			       -1, &q, NULL))
		return db_fail(st, err, errlen, "cannot read the files of a unit");
	sqlite3_bind_int64(q, 1, id);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct bs_stored_file f = { col_str(q, 0), sqlite3_column_int64(q, 1),
					    sqlite3_column_int64(q, 2) };

		bs_vec_push(out, f);
	}
	sqlite3_finalize(q);
	return rc == SQLITE_DONE ? 0 : db_fail(st, err, errlen, "cannot read the files of a unit");
}

void bs_stored_files_free(struct bs_stored_files *f)
{
	for (unsigned i = 0; i < f->n; i++)
		free(f->v[i].path);
	bs_vec_free(f);
}

static int set_load_ids(struct bs_store *st, const int64_t *ids, unsigned n);

int bs_store_file_versions(struct bs_store *st, const int64_t *ids, unsigned n,
			   struct bs_file_versions *out, char *err, size_t errlen)
{
	sqlite3_stmt *q;
	int rc;

	memset(out, 0, sizeof(*out));
	if (sqlite3_exec(st->db, "BEGIN", NULL, NULL, NULL) || set_load_ids(st, ids, n) ||
	    sqlite3_prepare_v2(st->db, "SELECT f.path, uf.size, uf.mtime, group_concat(uf.unit)"
			       " FROM unit_files uf JOIN files f ON f.id = uf.file"
			       " WHERE uf.unit IN (SELECT value FROM temp.load_ids)"
			       " GROUP BY uf.file, uf.size, uf.mtime", -1, &q, NULL)) {
		sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
		return db_fail(st, err, errlen, "cannot read the files the units read");
	}
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct bs_file_version v = { col_str(q, 0), sqlite3_column_int64(q, 1),
					     sqlite3_column_int64(q, 2), NULL, 0 };
		const char *list = (const char *)sqlite3_column_text(q, 3);
		BS_VEC(int64_t) units = { 0 };

		while (list && *list) {
			char *end;
			long long id = strtoll(list, &end, 10);

			if (end == list)
				break;
			bs_vec_push(&units, id);
			list = *end == ',' ? end + 1 : end;
		}
		v.units = units.v;
		v.nunits = units.n;
		bs_vec_push(out, v);
	}
	sqlite3_finalize(q);
	sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
	return rc == SQLITE_DONE ? 0 : db_fail(st, err, errlen, "cannot read the files the units read");
}

void bs_file_versions_free(struct bs_file_versions *v)
{
	for (unsigned i = 0; i < v->n; i++) {
		free(v->v[i].path);
		free(v->v[i].units);
	}
	bs_vec_free(v);
}

int bs_store_delete(struct bs_store *st, int64_t id, char *err, size_t errlen)
{
	char sql[96];
	int rc;

	if (exec_retrying(st, "BEGIN IMMEDIATE"))
		return db_fail(st, err, errlen, "cannot start writing");
	snprintf(sql, sizeof(sql), "DELETE FROM units WHERE id = %lld", (long long)id);
	rc = delete_facts(st, id) || sqlite3_exec(st->db, sql, NULL, NULL, NULL);
	if (sqlite3_exec(st->db, rc ? "ROLLBACK" : "COMMIT", NULL, NULL, NULL) || rc)
		return db_fail(st, err, errlen, "cannot delete a unit");
	return 0;
}

/* Where the functions of each loaded unit landed in the merged facts. */
struct unit_map {
	const int64_t *ids;
	unsigned n;
	unsigned *unit_index;	/* tu unit of each */
	unsigned *func_base, *nfuncs;
};

static int unit_index(const struct unit_map *m, int64_t id)
{
	for (unsigned i = 0; i < m->n; i++)
		if (m->ids[i] == id)
			return i;
	return -1;
}

/* The function a row belongs to, or NULL if the row is inconsistent. */
static struct bs_func *row_func(struct bs_tu *tu, struct unit_map *m, sqlite3_stmt *q)
{
	int u = unit_index(m, sqlite3_column_int64(q, 0));
	int fid = sqlite3_column_int(q, 1);

	if (u < 0 || fid < 0 || (unsigned)fid >= m->nfuncs[u])
		return NULL;
	return tu->funcs.v[m->func_base[u] + fid];
}

typedef int (*row_loader)(struct bs_tu *tu, struct unit_map *m, sqlite3_stmt *q);

static int load_func(struct bs_tu *tu, struct unit_map *m, sqlite3_stmt *q)
{
	int u = unit_index(m, sqlite3_column_int64(q, 0));
	struct bs_func *f;

	if (u < 0 || (unsigned)sqlite3_column_int(q, 1) != m->nfuncs[u] ||
	    (m->nfuncs[u] && m->func_base[u] + m->nfuncs[u] != tu->funcs.n))
		return -1;
	if (!m->nfuncs[u])
		m->func_base[u] = tu->funcs.n;
	f = bs_tu_add_func(tu, (const char *)sqlite3_column_text(q, 2));
	f->unit = m->unit_index[u];
	f->loc = (struct bs_loc){ col_sym(q, 3, tu), sqlite3_column_int(q, 4),
				  sqlite3_column_int(q, 5), 0 };
	f->end_loc = (struct bs_loc){ col_sym(q, 6, tu), sqlite3_column_int(q, 7),
				      sqlite3_column_int(q, 8), 0 };
	f->is_static = sqlite3_column_int(q, 9);
	f->is_driver = sqlite3_column_int(q, 10);
	f->entry = sqlite3_column_int(q, 11);
	f->exit = sqlite3_column_int(q, 12);
	f->unanalysed = col_sym(q, 13, tu);
	m->nfuncs[u]++;
	return 0;
}

static int load_param(struct bs_tu *tu, struct unit_map *m, sqlite3_stmt *q)
{
	struct bs_func *f = row_func(tu, m, q);
	bs_sym atom;

	if (!f || (unsigned)sqlite3_column_int(q, 2) != f->params.n)
		return -1;
	atom = col_sym(q, 3, tu);
	bs_vec_push(&f->params, atom);
	return 0;
}

static int load_anchor(struct bs_tu *tu, struct unit_map *m, sqlite3_stmt *q)
{
	struct bs_func *f = row_func(tu, m, q);
	struct bs_fix_anchors *a;

	if (!f || f->fix.present)
		return -1;
	a = &f->fix;
	a->present = 1;
	a->why = col_sym(q, 2, tu);
	a->file = col_sym(q, 3, tu);
	a->open = sqlite3_column_int64(q, 4);
	a->enter_at = sqlite3_column_int64(q, 5);
	a->enter_loc = (struct bs_loc){ col_sym(q, 6, tu), sqlite3_column_int(q, 7),
					sqlite3_column_int(q, 8), 0 };
	a->end_at = sqlite3_column_int64(q, 9);
	a->falls_off = sqlite3_column_int(q, 10);
	a->indent = col_sym(q, 11, tu);
	a->rtype = col_sym(q, 12, tu);
	a->device = col_sym(q, 13, tu);
	a->cookie = col_sym(q, 14, tu);
	a->retvar = col_sym(q, 15, tu);
	a->retvar_declared = sqlite3_column_int(q, 16);
	return 0;
}

static int load_fix_return(struct bs_tu *tu, struct unit_map *m, sqlite3_stmt *q)
{
	struct bs_func *f = row_func(tu, m, q);
	struct bs_fix_return r;

	if (!f || !f->fix.present || (unsigned)sqlite3_column_int(q, 2) != f->fix.returns.n)
		return -1;
	r = (struct bs_fix_return){
		.loc = { col_sym(q, 3, tu), sqlite3_column_int(q, 4), sqlite3_column_int(q, 5), 0 },
		.at = sqlite3_column_int64(q, 6), .at_line_start = sqlite3_column_int(q, 7),
		.indent = col_sym(q, 8, tu), .brace_open = sqlite3_column_int64(q, 9),
		.brace_indent = col_sym(q, 10, tu), .why = col_sym(q, 11, tu),
		.brace_close_len = sqlite3_column_int64(q, 12), .kw = sqlite3_column_int64(q, 13),
		.value_at = sqlite3_column_int64(q, 14), .after = sqlite3_column_int64(q, 15),
	};
	bs_vec_push(&f->fix.returns, r);
	return 0;
}

static int load_block(struct bs_tu *tu, struct unit_map *m, sqlite3_stmt *q)
{
	struct bs_func *f = row_func(tu, m, q);
	struct bs_block b;

	if (!f || (unsigned)sqlite3_column_int(q, 2) != f->blocks.n)
		return -1;
	b = (struct bs_block){
		.first_event = sqlite3_column_int(q, 3), .nevents = sqlite3_column_int(q, 4),
		.nsucc = sqlite3_column_int(q, 5),
		.succ = { sqlite3_column_int(q, 6), sqlite3_column_int(q, 7) },
		.first_succ_extra = sqlite3_column_int(q, 8), .cond = sqlite3_column_int(q, 9),
		.noreturn = sqlite3_column_int(q, 10),
	};
	bs_vec_push(&f->blocks, b);
	return 0;
}

static int load_succ(struct bs_tu *tu, struct unit_map *m, sqlite3_stmt *q)
{
	struct bs_func *f = row_func(tu, m, q);

	if (!f || (unsigned)sqlite3_column_int(q, 2) != f->succ_extra.n)
		return -1;
	bs_vec_push(&f->succ_extra, sqlite3_column_int(q, 3));
	return 0;
}

static int load_event(struct bs_tu *tu, struct unit_map *m, sqlite3_stmt *q)
{
	struct bs_func *f = row_func(tu, m, q);
	struct bs_event ev = { 0 };

	if (!f || (unsigned)sqlite3_column_int(q, 2) != f->events.n)
		return -1;
	ev.kind = sqlite3_column_int(q, 3);
	ev.loc = (struct bs_loc){ col_sym(q, 4, tu), sqlite3_column_int(q, 5),
				  sqlite3_column_int(q, 6), 0 };
	ev.callee = col_sym(q, 7, tu);
	ev.via = sqlite3_column_int(q, 8);
	ev.ind_struct = col_sym(q, 9, tu);
	ev.ind_field = col_sym(q, 10, tu);
	ev.ind_var = col_sym(q, 11, tu);
	ev.ind_param = sqlite3_column_int(q, 12);
	ev.result = col_sym(q, 13, tu);
	ev.first_arg = sqlite3_column_int(q, 14);
	ev.nargs = sqlite3_column_int(q, 15);
	ev.macro = col_sym(q, 16, tu);
	ev.atom = col_sym(q, 17, tu);
	ev.cond = sqlite3_column_int(q, 18);
	ev.callee_driver = sqlite3_column_int(q, 19);
	ev.value_func = col_sym(q, 20, tu);
	ev.value_obj = col_sym(q, 21, tu);
	ev.field = col_sym(q, 22, tu);
	ev.ind_table = col_sym(q, 23, tu);
	ev.ind_owner = col_sym(q, 24, tu);
	ev.ind_owner_param = sqlite3_column_int(q, 25);
	ev.base_inst = col_sym(q, 26, tu);
	ev.value_table = col_sym(q, 27, tu);
	bs_vec_push(&f->events, ev);
	return 0;
}

static int load_arg(struct bs_tu *tu, struct unit_map *m, sqlite3_stmt *q)
{
	struct bs_func *f = row_func(tu, m, q);
	struct bs_arg a;

	if (!f || (unsigned)sqlite3_column_int(q, 2) != f->args.n)
		return -1;
	a = (struct bs_arg){ .atom = col_sym(q, 3, tu), .obj = col_sym(q, 4, tu),
			     .func = col_sym(q, 5, tu), .origin = sqlite3_column_int(q, 6),
			     .fnptr = sqlite3_column_int(q, 7), .field = col_sym(q, 8, tu),
			     .inst = col_sym(q, 9, tu) };
	bs_vec_push(&f->args, a);
	return 0;
}

static int load_cond(struct bs_tu *tu, struct unit_map *m, sqlite3_stmt *q)
{
	struct bs_func *f = row_func(tu, m, q);
	struct bs_cond c;

	if (!f || (unsigned)sqlite3_column_int(q, 2) != f->conds.n)
		return -1;
	c = (struct bs_cond){ .kind = sqlite3_column_int(q, 3), .a = sqlite3_column_int(q, 4),
			      .b = sqlite3_column_int(q, 5), .sym = col_sym(q, 6, tu),
			      .atom = col_sym(q, 7, tu), .value = sqlite3_column_int64(q, 8) };
	bs_vec_push(&f->conds, c);
	return 0;
}

static int load_reg(struct bs_tu *tu, struct unit_map *m, sqlite3_stmt *q)
{
	int u = unit_index(m, sqlite3_column_int64(q, 0));
	struct bs_reg r;

	if (u < 0)
		return -1;
	r = (struct bs_reg){ .kind = sqlite3_column_int(q, 2), .func = col_sym(q, 3, tu),
			     .obj = col_sym(q, 4, tu), .rec = col_sym(q, 5, tu),
			     .field = col_sym(q, 6, tu), .callee = col_sym(q, 7, tu),
			     .arg = sqlite3_column_int(q, 8),
			     .loc = { col_sym(q, 9, tu), sqlite3_column_int(q, 10),
				      sqlite3_column_int(q, 11), 0 },
			     .argv = col_sym(q, 12, tu) };
	r.unit = m->unit_index[u];
	bs_vec_push(&tu->regs, r);
	tu->nregs_raw = tu->regs.n;
	return 0;
}

/* The file metadata rows of a unit, into its bs_unit. */
static int load_unit_meta(struct bs_store *st, struct bs_tu *tu, int64_t id, unsigned u,
			  char *err, size_t errlen)
{
	struct bs_unit *unit = &tu->units.v[u];
	sqlite3_stmt *q;
	int rc;

	if (sqlite3_prepare_v2(st->db, "SELECT module, failed, error, src_hash, object, srctree,"
			       " lower_hash FROM units WHERE id = ?1", -1, &q, NULL))
		return db_fail(st, err, errlen, "cannot read the units");
	sqlite3_bind_int64(q, 1, id);
	if ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		unit->module = col_sym(q, 0, tu);
		unit->failed = sqlite3_column_int(q, 1);
		unit->error = col_sym(q, 2, tu);
		unit->src_hash = (uint64_t)sqlite3_column_int64(q, 3);
		unit->object = col_sym(q, 4, tu);
		unit->srctree = col_sym(q, 5, tu);
		unit->lower_hash = (uint64_t)sqlite3_column_int64(q, 6);
	}
	sqlite3_finalize(q);
	return rc == SQLITE_ROW ? 0 : fail(err, errlen, "%s: no unit %lld", st->path, (long long)id);
}

static int load_table(struct bs_store *st, struct bs_tu *tu, struct unit_map *m,
		      const char *table, const char *order, row_loader fn, char *err,
		      size_t errlen)
{
	sqlite3_stmt *q;
	char sql[256];
	int rc;

	snprintf(sql, sizeof(sql), "SELECT * FROM %s WHERE unit IN (SELECT value FROM temp.load_ids)"
		 " ORDER BY %s", table, order);
	if (sqlite3_prepare_v2(st->db, sql, -1, &q, NULL))
		return db_fail(st, err, errlen, "cannot read the facts");
	while ((rc = sqlite3_step(q)) == SQLITE_ROW)
		if (fn(tu, m, q)) {
			sqlite3_finalize(q);
			return fail(err, errlen, "%s: the fact store is inconsistent (%s); delete it and "
				    "check again", st->path, table);
		}
	sqlite3_finalize(q);
	return rc == SQLITE_DONE ? 0 : db_fail(st, err, errlen, "cannot read the facts");
}

/* The ids to load, in a temporary table the queries join against. */
static int set_load_ids(struct bs_store *st, const int64_t *ids, unsigned n)
{
	sqlite3_stmt *q;

	if (sqlite3_exec(st->db, "CREATE TEMP TABLE IF NOT EXISTS load_ids(value INTEGER PRIMARY KEY);"
			 "DELETE FROM temp.load_ids;", NULL, NULL, NULL) ||
	    sqlite3_prepare_v2(st->db, "INSERT OR IGNORE INTO temp.load_ids VALUES(?1)", -1, &q, NULL))
		return -1;
	for (unsigned i = 0; i < n; i++) {
		sqlite3_reset(q);
		sqlite3_bind_int64(q, 1, ids[i]);
		if (sqlite3_step(q) != SQLITE_DONE) {
			sqlite3_finalize(q);
			return -1;
		}
	}
	sqlite3_finalize(q);
	return 0;
}

int bs_store_load_units(struct bs_store *st, const int64_t *ids, unsigned n, struct bs_tu *tu,
			char *err, size_t errlen)
{
	static const struct {
		const char *table, *order;
		row_loader fn;
	} tables[] = {
		{ "params", "unit, fid, idx", load_param },
		{ "blocks", "unit, fid, bid", load_block },
		{ "extra_succs", "unit, fid, idx", load_succ },
		{ "events", "unit, fid, eid", load_event },
		{ "args", "unit, fid, aid", load_arg },
		{ "conds", "unit, fid, cid", load_cond },
		{ "fix_anchors", "unit, fid", load_anchor },
		{ "fix_returns", "unit, fid, idx", load_fix_return },
	};
	struct unit_map m = { ids, n, bs_xcalloc(n, sizeof(unsigned)),
			      bs_xcalloc(n, sizeof(unsigned)), bs_xcalloc(n, sizeof(unsigned)) };
	sqlite3_stmt *q = NULL;
	int rc = 0;

	if (sqlite3_exec(st->db, "BEGIN", NULL, NULL, NULL) || set_load_ids(st, ids, n)) {
		rc = db_fail(st, err, errlen, "cannot read the units");
		goto out;
	}
	for (unsigned i = 0; i < n && !rc; i++) {
		if (sqlite3_prepare_v2(st->db, "SELECT path FROM units WHERE id = ?1", -1, &q, NULL)) {
			rc = db_fail(st, err, errlen, "cannot read the units");
			break;
		}
		sqlite3_bind_int64(q, 1, ids[i]);
		if (sqlite3_step(q) != SQLITE_ROW) {
			rc = fail(err, errlen, "%s: no unit %lld", st->path, (long long)ids[i]);
		} else {
			m.unit_index[i] = bs_tu_add_unit(tu, (const char *)sqlite3_column_text(q, 0));
			rc = load_unit_meta(st, tu, ids[i], m.unit_index[i], err, errlen);
		}
		sqlite3_finalize(q);
	}
	/* functions unit by unit, in the order given, so each unit's are contiguous */
	for (unsigned i = 0; i < n && !rc; i++) {
		char sql[96];

		snprintf(sql, sizeof(sql), "SELECT * FROM functions WHERE unit = %lld ORDER BY fid",
			 (long long)ids[i]);
		if (sqlite3_prepare_v2(st->db, sql, -1, &q, NULL)) {
			rc = db_fail(st, err, errlen, "cannot read the facts");
			break;
		}
		while (!rc && sqlite3_step(q) == SQLITE_ROW)
			if (load_func(tu, &m, q))
				rc = fail(err, errlen, "%s: the fact store is inconsistent (functions); "
					  "delete it and check again", st->path);
		sqlite3_finalize(q);
	}
	for (size_t i = 0; i < sizeof(tables) / sizeof(*tables) && !rc; i++)
		rc = load_table(st, tu, &m, tables[i].table, tables[i].order, tables[i].fn, err,
				errlen);
	if (!rc)
		rc = load_table(st, tu, &m, "regs", "unit, rid", load_reg, err, errlen);
out:
	sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
	free(m.unit_index);
	free(m.func_base);
	free(m.nfuncs);
	return rc;
}

int bs_store_dump(struct bs_store *st, FILE *out, char *err, size_t errlen)
{
	static const char sql[] =
		"SELECT u.path, u.module, u.failed, u.error,"
		" strftime('%Y-%m-%dT%H:%M:%SZ', u.checked_at, 'unixepoch'),"
		" (SELECT count(*) FROM functions f WHERE f.unit = u.id),"
		" (SELECT count(*) FROM functions f WHERE f.unit = u.id AND f.is_driver),"
		" (SELECT count(*) FROM events e WHERE e.unit = u.id),"
		" (SELECT count(*) FROM regs r WHERE r.unit = u.id),"
		" (SELECT count(*) FROM unit_files uf WHERE uf.unit = u.id)"
		" FROM units u ORDER BY u.path, u.module";
	static const char regs_sql[] =
		"SELECT u.path, r.func, r.kind, r.rec, r.field, r.callee, r.arg, r.obj, r.file, r.line"
		" FROM regs r JOIN units u ON u.id = r.unit ORDER BY u.path, u.module, r.rid";
	sqlite3_stmt *q;

	if (sqlite3_prepare_v2(st->db, sql, -1, &q, NULL))
		return db_fail(st, err, errlen, "cannot read the units");
	while (sqlite3_step(q) == SQLITE_ROW) {
		const char *module = (const char *)sqlite3_column_text(q, 1);

		fprintf(out, "unit %s", sqlite3_column_text(q, 0));
		if (module && *module)
			fprintf(out, " module %s", module);
		if (sqlite3_column_int(q, 2))
			fprintf(out, " failed (%s)", sqlite3_column_text(q, 3) ?
				(const char *)sqlite3_column_text(q, 3) : "?");
		fprintf(out, " checked %s: %d functions (%d driver), %d events, %d registrations, "
			"%d files read\n", sqlite3_column_text(q, 4), sqlite3_column_int(q, 5),
			sqlite3_column_int(q, 6), sqlite3_column_int(q, 7), sqlite3_column_int(q, 8),
			sqlite3_column_int(q, 9));
	}
	sqlite3_finalize(q);
	if (sqlite3_prepare_v2(st->db, regs_sql, -1, &q, NULL))
		return db_fail(st, err, errlen, "cannot read the registrations");
	while (sqlite3_step(q) == SQLITE_ROW) {
		fprintf(out, "registration %s ", sqlite3_column_text(q, 1) ?
			(const char *)sqlite3_column_text(q, 1) : "-");
		if (sqlite3_column_int(q, 2) == BS_REG_FIELD ||
		    sqlite3_column_int(q, 2) == BS_REG_TABLE)
			fprintf(out, "%sin field (struct %s).%s",
				sqlite3_column_int(q, 2) == BS_REG_TABLE ? "table " : "",
				sqlite3_column_text(q, 3), sqlite3_column_text(q, 4));
		else if (sqlite3_column_int(q, 2) == BS_REG_OBJARG)
			fprintf(out, "object passed as argument %d of %s()", sqlite3_column_int(q, 6),
				sqlite3_column_text(q, 5));
		else if (sqlite3_column_int(q, 2) == BS_REG_PASS)
			fprintf(out, "values passed to %s()", sqlite3_column_text(q, 5));
		else
			fprintf(out, "as argument %d of %s()", sqlite3_column_int(q, 6),
				sqlite3_column_text(q, 5));
		if (sqlite3_column_text(q, 7))
			fprintf(out, " for %s", sqlite3_column_text(q, 7));
		fprintf(out, " at %s:%d\n", sqlite3_column_text(q, 8), sqlite3_column_int(q, 9));
	}
	sqlite3_finalize(q);
	return 0;
}
