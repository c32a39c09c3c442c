// SPDX-License-Identifier: GPL-2.0
/* nanosleep() */
#define _POSIX_C_SOURCE 200809L
#include "store.h"

#include <sqlite3.h>
#include <stdarg.h>
#include <time.h>

#define SCHEMA_VERSION "1"

struct bs_store {
	sqlite3 *db;
	char *path;
};

static const char schema[] =
	"CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);"
	"CREATE TABLE IF NOT EXISTS units(id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL,"
	"  checked_at TEXT);"
	"CREATE TABLE IF NOT EXISTS functions(unit INTEGER, fid INTEGER, name TEXT,"
	"  file TEXT, line INTEGER, col INTEGER, end_file TEXT, end_line INTEGER, end_col INTEGER,"
	"  is_static INTEGER, is_driver INTEGER, entry INTEGER, exit INTEGER, unanalysed TEXT,"
	"  PRIMARY KEY(unit, fid));"
	"CREATE TABLE IF NOT EXISTS blocks(unit INTEGER, fid INTEGER, bid INTEGER,"
	"  first_event INTEGER, nevents INTEGER, nsucc INTEGER, succ0 INTEGER, succ1 INTEGER,"
	"  first_extra INTEGER, cond INTEGER, noreturn INTEGER, PRIMARY KEY(unit, fid, bid));"
	"CREATE TABLE IF NOT EXISTS extra_succs(unit INTEGER, fid INTEGER, idx INTEGER,"
	"  target INTEGER, PRIMARY KEY(unit, fid, idx));"
	"CREATE TABLE IF NOT EXISTS events(unit INTEGER, fid INTEGER, eid INTEGER, kind INTEGER,"
	"  file TEXT, line INTEGER, col INTEGER, callee TEXT, ind_struct TEXT, ind_field TEXT,"
	"  result TEXT, arg0 TEXT, arg1 TEXT, arg2 TEXT, arg3 TEXT, arg4 TEXT, arg5 TEXT,"
	"  obj0 TEXT, obj1 TEXT, obj2 TEXT, obj3 TEXT, obj4 TEXT, obj5 TEXT,"
	"  macro TEXT, origin INTEGER, atom TEXT, cond INTEGER, callee_driver INTEGER,"
	"  PRIMARY KEY(unit, fid, eid));"
	"CREATE TABLE IF NOT EXISTS conds(unit INTEGER, fid INTEGER, cid INTEGER, kind INTEGER,"
	"  a INTEGER, b INTEGER, sym TEXT, atom TEXT, value INTEGER, PRIMARY KEY(unit, fid, cid));"
	"CREATE TABLE IF NOT EXISTS regs(unit INTEGER, rid INTEGER, kind INTEGER, func TEXT,"
	"  obj TEXT, rec TEXT, field TEXT, callee TEXT, arg INTEGER, file TEXT, line INTEGER,"
	"  col INTEGER, PRIMARY KEY(unit, rid));";

static const char *const unit_tables[] = {
	"functions", "blocks", "extra_succs", "events", "conds", "regs",
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

static int check_schema(struct bs_store *st, char *err, size_t errlen)
{
	sqlite3_stmt *q;
	int rc;

	if (sqlite3_prepare_v2(st->db, "SELECT value FROM meta WHERE key = 'schema'", -1, &q, NULL))
		return db_fail(st, err, errlen, "reading the schema version");
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW && strcmp((const char *)sqlite3_column_text(q, 0), SCHEMA_VERSION)) {
		fail(err, errlen, "%s: written by another version of boundscope (schema %s, expected %s); "
		     "delete it and check again", st->path, sqlite3_column_text(q, 0), SCHEMA_VERSION);
		sqlite3_finalize(q);
		return -1;
	}
	sqlite3_finalize(q);
	if (rc == SQLITE_ROW)
		return 0;
	if (exec_retrying(st, "INSERT OR IGNORE INTO meta VALUES('schema', '" SCHEMA_VERSION "')"))
		return db_fail(st, err, errlen, "writing the schema version");
	return 0;
}

