// SPDX-License-Identifier: GPL-2.0
#define _POSIX_C_SOURCE 200809L

#include <ctype.h>
#include <errno.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "fix_cmd.h"
#include "output.h"
#include "rules.h"
#include "scratch.h"
#include "strvec.h"

extern char **environ;

/* Text inserted before a line of the original (or replacing it), in priority order. */
struct edit {
	unsigned line;		/* 1-based line of the original */
	int prio;		/* among edits before one line: declaration, exit, enter */
	bool replace;		/* replaces the line rather than going before it */
	char *text;
};

struct file_edits {
	char *path;
	struct strvec lines;	/* the original, each with its newline */
	struct edit *edits;
	size_t n, cap;
	struct strvec guarded;	/* functions that already got their cookie declared */
};

struct bs_fixer {
	const struct bs_config *cfg;
	struct file_edits *files;
	size_t n;
	unsigned left;		/* findings without a fix */
	struct strvec done;	/* "file:line" of statements already handled */
};

struct bs_fixer *bs_fixer_new(const struct bs_config *cfg)
{
	struct bs_fixer *fx = calloc(1, sizeof(*fx));

	fx->cfg = cfg;
	return fx;
}

static struct file_edits *file_of(struct bs_fixer *fx, const char *path)
{
	struct file_edits *fe;
	char buf[4096];
	FILE *f;

	for (size_t i = 0; i < fx->n; i++)
		if (!strcmp(fx->files[i].path, path))
			return &fx->files[i];
	f = fopen(path, "r");
	if (!f)
		return NULL;
	fx->files = xrealloc(fx->files, (fx->n + 1) * sizeof(*fx->files));
	fe = &fx->files[fx->n++];
	memset(fe, 0, sizeof(*fe));
	fe->path = xstrdup(path);
	/* long lines come in pieces; join them */
	while (fgets(buf, sizeof(buf), f)) {
		if (fe->lines.n && !strchr(fe->lines.v[fe->lines.n - 1], '\n')) {
			char *prev = fe->lines.v[fe->lines.n - 1];
			char *joined = xrealloc(NULL, strlen(prev) + strlen(buf) + 1);

			strcpy(joined, prev);
			strcat(joined, buf);
			strvec_remove(&fe->lines, fe->lines.n - 1);
			strvec_push_owned(&fe->lines, joined);
		} else {
			strvec_push_owned(&fe->lines, xstrdup(buf));
		}
	}
	fclose(f);
	return fe;
}

static const char *line_at(struct file_edits *fe, unsigned line)
{
	return line >= 1 && line <= fe->lines.n ? fe->lines.v[line - 1] : "";
}

static void add_edit(struct file_edits *fe, unsigned line, int prio, bool replace, char *text)
{
	if (fe->n == fe->cap) {
		fe->cap = fe->cap ? 2 * fe->cap : 16;
		fe->edits = xrealloc(fe->edits, fe->cap * sizeof(*fe->edits));
	}
	fe->edits[fe->n++] = (struct edit){ line, prio, replace, text };
}

static char *fmt(const char *f, ...) __attribute__((format(printf, 1, 2)));
static char *fmt(const char *f, ...)
{
	va_list ap;
	char *s;
	int n;

	va_start(ap, f);
	n = vsnprintf(NULL, 0, f, ap);
	va_end(ap);
	s = xrealloc(NULL, (size_t)n + 1);
	va_start(ap, f);
	vsnprintf(s, (size_t)n + 1, f, ap);
	va_end(ap);
	return s;
}

static char *indent_of(const char *line)
{
	size_t n = strspn(line, " \t");
	char *s = xrealloc(NULL, n + 1);

	memcpy(s, line, n);
	s[n] = 0;
	return s;
}

