// SPDX-License-Identifier: GPL-2.0
/* opendir(), getcwd(), strdup() */
#define _POSIX_C_SOURCE 200809L
#include "module.h"
#include "hash.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

const char *bs_unit_state_name(enum bs_unit_state s)
{
	static const char *const names[] = {
		[BS_UNIT_OK] = "ok",
		[BS_UNIT_FAILED] = "failed",
		[BS_UNIT_DELETED] = "deleted",
		[BS_UNIT_STALE] = "stale",
		[BS_UNIT_OTHER_CONFIG] = "lowered under another configuration",
		[BS_UNIT_OUTSIDE] = "no longer in the module",
		[BS_UNIT_TEST] = "a KUnit test file",
	};

	return names[s];
}

char *bs_path_normal(const char *path)
{
	char cwd[4096], *buf, *out, *tok, *save = NULL;
	size_t len;

	if (path[0] != '/' && getcwd(cwd, sizeof(cwd))) {
		buf = bs_xrealloc(NULL, strlen(cwd) + strlen(path) + 2);
		sprintf(buf, "%s/%s", cwd, path);
	} else {
		buf = bs_xstrdup(path);
	}
	out = bs_xcalloc(strlen(buf) + 2, 1);
	for (tok = strtok_r(buf, "/", &save); tok; tok = strtok_r(NULL, "/", &save)) {
		if (!strcmp(tok, "."))
			continue;
		if (!strcmp(tok, "..")) {
			char *slash = strrchr(out, '/');

			if (slash)
				*slash = 0;
			continue;
		}
		len = strlen(out);
		out[len] = '/';
		strcpy(out + len + 1, tok);
	}
	if (!*out)
		strcpy(out, "/");
	free(buf);
	return out;
}

void bs_module_name_fix(char *name)
{
	for (; *name; name++)
		if (*name == '-' || *name == ',')
			*name = '_';
}

static int is_test_file(const char *path)
{
	const char *base = strrchr(path, '/');

	return strstr(path, "/tests/") || strstr(base ? base : path, "kunit");
}

/* The directory part of a path, as a new string. */
static char *dir_of(const char *path)
{
	char *d = bs_xstrdup(path), *slash = strrchr(d, '/');

	if (slash && slash != d)
		*slash = 0;
	else if (slash)
		slash[1] = 0;
	return d;
}

/* The lines of a file, NULL if it cannot be read. */
static char **read_lines(const char *path, unsigned *n)
{
	FILE *f = fopen(path, "r");
	BS_VEC(char *) lines = { 0 };
	char buf[4096];

	if (!f)
		return NULL;
	while (fgets(buf, sizeof(buf), f)) {
		buf[strcspn(buf, "\r\n")] = 0;
		if (*buf)
			bs_vec_push(&lines, bs_xstrdup(buf));
	}
	fclose(f);
	*n = lines.n;
	if (!lines.v)
		return bs_xcalloc(1, sizeof(char *));
	return lines.v;
}

static void free_lines(char **v, unsigned n)
{
	for (unsigned i = 0; v && i < n; i++)
		free(v[i]);
	free(v);
}

/*
 * kbuild writes a manifest's entries as "$(obj)/<object>": absolute for external modules,
 * relative to the object tree in the kernel tree. The tree is the manifest's directory
 * without the part the first entry shares with its end.
 */
static char *object_tree(const char *manifest, const char *first)
{
	char *dir = dir_of(manifest), *rel = dir_of(first);
	size_t dl = strlen(dir), rl = strlen(rel);

	while (rl) {
		if (dl > rl && dir[dl - rl - 1] == '/' && !strcmp(dir + dl - rl, rel)) {
			dir[dl - rl - 1] = 0;
			break;
		}
		while (rl && rel[rl - 1] != '/')	/* shorter: drop the last component */
			rl--;
		if (rl)
			rel[--rl] = 0;
	}
	free(rel);
	return dir;
}

struct entry {
	char *object;		/* absolute */
	char *source;		/* the C file it is built from, absolute */
};