struct bs_store *bs_store_open(const char *path, int create, char *err, size_t errlen)
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
	if (exec_retrying(st, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;") ||
	    exec_retrying(st, schema)) {
		db_fail(st, err, errlen, "cannot set up the fact store");
		bs_store_close(st);
		return NULL;
	}
	if (check_schema(st, err, errlen)) {
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

struct writer {
	struct bs_store *st;
	const struct bs_tu *tu;
	sqlite3_stmt *func, *block, *succ, *event, *cond, *reg;
};

static int put_func(struct writer *w, sqlite3_int64 unit, unsigned fid, const struct bs_func *f)
{
	const struct bs_tu *tu = w->tu;
	sqlite3_stmt *q = w->func;

	sqlite3_reset(q);
	sqlite3_bind_int64(q, 1, unit);
	sqlite3_bind_int(q, 2, fid);
	bind_sym(q, 3, tu, f->name);
	bind_sym(q, 4, tu, f->loc.file);
	sqlite3_bind_int(q, 5, f->loc.line);
	sqlite3_bind_int(q, 6, f->loc.col);
	bind_sym(q, 7, tu, f->end_loc.file);
	sqlite3_bind_int(q, 8, f->end_loc.line);
	sqlite3_bind_int(q, 9, f->end_loc.col);
	sqlite3_bind_int(q, 10, f->is_static);
	sqlite3_bind_int(q, 11, f->is_driver);
	sqlite3_bind_int(q, 12, f->entry);
	sqlite3_bind_int(q, 13, f->exit);
	bind_sym(q, 14, tu, f->unanalysed);
	if (sqlite3_step(q) != SQLITE_DONE)
		return -1;
	for (unsigned b = 0; b < f->blocks.n; b++) {
		const struct bs_block *bl = &f->blocks.v[b];

		q = w->block;
		sqlite3_reset(q);
		sqlite3_bind_int64(q, 1, unit);
		sqlite3_bind_int(q, 2, fid);
		sqlite3_bind_int(q, 3, b);
		sqlite3_bind_int(q, 4, bl->first_event);
		sqlite3_bind_int(q, 5, bl->nevents);
		sqlite3_bind_int(q, 6, bl->nsucc);
		sqlite3_bind_int(q, 7, bl->succ[0]);
		sqlite3_bind_int(q, 8, bl->succ[1]);
		sqlite3_bind_int(q, 9, bl->first_succ_extra);
		sqlite3_bind_int(q, 10, bl->cond);
		sqlite3_bind_int(q, 11, bl->noreturn);
		if (sqlite3_step(q) != SQLITE_DONE)
			return -1;
	}
	for (unsigned i = 0; i < f->succ_extra.n; i++) {
		q = w->succ;
		sqlite3_reset(q);
		sqlite3_bind_int64(q, 1, unit);
		sqlite3_bind_int(q, 2, fid);
		sqlite3_bind_int(q, 3, i);
		sqlite3_bind_int(q, 4, f->succ_extra.v[i]);
		if (sqlite3_step(q) != SQLITE_DONE)
			return -1;
	}
	for (unsigned e = 0; e < f->events.n; e++) {
		const struct bs_event *ev = &f->events.v[e];

		q = w->event;
		sqlite3_reset(q);
		sqlite3_bind_int64(q, 1, unit);
		sqlite3_bind_int(q, 2, fid);
		sqlite3_bind_int(q, 3, e);
		sqlite3_bind_int(q, 4, ev->kind);
		bind_sym(q, 5, tu, ev->loc.file);
		sqlite3_bind_int(q, 6, ev->loc.line);
		sqlite3_bind_int(q, 7, ev->loc.col);
		bind_sym(q, 8, tu, ev->callee);
		bind_sym(q, 9, tu, ev->ind_struct);
		bind_sym(q, 10, tu, ev->ind_field);
		bind_sym(q, 11, tu, ev->result);
		for (unsigned i = 0; i < BS_MAX_ARGS; i++) {
			bind_sym(q, 12 + i, tu, ev->args[i]);
			bind_sym(q, 12 + BS_MAX_ARGS + i, tu, ev->objs[i]);
		}
		bind_sym(q, 24, tu, ev->macro);
		sqlite3_bind_int(q, 25, ev->origin);
		bind_sym(q, 26, tu, ev->atom);
		sqlite3_bind_int(q, 27, ev->cond);
		sqlite3_bind_int(q, 28, ev->callee_driver);
		if (sqlite3_step(q) != SQLITE_DONE)
			return -1;
	}
	for (unsigned c = 0; c < f->conds.n; c++) {
		const struct bs_cond *k = &f->conds.v[c];

		q = w->cond;
		sqlite3_reset(q);
		sqlite3_bind_int64(q, 1, unit);
		sqlite3_bind_int(q, 2, fid);
		sqlite3_bind_int(q, 3, c);
		sqlite3_bind_int(q, 4, k->kind);
		sqlite3_bind_int(q, 5, k->a);
		sqlite3_bind_int(q, 6, k->b);
		bind_sym(q, 7, tu, k->sym);
		bind_sym(q, 8, tu, k->atom);
		sqlite3_bind_int64(q, 9, k->value);
		if (sqlite3_step(q) != SQLITE_DONE)
			return -1;
	}
	return 0;
}

static int put_reg(struct writer *w, sqlite3_int64 unit, unsigned rid, const struct bs_reg *r)
{
	sqlite3_stmt *q = w->reg;

	sqlite3_reset(q);
	sqlite3_bind_int64(q, 1, unit);
	sqlite3_bind_int(q, 2, rid);
	sqlite3_bind_int(q, 3, r->kind);
	bind_sym(q, 4, w->tu, r->func);
	bind_sym(q, 5, w->tu, r->obj);
	bind_sym(q, 6, w->tu, r->rec);
	bind_sym(q, 7, w->tu, r->field);
	bind_sym(q, 8, w->tu, r->callee);
	sqlite3_bind_int(q, 9, r->arg);
	bind_sym(q, 10, w->tu, r->loc.file);
	sqlite3_bind_int(q, 11, r->loc.line);
	sqlite3_bind_int(q, 12, r->loc.col);
	return sqlite3_step(q) == SQLITE_DONE ? 0 : -1;
}

static sqlite3_int64 unit_id(struct bs_store *st, const char *path)
{
	sqlite3_stmt *q;
	sqlite3_int64 id = -1;
	char now[32];
	time_t t = time(NULL);

	strftime(now, sizeof(now), "%Y-%m-%dT%H:%M:%SZ", gmtime(&t));
	if (sqlite3_prepare_v2(st->db, "INSERT INTO units(path, checked_at) VALUES(?1, ?2) "
			       "ON CONFLICT(path) DO UPDATE SET checked_at = ?2 RETURNING id",
			       -1, &q, NULL))
		return -1;
	sqlite3_bind_text(q, 1, path, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 2, now, -1, SQLITE_STATIC);
	if (sqlite3_step(q) == SQLITE_ROW)
		id = sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	return id;
}

static int delete_unit(struct bs_store *st, sqlite3_int64 unit)
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
	sqlite3 *db = w->st->db;

	return sqlite3_prepare_v2(db, "INSERT INTO functions VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,"
				  "?11,?12,?13,?14)", -1, &w->func, NULL) ||
	       sqlite3_prepare_v2(db, "INSERT INTO blocks VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)",
				  -1, &w->block, NULL) ||
	       sqlite3_prepare_v2(db, "INSERT INTO extra_succs VALUES(?1,?2,?3,?4)", -1, &w->succ,
				  NULL) ||
	       sqlite3_prepare_v2(db, "INSERT INTO events VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,"
				  "?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,?25,?26,?27,?28)",
				  -1, &w->event, NULL) ||
	       sqlite3_prepare_v2(db, "INSERT INTO conds VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)", -1,
				  &w->cond, NULL) ||
	       sqlite3_prepare_v2(db, "INSERT INTO regs VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)",
				  -1, &w->reg, NULL);
}

static void finalize_writer(struct writer *w)
{
	sqlite3_finalize(w->func);
	sqlite3_finalize(w->block);
	sqlite3_finalize(w->succ);
	sqlite3_finalize(w->event);
	sqlite3_finalize(w->cond);
	sqlite3_finalize(w->reg);
}

static int put_unit(struct writer *w, unsigned u)
{
	const struct bs_tu *tu = w->tu;
	sqlite3_int64 id = unit_id(w->st, bs_str(tu->strs, tu->units.v[u]));
	unsigned fid = 0, rid = 0;

	if (id < 0 || delete_unit(w->st, id))
		return -1;
	for (unsigned i = 0; i < tu->funcs.n; i++)
		if (tu->funcs.v[i]->unit == u && put_func(w, id, fid++, tu->funcs.v[i]))
			return -1;
	for (unsigned i = 0; i < tu->regs.n; i++)
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

/* Where the functions of each stored unit landed in the merged facts. */
struct unit_map {
	BS_VEC(sqlite3_int64) ids;
	BS_VEC(unsigned) func_base;
	BS_VEC(unsigned) nfuncs;
};

static int unit_index(struct unit_map *m, sqlite3_int64 id)
{
	for (unsigned i = 0; i < m->ids.n; i++)
		if (m->ids.v[i] == id)
			return i;
	return -1;
}

/* The function a row belongs to, or NULL if the row is inconsistent. */
static struct bs_func *row_func(struct bs_tu *tu, struct unit_map *m, sqlite3_stmt *q)
{
	int u = unit_index(m, sqlite3_column_int64(q, 0));
	int fid = sqlite3_column_int(q, 1);

	if (u < 0 || fid < 0 || (unsigned)fid >= m->nfuncs.v[u])
		return NULL;
	return tu->funcs.v[m->func_base.v[u] + fid];
}

typedef int (*row_loader)(struct bs_tu *tu, struct unit_map *m, sqlite3_stmt *q);

static int load_func(struct bs_tu *tu, struct unit_map *m, sqlite3_stmt *q)
{
	int u = unit_index(m, sqlite3_column_int64(q, 0));
	struct bs_func *f;

	if (u < 0 || (unsigned)sqlite3_column_int(q, 1) != m->nfuncs.v[u])
		return -1;
	f = bs_tu_add_func(tu, (const char *)sqlite3_column_text(q, 2));
	f->unit = u;
	f->loc = (struct bs_loc){ col_sym(q, 3, tu), sqlite3_column_int(q, 4),
				  sqlite3_column_int(q, 5), 0 };
	f->end_loc = (struct bs_loc){ col_sym(q, 6, tu), sqlite3_column_int(q, 7),
				      sqlite3_column_int(q, 8), 0 };
	f->is_static = sqlite3_column_int(q, 9);
	f->is_driver = sqlite3_column_int(q, 10);
	f->entry = sqlite3_column_int(q, 11);
	f->exit = sqlite3_column_int(q, 12);
	f->unanalysed = col_sym(q, 13, tu);
	m->nfuncs.v[u]++;
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
	ev.ind_struct = col_sym(q, 8, tu);
	ev.ind_field = col_sym(q, 9, tu);
	ev.result = col_sym(q, 10, tu);
	for (unsigned i = 0; i < BS_MAX_ARGS; i++) {
		ev.args[i] = col_sym(q, 11 + i, tu);
		ev.objs[i] = col_sym(q, 11 + BS_MAX_ARGS + i, tu);
	}
	ev.macro = col_sym(q, 23, tu);
	ev.origin = sqlite3_column_int(q, 24);
	ev.atom = col_sym(q, 25, tu);
	ev.cond = sqlite3_column_int(q, 26);
	ev.callee_driver = sqlite3_column_int(q, 27);
	bs_vec_push(&f->events, ev);
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
				      sqlite3_column_int(q, 11), 0 } };
	bs_vec_push(&tu->regs, r);
	tu->regs.v[tu->regs.n - 1].unit = u;
	return 0;
}