/* The last significant character of a line, ignoring a trailing comment and blanks. */
static char last_char(const char *line)
{
	const char *end = line + strlen(line);
	const char *c = strstr(line, "//");
	const char *b = strstr(line, "/*");

	if (c && c < end)
		end = c;
	if (b && b < end && strstr(b, "*/"))
		end = b;
	while (end > line && isspace((unsigned char)end[-1]))
		end--;
	return end > line ? end[-1] : 0;
}

static bool blank(const char *line)
{
	return !line[strspn(line, " \t\r\n")];
}

static unsigned prev_nonblank(struct file_edits *fe, unsigned line)
{
	while (--line >= 1 && blank(line_at(fe, line)))
		;
	return line;
}

static bool starts_with_word(const char *line, const char *word)
{
	size_t n = strlen(word);

	line += strspn(line, " \t");
	return !strncmp(line, word, n) && !isalnum((unsigned char)line[n]) && line[n] != '_';
}

/* The line where the statement starting on @line ends (its ';' at depth 0), or 0. */
static unsigned statement_end(struct file_edits *fe, unsigned line, unsigned limit)
{
	int depth = 0;

	for (unsigned l = line; l <= limit; l++)
		for (const char *p = line_at(fe, l); *p; p++) {
			if (*p == '(' || *p == '[' || *p == '{')
				depth++;
			else if (*p == ')' || *p == ']' || *p == '}')
				depth--;
			else if (*p == ';' && depth == 0)
				return l;
			else if (p[0] == '/' && p[1] == '/')
				break;
		}
	return 0;
}

static void skip(struct bs_fixer *fx, struct json_object *rec, const char *why)
{
	fprintf(stderr, "boundscope: fix: %s:%d: %s\n", bs_record_str(rec, "file"),
		bs_record_int(rec, "line"), why);
	fx->left++;
}

static const struct bs_func *func_of(const struct bs_tu *tu, struct json_object *rec)
{
	const char *name = bs_record_str(rec, "function");
	const char *file = bs_record_str(rec, "file");

	for (unsigned i = 0; name && i < tu->funcs.n; i++) {
		const struct bs_func *f = tu->funcs.v[i];

		if (!strcmp(bs_str(tu->strs, f->name), name) &&
		    !strcmp(bs_str(tu->strs, f->loc.file), file))
			return f;
	}
	return NULL;
}

/* The function's text from its name to the body's '{'; @brace gets that line. */
static char *signature(struct file_edits *fe, const struct bs_func *f, unsigned *brace)
{
	struct strvec sv = STRVEC_INIT;
	char *s, *p;
	size_t len = 0;

	for (unsigned l = f->loc.line; l <= f->end_loc.line; l++) {
		const char *t = line_at(fe, l);

		if (l == f->loc.line && f->loc.col - 1 < strlen(t))
			t += f->loc.col - 1;
		strvec_push(&sv, t);
		len += strlen(t);
		if (strchr(t, '{')) {
			*brace = l;
			break;
		}
	}
	s = xrealloc(NULL, len + 1);
	*s = 0;
	for (size_t i = 0; i < sv.n; i++)
		strcat(s, sv.v[i]);
	strvec_free(&sv);
	p = strchr(s, '{');
	if (!p) {
		free(s);
		return NULL;
	}
	*p = 0;
	return s;
}

/* The name of the `struct drm_device *` parameter in @sig, or NULL. */
static char *drm_device_param(const char *sig)
{
	const char *p = strchr(sig, '(');

	while (p && *p) {
		const char *start = p + 1, *end = start;
		int depth = 0;

		for (; *end && !((*end == ',' || *end == ')') && depth == 0); end++)
			depth += (*end == '(') - (*end == ')');
		if (!*end)
			return NULL;
		{
			char *param = xrealloc(NULL, (size_t)(end - start) + 1);
			char *q;

			memcpy(param, start, (size_t)(end - start));
			param[end - start] = 0;
			if (strstr(param, "struct drm_device") && strchr(param, '*') &&
			    !strstr(param, "**")) {
				q = param + strlen(param);
				while (q > param && isspace((unsigned char)q[-1]))
					*--q = 0;
				while (q > param && (isalnum((unsigned char)q[-1]) || q[-1] == '_'))
					q--;
				if (*q) {
					char *name = xstrdup(q);

					free(param);
					return name;
				}
			}
			free(param);
		}
		p = *end == ',' ? end : NULL;
	}
	return NULL;
}