struct entries {
	struct entry *v;
	unsigned n, cap;
};

/* The manifest's objects as absolute paths with their C sources. */
static struct entries *manifest_entries(const char *manifest, const char *srctree)
{
	unsigned n = 0;
	char **lines = read_lines(manifest, &n);
	char *tree;
	struct entries *out;

	if (!lines)
		return NULL;
	out = bs_xcalloc(1, sizeof(*out));
	tree = n ? object_tree(manifest, lines[0]) : bs_xstrdup("/");
	for (unsigned i = 0; i < n; i++) {
		char *joined = bs_xrealloc(NULL, strlen(tree) + strlen(lines[i]) + 2 +
					   (srctree ? strlen(srctree) : 0));
		struct entry e;
		size_t len;

		if (lines[i][0] == '/')
			strcpy(joined, lines[i]);
		else
			sprintf(joined, "%s/%s", tree, lines[i]);
		e.object = bs_path_normal(joined);
		if (lines[i][0] != '/' && srctree)
			sprintf(joined, "%s/%s", srctree, lines[i]);
		e.source = bs_path_normal(joined);
		free(joined);
		len = strlen(e.source);
		if (len > 2 && !strcmp(e.source + len - 2, ".o"))
			e.source[len - 1] = 'c';
		bs_vec_push(out, e);
	}
	free(tree);
	free_lines(lines, n);
	return out;
}

static void free_entries(struct entries *e)
{
	for (unsigned i = 0; e && i < e->n; i++) {
		free(e->v[i].object);
		free(e->v[i].source);
	}
	if (e)
		bs_vec_free(e);
	free(e);
}

/* Does unit u belong to entry e? By its object file, else by its source. */
static int unit_is(const struct bs_stored_unit *u, const struct entry *e)
{
	return (u->object && !strcmp(u->object, e->object)) || !strcmp(u->path, e->source);
}

/* Does the manifest file at path list one of the module's units (or object)? */
static int lists_module(const char *path, const struct bs_module *m, const char *object,
			const char *srctree)
{
	struct entries *e = manifest_entries(path, srctree);
	int found = 0;

	for (unsigned i = 0; e && i < e->n && !found; i++) {
		found = object && !strcmp(object, e->v[i].object);
		for (unsigned k = 0; k < m->units.n && !found; k++)
			found = unit_is(&m->units.v[k], &e->v[i]);
	}
	free_entries(e);
	return found;
}

/* kbuild's <module>.mod in dir or a parent of it that lists the module, NULL if none. */
static char *find_manifest_from(const char *start, const struct bs_module *m, const char *object,
				const char *srctree)
{
	char *dir = bs_xstrdup(start);

	for (int level = 0; level < 8 && *dir; level++) {
		DIR *d = opendir(dir);
		struct dirent *de;
		char *found = NULL, *slash;

		while (d && !found && (de = readdir(d))) {
			size_t len = strlen(de->d_name);
			char *name;

			if (len < 5 || strcmp(de->d_name + len - 4, ".mod"))
				continue;
			name = bs_xstrdup(de->d_name);
			name[len - 4] = 0;
			bs_module_name_fix(name);
			if (!strcmp(name, m->name)) {
				char *path = bs_xrealloc(NULL, strlen(dir) + len + 2);

				sprintf(path, "%s/%s", dir, de->d_name);
				if (lists_module(path, m, object, srctree))
					found = path;
				else
					free(path);
			}
			free(name);
		}
		if (d)
			closedir(d);
		if (found) {
			free(dir);
			return found;
		}
		slash = strrchr(dir, '/');
		if (!slash || slash == dir)
			break;
		*slash = 0;
	}
	free(dir);
	return NULL;
}

static const char *module_srctree(const struct bs_module *m)
{
	for (unsigned i = 0; i < m->units.n; i++)
		if (m->units.v[i].srctree)
			return m->units.v[i].srctree;
	return NULL;
}

