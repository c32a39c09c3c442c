// SPDX-License-Identifier: GPL-2.0
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check_cmd.h"
#include "compdb.h"
#include "exit_codes.h"
#include "find_tools.h"
#include "options.h"
#include "report_cmd.h"
#include "rule_args.h"
#include "run_clang.h"
#include "scratch.h"

struct check_args {
	const char *dir;
	long jobs;
	const char *db;
	const char *data_dir;
	const char *format;
	struct bs_output_opts out;
	const char *clang, *plugin;
	bool verbose;
	bool fix;		/* a patch instead of the findings */
	bool no_skip_bodies, time_report;	/* as for the kbuild form */
	struct strvec configs;
	struct strvec files;
	struct strvec rules;	/* rule_args.h */
};

static void check_help(void)
{
	fputs("Usage: boundscope check -p DIR [-j N] [--db=FILE] [options] [file.c...]\n"
	      "\n"
	      "Whole-driver check: every C file in DIR/compile_commands.json (or only the\n"
	      "files given) is checked into a fact store, which is then linked and\n"
	      "reported. For an out-of-tree module, 'bear -- make -C <headers> M=<dir>\n"
	      "modules' writes the database.\n"
	      "\n"
	      "  -p DIR            directory holding compile_commands.json (required)\n"
	      "  -j N              check N files at a time (default: 1)\n"
	      "  --db=FILE         keep the fact store in FILE (default: a temporary file)\n"
	      "  --format=FMT      text (clang's format, default), tsv (rule, file, line,\n"
	      "                    column, function per line), json or sarif (SARIF 2.1.0)\n"
	      "  -o, --output=FILE write the findings there instead of stdout\n"
	      "  --baseline=FILE   report only findings not in FILE (by fingerprint)\n"
	      "  --write-baseline=FILE  write the current findings to FILE as a baseline\n"
	      "  --no-source       no source line under each text diagnostic\n"
	      "  --stats           after the findings, what was checked per file: functions\n"
	      "                    analysed and not (and why), pointer calls, limits hit\n"
	      "  --config=FILE     project configuration (repeatable)\n"
	      "  --data-dir=DIR    directory with the shipped tables\n"
	      "  --disable=RULE, --enable=RULE  turn a rule off or on (repeatable)\n"
	      "  --fix             print a unified diff that fixes the findings instead; a\n"
	      "                    finding with no fix is an error naming why (exit 2)\n"
	      "  --clang=PATH, --plugin=PATH, -v    as for the kbuild form\n"
	      "  --no-skip-bodies, --time-report    as for the kbuild form\n"
	      "\n"
	      "Exit status: 0 clean, 1 findings, 2 a file or function could not be analysed\n"
	      "or another error.\n", stdout);
}

/* Paths given on our command line stay valid after a job changes directory. */
static char *absolute(const char *path)
{
	char buf[PATH_MAX];

	if (path[0] == '/')
		return xstrdup(path);
	if (!getcwd(buf, sizeof(buf)) || strlen(buf) + strlen(path) + 2 > sizeof(buf))
		return xstrdup(path);
	strcat(buf, "/");
	strcat(buf, path);
	return xstrdup(buf);
}

static int parse_check(int argc, char **argv, struct check_args *a)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "config", required_argument, NULL, 'c' },
		{ "data-dir", required_argument, NULL, 'D' },
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "baseline", required_argument, NULL, 'b' },
		{ "write-baseline", required_argument, NULL, 'w' },
		{ "error", no_argument, NULL, 'e' },
		{ "no-source", no_argument, NULL, 'n' },
		{ "stats", no_argument, NULL, 's' },
		{ "fix", no_argument, NULL, 'x' },
		{ "clang", required_argument, NULL, 'C' },
		{ "plugin", required_argument, NULL, 'P' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "no-skip-bodies", no_argument, NULL, 'S' },
		{ "time-report", no_argument, NULL, 'T' },
		{ "help", no_argument, NULL, 'h' },
		BS_RULE_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	char *end;
	int c;

	opterr = 0;
	while ((c = getopt_long(argc, argv, "p:j:vo:", opts, NULL)) != -1) {
		switch (c) {
		case 'p': a->dir = optarg; break;
		case 'j':
			errno = 0;
			a->jobs = strtol(optarg, &end, 10);
			if (errno || *end || a->jobs < 1 || a->jobs > 256) {
				fprintf(stderr, "boundscope: error: check: -j needs a number from 1 to 256\n");
				return BS_EXIT_FAILURE;
			}
			break;
		case 'd': a->db = optarg; break;
		case 'c': strvec_push_owned(&a->configs, absolute(optarg)); break;
		case 'D': a->data_dir = optarg; break;
		case 'f':
			if (bs_check_format(optarg))
				return BS_EXIT_FAILURE;
			a->format = a->out.format = optarg;
			break;
		case 'o': a->out.output = optarg; break;
		case 'b': a->out.baseline = optarg; break;
		case 'w': a->out.write_baseline = optarg; break;
		case 'e': break;	/* a CI mode: findings already exit 1 */
		case 'n': a->out.no_source = true; break;
		case 's': a->out.stats = true; break;
		case 'x': a->fix = true; break;
		case 'C': a->clang = optarg; break;
		case 'P': a->plugin = optarg; break;
		case 'v': a->verbose = true; break;
		case BS_RULE_OPT_ENABLE:
		case BS_RULE_OPT_DISABLE:
			if (bs_rule_getopt(&a->rules, c, optarg))
				return BS_EXIT_FAILURE;
			break;
		case 'S': a->no_skip_bodies = true; break;
		case 'T': a->time_report = true; break;
		case 'h': check_help(); return -1;
		default:
			fprintf(stderr, "boundscope: error: check: unknown or incomplete option '%s'\n"
				"Try 'boundscope check --help'.\n", argv[optind - 1]);
			return BS_EXIT_FAILURE;
		}
	}
	for (int i = optind; i < argc; i++)
		strvec_push(&a->files, argv[i]);
	if (!a->dir) {
		fputs("boundscope: error: check: -p DIR is required\n"
		      "Try 'boundscope check --help'.\n", stderr);
		return BS_EXIT_FAILURE;
	}
	return 0;
}

