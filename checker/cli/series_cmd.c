// SPDX-License-Identifier: GPL-2.0
/*
 * `boundscope series [-p DIR] BASE..HEAD` and `boundscope series --am BASE PATCH...`: the
 * findings each patch of a series introduces and fixes (docs/review.md).
 *
 * The series is replayed in a scratch worktree (`git worktree add --detach`, patches applied
 * there with `git am`), so the user's tree, index and branches are never touched. One fact
 * store lives across the series: the base is checked whole, then each patch re-checks only
 * the .c files it changes and those that read a header it changes (the store's include lists);
 * every other unit's facts stay in the store, and the whole-driver link and report run
 * again from the store, which is cheap.
 */
#define _DEFAULT_SOURCE
#define _POSIX_C_SOURCE 200809L
#define _XOPEN_SOURCE 700

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "analysis.h"
#include "compdb.h"
#include "exit_codes.h"
#include "find_tools.h"
#include "module.h"
#include "output.h"
#include "report_cmd.h"
#include "rule_args.h"
#include "run_clang.h"
#include "scratch.h"
#include "series_cmd.h"
#include "store.h"

struct series {
	const char *dir;		/* -p */
	long jobs;
	bool verbose;
	const char *am_base;		/* --am BASE */
	const char *range;
	struct strvec patches;		/* --am: absolute paths */
	struct strvec configs;
	struct strvec rules;		/* rule_args.h */
	const char *data_dir_opt, *clang_opt, *plugin_opt;
	char *root, *wt, *scratch, *store;
	char *am_head;			/* --am: the commit the last patch made */
	char *clang, *plugin, *data_dir;
	struct bs_compdb cdb;		/* mapped into the worktree */
	struct bs_config *cfg;
};

static void series_help(void)
{
	fputs("Usage: boundscope series [-p DIR] [-j N] [options] BASE..HEAD\n"
	      "       boundscope series [-p DIR] [-j N] [options] --am BASE PATCH...\n"
	      "\n"
	      "For each patch of a series, the findings it introduces (prefixed by '>>')\n"
	      "and the ones it fixes. The series is replayed in a scratch git worktree\n"
	      "(with 'git am' for patch files or an mbox); your tree is not touched.\n"
	      "\n"
	      "  -p DIR            directory with compile_commands.json (default: the top of\n"
	      "                    the git tree); its paths must lie inside the tree\n"
	      "  -j N              check N files at a time\n"
	      "  --am BASE         apply the PATCH files (git format-patch output, or an mbox)\n"
	      "                    on top of BASE\n"
	      "  --config=FILE, --data-dir=DIR, --clang=PATH, --plugin=PATH, -v\n"
	      "  --disable=RULE, --enable=RULE  turn a rule off or on (repeatable)\n"
	      "\n"
	      "Exit status: 0 no patch introduces a finding, 1 some patch does,\n"
	      "2 an error (a patch that does not apply, a file that cannot be analysed).\n",
	      stdout);
}