static void find_manifest(struct bs_module *m, const char *object)
{
	const char *srctree = module_srctree(m);
	char *dir;

	if (!*m->name)
		return;		/* outside kbuild there is no manifest */
	if (object) {
		dir = dir_of(object);
		m->manifest = find_manifest_from(dir, m, object, srctree);
		free(dir);
	}
	for (unsigned i = 0; !m->manifest && i < m->units.n; i++) {
		if (!m->units.v[i].object)
			continue;
		dir = dir_of(m->units.v[i].object);
		m->manifest = find_manifest_from(dir, m, NULL, srctree);
		free(dir);
	}
}

/*
 * Units the manifest does not list left the module, when they were checked before kbuild
 * wrote it (one checked since is a file the next link adds); C files it lists that the store
 * lacks are missing.
 */
static void apply_manifest(struct bs_module *m)
{
	struct entries *e = manifest_entries(m->manifest, module_srctree(m));
	struct stat st;

	if (!e || stat(m->manifest, &st)) {
		free_entries(e);
		return;
	}
	for (unsigned k = 0; k < m->units.n; k++) {
		int listed = 0;

		for (unsigned i = 0; i < e->n && !listed; i++)
			listed = unit_is(&m->units.v[k], &e->v[i]);
		if (!listed && m->judged[k].state == BS_UNIT_OK &&
		    m->units.v[k].checked_at < (int64_t)st.st_mtim.tv_sec)
			m->judged[k].state = BS_UNIT_OUTSIDE;
	}
	for (unsigned i = 0; i < e->n; i++) {
		int have = 0;

		for (unsigned k = 0; k < m->units.n && !have; k++)
			have = unit_is(&m->units.v[k], &e->v[i]);
		/* an object with no C source (assembly) has no facts to wait for */
		if (!have && !stat(e->v[i].source, &st) && !is_test_file(e->v[i].source))
			bs_vec_push(&m->missing, bs_xstrdup(e->v[i].source));
	}
	free_entries(e);
}

static int unit_of_id(const struct bs_module *m, int64_t id)
{
	for (unsigned k = 0; k < m->units.n; k++)
		if (m->units.v[k].id == id)
			return k;
	return -1;
}

static void mark(struct bs_module *m, int k, enum bs_unit_state state, const char *fmt,
		 const char *what)
{
	char buf[4200];

	if (k < 0 || m->judged[k].state != BS_UNIT_OK)
		return;
	m->judged[k].state = state;
	snprintf(buf, sizeof(buf), fmt, what);
	m->judged[k].detail = bs_xstrdup(buf);
}

/* Compares every file version the units read with the file system. */
static int judge_files(struct bs_store *st, struct bs_module *m, char *err, size_t errlen)
{
	BS_VEC(int64_t) ids = { 0 };
	struct bs_file_versions fv;

	for (unsigned k = 0; k < m->units.n; k++)
		if (m->judged[k].state == BS_UNIT_OK)
			bs_vec_push(&ids, m->units.v[k].id);
	if (bs_store_file_versions(st, ids.v, ids.n, &fv, err, errlen)) {
		bs_vec_free(&ids);
		return -1;
	}
	bs_vec_free(&ids);
	for (unsigned i = 0; i < fv.n; i++) {
		const struct bs_file_version *v = &fv.v[i];
		struct stat sb;
		int64_t mtime;
		uint64_t hash = 0;
		int hashed = 0, gone = stat(v->path, &sb) != 0;

		mtime = gone ? -1 : (int64_t)sb.st_mtim.tv_sec * 1000000000 + sb.st_mtim.tv_nsec;
		if (!gone && sb.st_size == v->size && mtime == v->mtime)
			continue;
		for (unsigned j = 0; j < v->nunits; j++) {
			int k = unit_of_id(m, v->units[j]);

			if (k < 0)
				continue;
			if (strcmp(m->units.v[k].path, v->path)) {
				mark(m, k, BS_UNIT_STALE, gone ? "%s is gone" : "%s changed since it was "
				     "checked", v->path);
				continue;
			}
			if (gone) {
				mark(m, k, BS_UNIT_DELETED, "%s is gone", v->path);
				continue;
			}
			/* the source itself: only its contents count (a touched file is fresh) */
			if (!hashed)
				hashed = bs_hash_file(v->path, &hash) ? 1 : -1;
			if (hashed < 0 || hash != m->units.v[k].src_hash)
				mark(m, k, BS_UNIT_STALE, "%s changed since it was checked", v->path);
		}
	}
	bs_file_versions_free(&fv);
	return 0;
}