static int load_table(struct bs_store *st, struct bs_tu *tu, struct unit_map *m,
		      const char *sql, row_loader fn, char *err, size_t errlen)
{
	sqlite3_stmt *q;
	int rc;

	if (sqlite3_prepare_v2(st->db, sql, -1, &q, NULL))
		return db_fail(st, err, errlen, "cannot read the facts");
	while ((rc = sqlite3_step(q)) == SQLITE_ROW)
		if (fn(tu, m, q)) {
			sqlite3_finalize(q);
			return fail(err, errlen, "%s: the fact store is inconsistent (%s); delete it and "
				    "check again", st->path, sql);
		}
	sqlite3_finalize(q);
	return rc == SQLITE_DONE ? 0 : db_fail(st, err, errlen, "cannot read the facts");
}

int bs_store_load(struct bs_store *st, struct bs_tu *tu, char *err, size_t errlen)
{
	static const struct {
		const char *sql;
		row_loader fn;
	} tables[] = {
		{ "SELECT f.* FROM functions f JOIN units u ON u.id = f.unit ORDER BY u.path, f.fid",
		  load_func },
		{ "SELECT * FROM blocks ORDER BY unit, fid, bid", load_block },
		{ "SELECT * FROM extra_succs ORDER BY unit, fid, idx", load_succ },
		{ "SELECT * FROM events ORDER BY unit, fid, eid", load_event },
		{ "SELECT * FROM conds ORDER BY unit, fid, cid", load_cond },
		{ "SELECT r.* FROM regs r JOIN units u ON u.id = r.unit ORDER BY u.path, r.rid",
		  load_reg },
	};
	struct unit_map m = { 0 };
	sqlite3_stmt *q;
	int rc = 0;

	if (sqlite3_exec(st->db, "BEGIN", NULL, NULL, NULL) ||
	    sqlite3_prepare_v2(st->db, "SELECT id, path FROM units ORDER BY path", -1, &q, NULL))
		return db_fail(st, err, errlen, "cannot read the units");
	while (sqlite3_step(q) == SQLITE_ROW) {
		bs_vec_push(&m.ids, sqlite3_column_int64(q, 0));
		bs_vec_push(&m.func_base, tu->funcs.n);
		bs_vec_push(&m.nfuncs, 0);
		bs_tu_add_unit(tu, (const char *)sqlite3_column_text(q, 1));
	}
	sqlite3_finalize(q);
	for (size_t i = 0; i < sizeof(tables) / sizeof(*tables) && !rc; i++) {
		if (i == 1) {	/* functions come in unit order: each unit's are contiguous */
			unsigned base = m.func_base.n ? m.func_base.v[0] : 0;

			for (unsigned u = 0; u < m.ids.n; u++) {
				m.func_base.v[u] = base;
				base += m.nfuncs.v[u];
			}
		}
		rc = load_table(st, tu, &m, tables[i].sql, tables[i].fn, err, errlen);
	}
	sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
	bs_vec_free(&m.ids);
	bs_vec_free(&m.func_base);
	bs_vec_free(&m.nfuncs);
	return rc;
}