/* Does the function return void? The text before its name, on its line or the one before. */
static bool returns_void(struct file_edits *fe, const struct bs_func *f)
{
	char before[512] = "";
	const char *t = line_at(fe, f->loc.line);
	size_t n = f->loc.col - 1 < strlen(t) ? f->loc.col - 1 : 0;
	char *e;

	if (blank(t) || !t[strspn(t, " \t")] || strspn(t, " \t") >= n)
		snprintf(before, sizeof(before), "%s", line_at(fe, f->loc.line - 1));
	snprintf(before + strlen(before), sizeof(before) - strlen(before), "%.*s", (int)n, t);
	e = before + strlen(before);
	while (e > before && isspace((unsigned char)e[-1]))
		*--e = 0;
	return e - before >= 4 && !strcmp(e - 4, "void") &&
	       (e - before == 4 || !isalnum((unsigned char)e[-5]));
}

static bool uses_word(struct file_edits *fe, unsigned from, unsigned to, const char *w)
{
	size_t n = strlen(w);

	for (unsigned l = from; l <= to; l++)
		for (const char *p = strstr(line_at(fe, l), w); p; p = strstr(p + 1, w))
			if ((p == line_at(fe, l) || (!isalnum((unsigned char)p[-1]) && p[-1] != '_')) &&
			    !isalnum((unsigned char)p[n]) && p[n] != '_')
				return true;
	return false;
}

static bool claim(struct bs_fixer *fx, const char *file, unsigned line)
{
	char key[4200];

	snprintf(key, sizeof(key), "%s:%u", file, line);
	if (strvec_contains(&fx->done, key))
		return false;
	strvec_push_owned(&fx->done, xstrdup(key));
	return true;
}

static const char *const statement_keywords[] = {
	"return", "if", "for", "while", "switch", "do", "goto", "else", "case", "default", "break",
	"continue",
};

static void fix_unguarded(struct bs_fixer *fx, const struct bs_tu *tu, struct json_object *rec)
{
	const struct bs_func *f = func_of(tu, rec);
	struct file_edits *fe = file_of(fx, bs_record_str(rec, "file"));
	unsigned line = (unsigned)bs_record_int(rec, "line"), brace = 0, end, prev;
	char *sig, *ddev, *ind, *key;
	const char *idx;

	if (!f || !fe) {
		skip(fx, rec, "cannot read the entry function's source");
		return;
	}
	if (!claim(fx, fe->path, line))
		return;		/* a second finding on one statement */
	sig = signature(fe, f, &brace);
	ddev = sig ? drm_device_param(sig) : NULL;
	free(sig);
	if (!ddev) {
		skip(fx, rec, "the entry has no 'struct drm_device *' parameter to take the "
		     "unbind guard with; add the guard by hand");
		return;
	}
	for (size_t i = 0; i < sizeof(statement_keywords) / sizeof(*statement_keywords); i++)
		if (starts_with_word(line_at(fe, line), statement_keywords[i])) {
			skip(fx, rec, "the unguarded access is part of a control statement; "
			     "add the guard by hand");
			free(ddev);
			return;
		}
	prev = prev_nonblank(fe, line);
	end = statement_end(fe, line, f->end_loc.line);
	if (!end || prev < brace || !strchr(";{}:", last_char(line_at(fe, prev))) ||
	    !last_char(line_at(fe, prev))) {
		skip(fx, rec, "the unguarded access is not a statement of its own lines; "
		     "add the guard by hand");
		free(ddev);
		return;
	}
	idx = uses_word(fe, brace, f->end_loc.line, "idx") &&
	      !strvec_contains(&fe->guarded, bs_record_str(rec, "function")) ? "unbind_idx" : "idx";
	/* the function's cookie is declared once, first in the body */
	key = fmt("%s", bs_record_str(rec, "function"));
	if (!strvec_contains(&fe->guarded, key)) {
		unsigned first = brace + 1;
		char *bind;

		while (first < f->end_loc.line && blank(line_at(fe, first)))
			first++;
		bind = indent_of(line_at(fe, first));
		/* a blank line after the declaration when a statement follows at once */
		add_edit(fe, brace + 1, 0, false, fmt("%sint %s;\n%s", *bind ? bind : "\t", idx,
						      first == line ? "\n" : ""));
		free(bind);
		strvec_push_owned(&fe->guarded, key);
	} else {
		free(key);
	}
	ind = indent_of(line_at(fe, line));
	/* statements right after one already wrapped join its guard */
	for (size_t i = 0; i < fe->n; i++) {
		struct edit *e = &fe->edits[i];

		if (e->prio == 1 && e->line == line && strstr(e->text, "drm_dev_exit(")) {
			e->line = end + 1;
			free(ddev);
			free(ind);
			return;
		}
	}
	add_edit(fe, line, 2, false, fmt("%sif (!drm_dev_enter(%s, &%s))\n%s\treturn%s;\n", ind,
					 ddev, idx, ind, returns_void(fe, f) ? "" : " -ENODEV"));
	add_edit(fe, end + 1, 1, false, fmt("%sdrm_dev_exit(%s);\n", ind, idx));
	free(ddev);
	free(ind);
}