int bs_module_open(struct bs_store *st, const char *name, const char *object, uint64_t lower_hash,
		   struct bs_module *m, char *err, size_t errlen)
{
	char *obj = object ? bs_path_normal(object) : NULL;
	int rc;

	memset(m, 0, sizeof(*m));
	m->name = bs_xstrdup(name ? name : "");
	if (bs_store_units(st, m->name, &m->units, err, errlen)) {
		free(obj);
		return -1;
	}
	m->judged = bs_xcalloc(m->units.n + 1, sizeof(*m->judged));
	for (unsigned k = 0; k < m->units.n; k++) {
		const struct bs_stored_unit *u = &m->units.v[k];

		if (is_test_file(u->path))
			m->judged[k].state = BS_UNIT_TEST;
		else if (u->failed)
			mark(m, k, BS_UNIT_FAILED, "%s", u->error ? u->error : "clang failed");
		else if (u->lower_hash != lower_hash)
			mark(m, k, BS_UNIT_OTHER_CONFIG, "%s", "checked under another configuration; "
			     "check it again");
	}
	rc = judge_files(st, m, err, errlen);
	if (!rc) {
		find_manifest(m, obj);
		if (m->manifest)
			apply_manifest(m);
	}
	free(obj);
	return rc;
}

void bs_module_free(struct bs_module *m)
{
	for (unsigned k = 0; m->judged && k < m->units.n; k++)
		free(m->judged[k].detail);
	free(m->judged);
	bs_stored_units_free(&m->units);
	for (unsigned i = 0; i < m->missing.n; i++)
		free(m->missing.v[i]);
	bs_vec_free(&m->missing);
	free(m->manifest);
	free(m->name);
}

int bs_module_complete(const struct bs_module *m)
{
	if (!m->manifest || m->missing.n)
		return 0;
	for (unsigned k = 0; k < m->units.n; k++)
		if (m->judged[k].state != BS_UNIT_OK && m->judged[k].state != BS_UNIT_OUTSIDE &&
		    m->judged[k].state != BS_UNIT_TEST && m->judged[k].state != BS_UNIT_DELETED)
			return 0;	/* a gone file is not in the module kbuild builds now */
	return 1;
}

int bs_module_load(struct bs_store *st, const struct bs_module *m, struct bs_tu *tu, char *err,
		   size_t errlen)
{
	BS_VEC(int64_t) ids = { 0 };
	int rc;

	for (unsigned k = 0; k < m->units.n; k++)
		if (m->judged[k].state == BS_UNIT_OK)
			bs_vec_push(&ids, m->units.v[k].id);
	rc = bs_store_load_units(st, ids.v, ids.n, tu, err, errlen);
	bs_vec_free(&ids);
	/* outside kbuild the files checked together are the driver */
	tu->whole_module = !*m->name || bs_module_complete(m);
	return rc;
}

int bs_module_prune(struct bs_store *st, const struct bs_module *m, FILE *log, char *err,
		    size_t errlen)
{
	for (unsigned k = 0; k < m->units.n; k++) {
		enum bs_unit_state s = m->judged[k].state;

		if (s != BS_UNIT_DELETED && s != BS_UNIT_OUTSIDE)
			continue;
		if (bs_store_delete(st, m->units.v[k].id, err, errlen))
			return -1;
		if (log)
			fprintf(log, "boundscope: note: forgot %s%s%s: %s\n", m->units.v[k].path,
				*m->name ? " of module " : "", m->name,
				s == BS_UNIT_DELETED ? "the file is gone" :
				"kbuild no longer links it into the module");
	}
	return 0;
}