/* One compile command, in a child process: kbuild-form parsing, then the usual check. */
static int check_one(const struct check_args *a, const char *clang, const char *plugin,
		     const char *data_dir, const char *db, const struct bs_compile *cmd)
{
	struct strvec argv = STRVEC_INIT;
	struct bs_options o = BS_OPTIONS_INIT;
	struct bs_checker c = { .opts = &o, .clang = clang, .plugin = plugin,
				.refused = STRVEC_INIT };
	int code;

	if (chdir(cmd->directory)) {
		fprintf(stderr, "boundscope: error: %s: %s\n", cmd->directory, strerror(errno));
		return BS_EXIT_FAILURE;
	}
	strvec_push(&argv, "boundscope");
	strvec_append(&argv, &cmd->args);
	code = bs_parse_options((int)argv.n, argv.v, &o);
	if (!code && o.files.n != 1) {
		fprintf(stderr, "boundscope: error: the command for %s names %zu source files\n",
			cmd->file, o.files.n);
		code = BS_EXIT_FAILURE;
	}
	if (!code) {
		o.db = db;
		o.store_only = true;
		o.verbose = a->verbose;
		o.no_skip_bodies = a->no_skip_bodies;
		o.time_report = a->time_report;
		o.data_dir = data_dir;
		strvec_append(&o.configs, &a->configs);
		code = bs_check_file(&c, o.files.v[0]);
	}
	strvec_free(&c.refused);
	bs_options_free(&o);
	strvec_free(&argv);
	return code;
}

static int wait_one(int *running)
{
	int status;
	pid_t pid = wait(&status);

	if (pid < 0)
		return BS_EXIT_FAILURE;
	--*running;
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	return BS_EXIT_FAILURE;
}

static int run_jobs(const struct check_args *a, const struct bs_compdb *cdb, const char *clang,
		    const char *plugin, const char *data_dir, const char *db)
{
	int running = 0, worst = BS_EXIT_OK, code;

	fflush(NULL);
	for (size_t i = 0; i < cdb->n; i++) {
		pid_t pid;

		if (running >= a->jobs && (code = wait_one(&running)) > worst)
			worst = code;
		pid = fork();
		if (pid < 0) {
			perror("boundscope: error: fork");
			worst = BS_EXIT_FAILURE;
			break;
		}
		if (!pid)
			_exit(check_one(a, clang, plugin, data_dir, db, &cdb->v[i]));
		running++;
	}
	while (running)
		if ((code = wait_one(&running)) > worst)
			worst = code;
	/* in store-only runs a file's "findings" are not its verdict; failures are */
	return worst == BS_EXIT_FAILURE ? worst : BS_EXIT_OK;
}

int bs_cmd_check(int argc, char **argv)
{
	struct check_args a = { .jobs = 1, .configs = STRVEC_INIT, .files = STRVEC_INIT,
				.rules = STRVEC_INIT };
	struct bs_compdb cdb = { 0 };
	char *clang = NULL, *plugin = NULL, *data_dir = NULL, *db = NULL;
	int code = parse_check(argc, argv, &a), report;

	if (code)
		goto out;
	if (bs_compdb_load(a.dir, &a.files, a.verbose, &cdb)) {
		code = BS_EXIT_FAILURE;
		goto out;
	}
	clang = bs_find_clang(a.clang);
	plugin = clang ? bs_find_plugin(a.plugin) : NULL;
	data_dir = plugin ? bs_find_data_dir(a.data_dir) : NULL;
	db = data_dir ? (a.db ? absolute(a.db) : bs_scratch_file("store")) : NULL;
	if (!db) {
		code = BS_EXIT_FAILURE;
		goto out;
	}
	{
		char *abs_data = absolute(data_dir);

		free(data_dir);
		data_dir = abs_data;
	}
	code = run_jobs(&a, &cdb, clang, plugin, data_dir, db);
	{
		struct bs_report_args r = { db, data_dir, &a.configs, &a.rules, a.format, &a.out,
					    a.fix };

		report = bs_report_store(&r);
	}
	if (report > code)
		code = report;
	if (!a.db)
		bs_scratch_remove_store(db);
out:
	if (code < 0)
		code = BS_EXIT_OK;	/* --help */
	bs_compdb_free(&cdb);
	free(clang);
	free(plugin);
	free(data_dir);
	free(db);
	strvec_free(&a.configs);
	strvec_free(&a.files);
	strvec_free(&a.rules);
	return code;
}