struct bs_tu *bs_store_load_file(const char *path, char *err, size_t errlen)
{
	struct bs_store *st = bs_store_open(path, 0, err, errlen);
	struct bs_tu *tu = bs_tu_new();

	if (!st || bs_store_load(st, tu, err, errlen)) {
		bs_store_close(st);
		bs_tu_free(tu);
		return NULL;
	}
	bs_store_close(st);
	return tu;
}

int bs_store_dump(struct bs_store *st, FILE *out, char *err, size_t errlen)
{
	static const char sql[] =
		"SELECT u.path, u.checked_at,"
		" (SELECT count(*) FROM functions f WHERE f.unit = u.id),"
		" (SELECT count(*) FROM functions f WHERE f.unit = u.id AND f.is_driver),"
		" (SELECT count(*) FROM events e WHERE e.unit = u.id),"
		" (SELECT count(*) FROM regs r WHERE r.unit = u.id)"
		" FROM units u ORDER BY u.path";
	static const char regs_sql[] =
		"SELECT u.path, r.func, r.kind, r.rec, r.field, r.callee, r.arg, r.obj, r.file, r.line"
		" FROM regs r JOIN units u ON u.id = r.unit ORDER BY u.path, r.rid";
	sqlite3_stmt *q;

	if (sqlite3_prepare_v2(st->db, sql, -1, &q, NULL))
		return db_fail(st, err, errlen, "cannot read the units");
	while (sqlite3_step(q) == SQLITE_ROW)
		fprintf(out, "unit %s checked %s: %d functions (%d driver), %d events, %d registrations\n",
			sqlite3_column_text(q, 0), sqlite3_column_text(q, 1), sqlite3_column_int(q, 2),
			sqlite3_column_int(q, 3), sqlite3_column_int(q, 4), sqlite3_column_int(q, 5));
	sqlite3_finalize(q);
	if (sqlite3_prepare_v2(st->db, regs_sql, -1, &q, NULL))
		return db_fail(st, err, errlen, "cannot read the registrations");
	while (sqlite3_step(q) == SQLITE_ROW) {
		fprintf(out, "registration %s ", sqlite3_column_text(q, 1) ?
			(const char *)sqlite3_column_text(q, 1) : "-");
		if (sqlite3_column_int(q, 2) == BS_REG_FIELD)
			fprintf(out, "in field (struct %s).%s", sqlite3_column_text(q, 3),
				sqlite3_column_text(q, 4));
		else if (sqlite3_column_int(q, 2) == BS_REG_OBJARG)
			fprintf(out, "object passed as argument %d of %s()", sqlite3_column_int(q, 6),
				sqlite3_column_text(q, 5));
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