/* The guard's exit call and cookie, from the enter call at the note's location. */
static bool enter_call(struct bs_fixer *fx, struct file_edits *fe, struct json_object *note,
		       char **exit_name, char **cookie)
{
	const char *t = line_at(fe, (unsigned)bs_record_int(note, "line"));
	size_t col = (size_t)bs_record_int(note, "column") - 1;
	char name[128];
	const struct bs_guard *g;
	const char *p, *amp;
	size_t n;

	if (col >= strlen(t))
		return false;
	p = t + col;
	n = strspn(p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
	if (!n || n >= sizeof(name))
		return false;
	memcpy(name, p, n);
	name[n] = 0;
	g = bs_config_guard_enter(fx->cfg, name);
	amp = strchr(p + n, '&');
	if (!g || !g->exit || !amp)
		return false;
	amp++;
	n = strspn(amp, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.>-");
	if (!n)
		return false;
	*cookie = xrealloc(NULL, n + 1);
	memcpy(*cookie, amp, n);
	(*cookie)[n] = 0;
	*exit_name = xstrdup(g->exit);
	return true;
}

static void fix_leak(struct bs_fixer *fx, const struct bs_tu *tu, struct json_object *rec)
{
	struct file_edits *fe = file_of(fx, bs_record_str(rec, "file"));
	struct json_object *notes = json_object_object_get(rec, "notes");
	unsigned line = (unsigned)bs_record_int(rec, "line"), prev, end;
	char *exit_name = NULL, *cookie = NULL, *ind;
	const char *pl;

	if (!fe || !json_object_array_length(notes) ||
	    !enter_call(fx, fe, json_object_array_get_idx(notes, 0), &exit_name, &cookie)) {
		skip(fx, rec, "cannot find the guard's enter call and cookie; add the exit by hand");
		return;
	}
	if (!claim(fx, fe->path, line))
		goto out;
	ind = indent_of(line_at(fe, line));
	if (starts_with_word(line_at(fe, line), "}") || line_at(fe, line)[strspn(line_at(fe, line), " \t")] == '}') {
		/* falls off the end: exit before the closing brace */
		add_edit(fe, line, 1, false, fmt("%s\t%s(%s);\n", ind, exit_name, cookie));
		free(ind);
		goto out;
	}
	prev = prev_nonblank(fe, line);
	pl = line_at(fe, prev);
	end = statement_end(fe, line, (unsigned)fe->lines.n);
	if (end && last_char(pl) == ')' && (starts_with_word(pl, "if") || strstr(pl, "else if"))) {
		/* the return is the body of an unbraced if: brace it */
		char *pind = indent_of(pl);
		char *braced = xstrdup(pl);
		char *e = braced + strlen(braced);

		while (e > braced && isspace((unsigned char)e[-1]))
			*--e = 0;
		add_edit(fe, prev, 0, true, fmt("%s {\n", braced));
		add_edit(fe, line, 1, false, fmt("%s%s(%s);\n", ind, exit_name, cookie));
		add_edit(fe, end + 1, 0, false, fmt("%s}\n", pind));
		free(braced);
		free(pind);
	} else if (end && strchr(";{}:", last_char(pl)) && last_char(pl)) {
		add_edit(fe, line, 1, false, fmt("%s%s(%s);\n", ind, exit_name, cookie));
	} else {
		skip(fx, rec, "the leaking return is not a statement of its own lines; "
		     "add the exit by hand");
	}
	free(ind);
out:
	free(exit_name);
	free(cookie);
}

/* The rules the registry marks BS_RULE_FIX, and their fixers. */
static const struct {
	enum bs_rule_index rule;
	void (*fix)(struct bs_fixer *fx, const struct bs_tu *tu, struct json_object *rec);
} fixers[] = {
	{ BS_RULE_unguarded_access, fix_unguarded },
	{ BS_RULE_guard_leak, fix_leak },
};

void bs_fixer_add(struct bs_fixer *fx, const struct bs_tu *tu, struct json_object *records)
{
	for (size_t i = 0; i < json_object_array_length(records); i++) {
		struct json_object *rec = json_object_array_get_idx(records, i);
		const struct bs_rule *rule = bs_rule_find(bs_record_str(rec, "rule"));
		size_t k = 0;

		while (rule && k < sizeof(fixers) / sizeof(*fixers) &&
		       &bs_rules[fixers[k].rule] != rule)
			k++;
		if (rule && (rule->flags & BS_RULE_FIX) && k < sizeof(fixers) / sizeof(*fixers))
			fixers[k].fix(fx, tu, rec);
		else
			skip(fx, rec, "no fix is offered for this rule");
	}
}

static int cmp_edit(const void *a, const void *b)
{
	const struct edit *x = a, *y = b;

	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->replace != y->replace)
		return x->replace ? 1 : -1;
	return x->prio - y->prio;
}

/* The original with the edits applied, into @f; false when a write failed. */
static bool write_edited(struct file_edits *fe, FILE *f)
{
	size_t k = 0;

	qsort(fe->edits, fe->n, sizeof(*fe->edits), cmp_edit);
	for (unsigned l = 1; l <= fe->lines.n + 1; l++) {
		bool replaced = false;

		for (; k < fe->n && fe->edits[k].line == l; k++) {
			fputs(fe->edits[k].text, f);
			replaced |= fe->edits[k].replace;
		}
		if (l <= fe->lines.n && !replaced)
			fputs(fe->lines.v[l - 1], f);
	}
	return !ferror(f);
}

/*
 * diff -u @orig @edited, its output appended to @patch. diff's status 1 means "they differ",
 * 0 "they do not"; anything else, or no diff at all, is a failure, said here. A partial patch
 * never reaches the user: the caller prints @patch only when every file succeeded.
 */
static int run_diff(const char *orig, const char *edited, const char *a, const char *b,
		    FILE *patch)
{
	char *argv[] = { "diff", "-u", "--label", (char *)a, "--label", (char *)b, (char *)orig,
			 (char *)edited, NULL };
	posix_spawn_file_actions_t actions;
	char buf[4096];
	int pipefd[2], err, status;
	ssize_t got;
	pid_t pid;

	if (pipe(pipefd)) {
		perror("boundscope: error: fix: pipe");
		return -1;
	}
	posix_spawn_file_actions_init(&actions);
	posix_spawn_file_actions_addclose(&actions, pipefd[0]);
	posix_spawn_file_actions_adddup2(&actions, pipefd[1], STDOUT_FILENO);
	posix_spawn_file_actions_addclose(&actions, pipefd[1]);
	err = posix_spawnp(&pid, "diff", &actions, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&actions);
	close(pipefd[1]);
	if (err) {
		fprintf(stderr, "boundscope: error: fix: cannot run 'diff', which prints the fix "
			"as a patch: %s; no patch printed\n", strerror(err));
		close(pipefd[0]);
		return -1;
	}
	while ((got = read(pipefd[0], buf, sizeof(buf))) != 0) {
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			perror("boundscope: error: fix: reading diff's output");
			break;
		}
		fwrite(buf, 1, (size_t)got, patch);
	}
	close(pipefd[0]);
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR) {
			perror("boundscope: error: fix: waitpid");
			return -1;
		}
	if (got < 0)
		return -1;
	if (WIFEXITED(status) && WEXITSTATUS(status) <= 1)
		return 0;
	if (WIFEXITED(status))
		fprintf(stderr, "boundscope: error: fix: 'diff' failed on '%s' (exit status %d); "
			"no patch printed\n", orig, WEXITSTATUS(status));
	else
		fprintf(stderr, "boundscope: error: fix: 'diff' failed on '%s'%s; "
			"no patch printed\n", orig, WIFSIGNALED(status) ? " (killed by a signal)" : "");
	return -1;
}