/* Runs argv in @cwd; its stdout into *@out (if not NULL). Returns the exit status or -1. */
static int run(const char *cwd, char *const argv[], char **out, bool quiet)
{
	int fds[2], status;
	size_t n = 0, cap = 4096;
	char *buf = xrealloc(NULL, cap);
	ssize_t got;
	pid_t pid;

	if (pipe(fds))
		return -1;
	fflush(NULL);
	pid = fork();
	if (pid == 0) {
		dup2(fds[1], STDOUT_FILENO);
		close(fds[0]);
		close(fds[1]);
		if (quiet) {
			int null = open("/dev/null", O_WRONLY);

			if (null >= 0)
				dup2(null, STDERR_FILENO);
		}
		if (cwd && chdir(cwd))
			_exit(127);
		execvp(argv[0], argv);
		_exit(127);
	}
	close(fds[1]);
	while ((got = read(fds[0], buf + n, cap - n - 1)) > 0) {
		n += (size_t)got;
		if (cap - n < 1024)
			buf = xrealloc(buf, cap *= 2);
	}
	close(fds[0]);
	buf[n] = 0;
	if (pid < 0 || waitpid(pid, &status, 0) < 0) {
		free(buf);
		return -1;
	}
	if (out)
		*out = buf;
	else
		free(buf);
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static char *git_line(const char *cwd, char *const argv[])
{
	char *out = NULL;

	if (run(cwd, argv, &out, false)) {
		free(out);
		return NULL;
	}
	out[strcspn(out, "\n")] = 0;
	return out;
}

/* @s with the prefix @from (at its start or after '=') replaced by @to. */
static char *remap(const char *s, const char *from, const char *to)
{
	const char *p = strstr(s, from);
	size_t n = strlen(from);
	char *r;

	if (!p || (p != s && p[-1] != '=') || (p[n] && p[n] != '/'))
		return xstrdup(s);
	r = xrealloc(NULL, strlen(s) - n + strlen(to) + 1);
	memcpy(r, s, (size_t)(p - s));
	strcpy(r + (p - s), to);
	strcat(r, p + n);
	return r;
}

static void map_compdb(struct series *s)
{
	for (size_t i = 0; i < s->cdb.n; i++) {
		struct bs_compile *c = &s->cdb.v[i];
		struct strvec args = STRVEC_INIT;
		char *abs, *t;

		if (c->file[0] != '/') {
			abs = xrealloc(NULL, strlen(c->directory) + strlen(c->file) + 2);
			sprintf(abs, "%s/%s", c->directory, c->file);
			free(c->file);
			c->file = abs;
		}
		t = remap(c->file, s->root, s->wt);
		free(c->file);
		c->file = t;
		t = remap(c->directory, s->root, s->wt);
		free(c->directory);
		c->directory = t;
		for (size_t k = 0; k < c->args.n; k++)
			strvec_push_owned(&args, remap(c->args.v[k], s->root, s->wt));
		strvec_free(&c->args);
		c->args = args;
	}
}

/* One compile command checked into the store, in a child (the kbuild-form parser). */
static int check_one(struct series *s, const struct bs_compile *cmd)
{
	struct strvec argv = STRVEC_INIT;
	struct bs_options o = BS_OPTIONS_INIT;
	struct bs_checker c = { .opts = &o, .clang = s->clang, .plugin = s->plugin,
				.refused = STRVEC_INIT };
	int code;

	if (chdir(cmd->directory))
		return BS_EXIT_FAILURE;
	strvec_push(&argv, "boundscope");
	strvec_append(&argv, &cmd->args);
	code = bs_parse_options((int)argv.n, argv.v, &o);
	if (!code) {
		o.db = s->store;
		o.store_only = true;
		o.verbose = s->verbose;
		o.data_dir = s->data_dir;
		strvec_append(&o.configs, &s->configs);
		/* the command line names the file as the database does */
		code = bs_check_file(&c, o.files.n == 1 ? o.files.v[0] : cmd->file);
	}
	return code;
}

static int check_files(struct series *s, const bool *which)
{
	int running = 0, worst = BS_EXIT_OK, status;

	fflush(NULL);
	for (size_t i = 0; i <= s->cdb.n; i++) {
		while (running && (running >= s->jobs || i == s->cdb.n)) {
			if (wait(&status) < 0)
				return BS_EXIT_FAILURE;
			running--;
			if (!WIFEXITED(status) || WEXITSTATUS(status) == BS_EXIT_FAILURE)
				worst = BS_EXIT_FAILURE;
		}
		if (i == s->cdb.n)
			break;
		if (!which[i])
			continue;
		pid_t pid = fork();

		if (pid < 0)
			return BS_EXIT_FAILURE;
		if (!pid)
			_exit(check_one(s, &s->cdb.v[i]));
		running++;
	}
	return worst;
}

/* Marks the files that read @header when they were last checked (the store's include
 * lists); a unit the store does not know is checked again anyway. */
static void mark_readers(struct series *s, const char *header, bool *which)
{
	struct bs_store *st;
	char **paths = NULL, err[1024], *norm = bs_path_normal(header);
	unsigned n = 0;

	st = bs_store_open(s->store, 0, 0, err, sizeof(err));
	if (!st || bs_store_units_reading(st, norm, &paths, &n, err, sizeof(err))) {
		/* cannot tell: check everything again rather than answer from the past */
		fprintf(stderr, "boundscope: warning: series: %s; checking every file again\n", err);
		for (size_t i = 0; i < s->cdb.n; i++)
			which[i] = true;
	}
	for (size_t i = 0; i < s->cdb.n; i++) {
		char *file = bs_path_normal(s->cdb.v[i].file);

		for (unsigned k = 0; k < n && !which[i]; k++)
			which[i] = !strcmp(paths[k], file);
		free(file);
	}
	for (unsigned k = 0; k < n; k++)
		free(paths[k]);
	free(paths);
	free(norm);
	bs_store_close(st);
}

static bool exists(const char *path)
{
	struct stat st;

	return !stat(path, &st);
}

/* Which files to check for a patch that changed @changed (paths relative to the tree). */
static void select_files(struct series *s, char *changed, bool *which)
{
	struct strvec headers = STRVEC_INIT;
	char *save = NULL;

	for (char *p = strtok_r(changed, "\n", &save); p; p = strtok_r(NULL, "\n", &save)) {
		char abs[PATH_MAX];
		bool in_db = false;

		snprintf(abs, sizeof(abs), "%s/%s", s->wt, p);
		for (size_t i = 0; i < s->cdb.n; i++)
			if (!strcmp(s->cdb.v[i].file, abs))
				which[i] = in_db = true;
		if (!in_db)
			strvec_push(&headers, abs);
	}
	for (size_t h = 0; h < headers.n; h++)
		mark_readers(s, headers.v[h], which);
	/* a file the patch deletes, or that does not exist yet, cannot be checked */
	for (size_t i = 0; i < s->cdb.n; i++)
		if (which[i] && !exists(s->cdb.v[i].file))
			which[i] = false;
	strvec_free(&headers);
}

/* The findings of the store now, as records (json_output.h). */
static int findings(struct series *s, struct json_object **records)
{
	struct bs_output_opts none = { 0 };
	struct bs_output out;
	unsigned nfiles;
	int code, incomplete;

	bs_output_open(&out, &none);
	out.collect_only = true;
	code = bs_analyze_store(s->store, NULL, s->cfg, &out, &nfiles, &incomplete);
	if (!code && incomplete)
		code = BS_EXIT_FAILURE;
	*records = json_object_get(out.findings);
	if (!code && out.unanalysed) {
		fprintf(stderr, "boundscope: error: some functions could not be analysed\n");
		code = BS_EXIT_FAILURE;
	}
	bs_output_close(&out);
	return code;
}

/* Records of @a whose fingerprint @b does not hold (as many times). */
static struct json_object *minus(struct json_object *a, struct json_object *b)
{
	struct json_object *r = json_object_new_array();
	size_t nb = json_object_array_length(b);
	bool *used = calloc(nb + 1, sizeof(*used));

	for (size_t i = 0; i < json_object_array_length(a); i++) {
		struct json_object *x = json_object_array_get_idx(a, i);
		const char *fx = bs_record_str(x, "fingerprint");
		bool matched = false;

		for (size_t j = 0; j < nb && !matched; j++)
			if (!used[j] && !strcmp(fx, bs_record_str(json_object_array_get_idx(b, j),
								    "fingerprint")))
				used[j] = matched = true;
		if (!matched)
			json_object_array_add(r, json_object_get(x));
	}
	free(used);
	return r;
}

/* Paths in the worktree are shown relative to it, as they are in the user's tree. */
static void unmap_records(struct series *s, struct json_object *records)
{
	size_t n = strlen(s->wt);

	for (size_t i = 0; i < json_object_array_length(records); i++) {
		struct json_object *rec = json_object_array_get_idx(records, i);
		struct json_object *notes = json_object_object_get(rec, "notes");

		for (size_t j = 0; j <= json_object_array_length(notes); j++) {
			struct json_object *o = j ? json_object_array_get_idx(notes, j - 1) : rec;
			const char *f = bs_record_str(o, "file");

			if (f && !strncmp(f, s->wt, n) && f[n] == '/')
				json_object_object_add(o, "file", json_object_new_string(f + n + 1));
		}
	}
}

static int report_patch(struct series *s, size_t k, size_t total, const char *commit,
			struct json_object *before, struct json_object *after, unsigned *introduced)
{
	struct json_object *added = minus(after, before), *fixed = minus(before, after);
	char *argv[] = { "git", "log", "-1", "--format=%s", (char *)commit, NULL };
	char *subject = git_line(s->wt, argv);
	size_t na = json_object_array_length(added), nf = json_object_array_length(fixed);

	printf("[%zu/%zu] %s\n", k, total, subject ? subject : commit);
	unmap_records(s, added);
	for (size_t i = 0; i < na; i++)
		bs_record_print(stdout, json_object_array_get_idx(added, i), ">> ", true, NULL);
	for (size_t i = 0; i < nf; i++)
		bs_record_print(stdout, json_object_array_get_idx(fixed, i), "fixed: ", false, NULL);
	printf("    %zu new, %zu fixed, %zu remaining\n", na, nf, json_object_array_length(after));
	*introduced += (unsigned)na;
	free(subject);
	json_object_put(added);
	json_object_put(fixed);
	return na ? 1 : 0;
}

static int parse(int argc, char **argv, struct series *s)
{
	static const struct option opts[] = {
		{ "am", required_argument, NULL, 'a' },
		{ "config", required_argument, NULL, 'c' },
		{ "data-dir", required_argument, NULL, 'D' },
		{ "clang", required_argument, NULL, 'C' },
		{ "plugin", required_argument, NULL, 'P' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "error", no_argument, NULL, 'e' },
		{ "help", no_argument, NULL, 'h' },
		BS_RULE_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	char cwd[PATH_MAX], *end;
	int c;

	opterr = 0;
	while ((c = getopt_long(argc, argv, "p:j:v", opts, NULL)) != -1) {
		switch (c) {
		case 'p': s->dir = optarg; break;
		case 'j':
			s->jobs = strtol(optarg, &end, 10);
			if (*end || s->jobs < 1 || s->jobs > 256) {
				fputs("boundscope: error: series: -j needs a number from 1 to 256\n",
				      stderr);
				return BS_EXIT_FAILURE;
			}
			break;
		case 'a': s->am_base = optarg; break;
		case 'c': {
			char *real = realpath(optarg, NULL);

			strvec_push_owned(&s->configs, real ? real : xstrdup(optarg));
			break;
		}
		case 'D': s->data_dir_opt = optarg; break;
		case 'C': s->clang_opt = optarg; break;
		case 'P': s->plugin_opt = optarg; break;
		case 'v': s->verbose = true; break;
		case 'e': break;	/* a CI mode: introduced findings already exit 1 */
		case BS_RULE_OPT_ENABLE:
		case BS_RULE_OPT_DISABLE:
			if (bs_rule_getopt(&s->rules, c, optarg))
				return BS_EXIT_FAILURE;
			break;
		case 'h': series_help(); return -1;
		default:
			fprintf(stderr, "boundscope: error: series: unknown or incomplete option '%s'\n"
				"Try 'boundscope series --help'.\n", argv[optind - 1]);
			return BS_EXIT_FAILURE;
		}
	}
	if (!getcwd(cwd, sizeof(cwd)))
		return BS_EXIT_FAILURE;
	if (s->am_base) {
		for (int i = optind; i < argc; i++) {
			char *real = realpath(argv[i], NULL);

			if (!real) {
				fprintf(stderr, "boundscope: error: series: %s: %s\n", argv[i],
					strerror(errno));
				return BS_EXIT_FAILURE;
			}
			strvec_push_owned(&s->patches, real);
		}
		if (!s->patches.n) {
			fputs("boundscope: error: series: --am needs patch files\n", stderr);
			return BS_EXIT_FAILURE;
		}
	} else if (optind + 1 == argc && strstr(argv[optind], "..") &&
		   !strstr(argv[optind], "...")) {
		s->range = argv[optind];
	} else {
		fputs("boundscope: error: series: give BASE..HEAD, or --am BASE PATCH...\n"
		      "Try 'boundscope series --help'.\n", stderr);
		return BS_EXIT_FAILURE;
	}
	return 0;
}

/* The scratch worktree at @base, with the patches applied for --am. */
static int make_worktree(struct series *s, const char *base)
{
	char *add[] = { "git", "worktree", "add", "--quiet", "--detach", s->wt, (char *)base,
			NULL };

	if (run(s->root, add, NULL, false)) {
		fprintf(stderr, "boundscope: error: series: cannot create a worktree at '%s'\n",
			base);
		return BS_EXIT_FAILURE;
	}
	if (s->am_base) {
		struct strvec am = STRVEC_INIT;
		int rc;

		strvec_push(&am, "git");
		strvec_push(&am, "-c");
		strvec_push(&am, "user.name=boundscope");
		strvec_push(&am, "-c");
		strvec_push(&am, "user.email=boundscope@localhost");
		strvec_push(&am, "am");
		strvec_push(&am, "--quiet");
		strvec_append(&am, &s->patches);
		rc = run(s->wt, am.v, NULL, false);
		strvec_free(&am);
		if (!rc) {
			/* replay starts from the base, like a range does */
			char *rev[] = { "git", "rev-parse", "HEAD", NULL };
			char *back[] = { "git", "checkout", "--quiet", "--detach", (char *)base, NULL };

			s->am_head = git_line(s->wt, rev);
			if (!s->am_head || run(s->wt, back, NULL, false)) {
				fputs("boundscope: error: series: cannot go back to the base\n", stderr);
				return BS_EXIT_FAILURE;
			}
		}
		if (rc) {
			char *abort_am[] = { "git", "am", "--abort", NULL };

			run(s->wt, abort_am, NULL, true);
			fputs("boundscope: error: series: the patches do not apply with 'git am'\n",
			      stderr);
			return BS_EXIT_FAILURE;
		}
	}
	return 0;
}

static int replay(struct series *s, const char *base, const char *head, unsigned *introduced)
{
	char *range = xrealloc(NULL, strlen(base) + strlen(head) + 3);
	char *revlist[] = { "git", "rev-list", "--reverse", range, NULL };
	char *commits = NULL, *save = NULL, *prev = xstrdup(base);
	struct json_object *before = NULL, *after = NULL;
	bool *which = calloc(s->cdb.n + 1, sizeof(*which));
	struct strvec list = STRVEC_INIT;
	int code = 0, bad = 0;

	sprintf(range, "%s..%s", base, head);
	if (run(s->wt, revlist, &commits, false)) {
		fprintf(stderr, "boundscope: error: series: bad range '%s'\n", range);
		code = BS_EXIT_FAILURE;
		goto out;
	}
	for (char *c = strtok_r(commits, "\n", &save); c; c = strtok_r(NULL, "\n", &save))
		strvec_push(&list, c);
	/* the base, whole */
	for (size_t i = 0; i < s->cdb.n; i++)
		which[i] = exists(s->cdb.v[i].file);
	code = check_files(s, which);
	if (!code)
		code = findings(s, &before);
	for (size_t k = 0; !code && k < list.n; k++) {
		char *diff[] = { "git", "diff", "--name-only", prev, list.v[k], NULL };
		char *checkout[] = { "git", "checkout", "--quiet", "--detach", list.v[k], NULL };
		char *changed = NULL;

		if (run(s->wt, diff, &changed, false) || run(s->wt, checkout, NULL, false)) {
			fprintf(stderr, "boundscope: error: series: cannot check out %s\n", list.v[k]);
			free(changed);
			code = BS_EXIT_FAILURE;
			break;
		}
		memset(which, 0, s->cdb.n * sizeof(*which));
		select_files(s, changed, which);
		free(changed);
		code = check_files(s, which);
		if (!code)
			code = findings(s, &after);
		if (code)
			break;
		bad += report_patch(s, k + 1, list.n, list.v[k], before, after, introduced);
		json_object_put(before);
		before = after;
		after = NULL;
		free(prev);
		prev = xstrdup(list.v[k]);
	}
	if (!code)
		printf("%zu patch(es), %d introduce findings (%u new)\n", list.n, bad, *introduced);
out:
	json_object_put(before);
	json_object_put(after);
	strvec_free(&list);
	free(commits);
	free(which);
	free(range);
	free(prev);
	return code;
}

static void cleanup(struct series *s)
{
	if (s->wt) {
		char *rm[] = { "git", "worktree", "remove", "--force", s->wt, NULL };

		run(s->root, rm, NULL, true);
	}
	if (s->store)
		bs_scratch_remove_store(s->store);
	if (s->scratch)
		rmdir(s->scratch);
}

int bs_cmd_series(int argc, char **argv)
{
	struct series s = { .jobs = 1, .patches = STRVEC_INIT, .configs = STRVEC_INIT,
			    .rules = STRVEC_INIT };
	char *toplevel[] = { "git", "rev-parse", "--show-toplevel", NULL };
	char *base = NULL, *head = NULL;
	unsigned introduced = 0;
	int code = parse(argc, argv, &s);

	if (code)
		goto out;
	code = BS_EXIT_FAILURE;
	s.root = git_line(NULL, toplevel);
	if (!s.root) {
		fputs("boundscope: error: series: not in a git tree\n", stderr);
		goto out;
	}
	if (bs_compdb_load(s.dir ? s.dir : s.root, &(struct strvec)STRVEC_INIT, s.verbose, &s.cdb))
		goto out;
	s.clang = bs_find_clang(s.clang_opt);
	s.plugin = s.clang ? bs_find_plugin(s.plugin_opt) : NULL;
	s.data_dir = s.plugin ? bs_find_data_dir(s.data_dir_opt) : NULL;
	s.cfg = s.data_dir ? bs_load_config(s.data_dir, &s.configs, &s.rules) : NULL;
	s.scratch = s.cfg ? bs_scratch_dir("series") : NULL;
	s.store = s.scratch ? bs_scratch_file("store") : NULL;
	if (!s.store)
		goto out;
	s.wt = xrealloc(NULL, strlen(s.scratch) + 8);
	sprintf(s.wt, "%s/tree", s.scratch);
	if (s.range) {
		const char *dots = strstr(s.range, "..");

		base = xrealloc(NULL, (size_t)(dots - s.range) + 1);
		memcpy(base, s.range, (size_t)(dots - s.range));
		base[dots - s.range] = 0;
		head = xstrdup(*(dots + 2) ? dots + 2 : "HEAD");
		/* names resolved in the user's tree: HEAD is theirs, not the worktree's */
		{
			char *rb[] = { "git", "rev-parse", "--verify", "--quiet", base, NULL };
			char *rh[] = { "git", "rev-parse", "--verify", "--quiet", head, NULL };
			char *b = git_line(NULL, rb), *h = git_line(NULL, rh);

			free(base);
			free(head);
			base = b;
			head = h;
		}
		if (!base || !head) {
			fprintf(stderr, "boundscope: error: series: bad range '%s'\n", s.range);
			goto out;
		}
	} else {
		char *rb[] = { "git", "rev-parse", "--verify", "--quiet", (char *)s.am_base, NULL };

		base = git_line(NULL, rb);
		if (!base) {
			fprintf(stderr, "boundscope: error: series: bad base '%s'\n", s.am_base);
			goto out;
		}
		head = xstrdup("HEAD");
	}
	if (make_worktree(&s, base))
		goto out;
	if (s.am_head) {
		free(head);
		head = xstrdup(s.am_head);
	}
	map_compdb(&s);
	code = replay(&s, base, head, &introduced);
	if (!code)
		code = introduced ? BS_EXIT_FINDINGS : BS_EXIT_OK;
out:
	if (code < 0)
		code = BS_EXIT_OK;	/* --help */
	cleanup(&s);
	free(base);
	free(head);
	bs_compdb_free(&s.cdb);
	bs_config_free(s.cfg);
	free(s.root);
	free(s.wt);
	free(s.scratch);
	free(s.store);
	free(s.am_head);
	free(s.clang);
	free(s.plugin);
	free(s.data_dir);
	strvec_free(&s.patches);
	strvec_free(&s.configs);
	strvec_free(&s.rules);
	return code;
}