/* The diff of one file into @patch; 0, or -1 having said why. */
static int diff_file(struct file_edits *fe, FILE *patch)
{
	const char *rel = fe->path;
	char *tmp, *a, *b;
	FILE *f = bs_scratch_open("fix", &tmp);
	bool written;
	int rc = -1;

	if (!f) {
		fprintf(stderr, "boundscope: error: fix: no place to write the fixed text of '%s'; "
			"no patch printed\n", fe->path);
		return -1;
	}
	written = write_edited(fe, f);
	if (fclose(f) || !written) {
		fprintf(stderr, "boundscope: error: fix: cannot write the fixed text of '%s' to "
			"'%s': %s; no patch printed\n", fe->path, tmp, strerror(errno));
		goto out;
	}
	while (rel[0] == '.' && rel[1] == '/')
		rel += 2;
	a = fmt("a/%s", rel);
	b = fmt("b/%s", rel);
	rc = run_diff(fe->path, tmp, a, b, patch);
	free(a);
	free(b);
out:
	unlink(tmp);
	free(tmp);
	return rc;
}

int bs_fixer_print(struct bs_fixer *fx, FILE *out, unsigned *left)
{
	char *text = NULL;
	size_t len = 0;
	FILE *patch = open_memstream(&text, &len);
	int rc = patch ? 0 : -1;

	*left = fx->left;
	for (size_t i = 0; !rc && i < fx->n; i++)
		if (fx->files[i].n)
			rc = diff_file(&fx->files[i], patch);
	if (patch && fclose(patch))
		rc = -1;
	/* all or nothing: a patch missing a file's hunks would look like the whole fix */
	if (!rc && len && (fwrite(text, 1, len, out) != len || fflush(out)))
		rc = -1;
	if (rc && !patch)
		perror("boundscope: error: fix");
	free(text);
	return rc;
}

void bs_fixer_free(struct bs_fixer *fx)
{
	for (size_t i = 0; i < fx->n; i++) {
		struct file_edits *fe = &fx->files[i];

		for (size_t j = 0; j < fe->n; j++)
			free(fe->edits[j].text);
		free(fe->edits);
		free(fe->path);
		strvec_free(&fe->lines);
		strvec_free(&fe->guarded);
	}
	free(fx->files);
	strvec_free(&fx->done);
	free(fx);
}
