// SPDX-License-Identifier: GPL-2.0
/*
 * Checking one file: run clang with the plugin, then turn what happened into
 * an exit code. Every way the analysis can fail to happen (clang cannot
 * start, a parse error, a crash, a plugin that was not loaded or stopped
 * early, functions it could not analyse) ends in exit code 2, so that a CI
 * gate never passes on code nobody looked at.
 */
/* POSIX.1-2008 interfaces, also when built with -std=c11 rather than gnu11. */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cc_args.h"
#include "exit_codes.h"
#include "rejected.h"
#include "run_clang.h"
#include "spawn.h"
#include "status.h"

/* "-Xclang -plugin-arg-boundscope -Xclang key=value", or just "key". */
static void push_plugin_arg(struct strvec *argv, const char *key, const char *value)
{
	strvec_push(argv, "-Xclang");
	strvec_push(argv, "-plugin-arg-boundscope");
	strvec_push(argv, "-Xclang");
	if (value)
		strvec_pushf(argv, "%s=%s", key, value);
	else
		strvec_push(argv, key);
}

/* The user already chose clang's colours. */
static bool sets_color(const struct strvec *flags)
{
	for (size_t i = 0; i < flags->n; i++) {
		const char *f = flags->v[i];

		if (strstr(f, "color-diagnostics") || strstr(f, "diagnostics-color"))
			return true;
	}
	return false;
}

static void build_argv(const struct bs_checker *c, const char *status_path,
		       const struct strvec *flags, const char *file, struct strvec *argv)
{
	const struct bs_options *o = c->opts;
	static const char *const load[] = { "-Xclang", "-load", "-Xclang", NULL,
					    "-Xclang", "-plugin", "-Xclang", "boundscope" };

	strvec_push(argv, c->clang);
	strvec_push(argv, "-fsyntax-only");
	for (size_t i = 0; i < sizeof(load) / sizeof(*load); i++)
		strvec_push(argv, load[i] ? load[i] : c->plugin);
	push_plugin_arg(argv, "status-file", status_path);
	for (size_t i = 0; i < o->configs.n; i++)
		push_plugin_arg(argv, "config", o->configs.v[i]);
	if (o->data_dir)
		push_plugin_arg(argv, "data-dir", o->data_dir);
	if (o->dump_facts)
		push_plugin_arg(argv, "dump-facts", NULL);
	for (size_t i = 0; i < o->rules.n; i++)
		push_plugin_arg(argv, o->rules.v[i][0] == '+' ? "enable" : "disable",
				o->rules.v[i] + 1);
	if (o->list_header_inlines)
		push_plugin_arg(argv, "list-header-inlines", NULL);
	if (o->no_skip_bodies)
		push_plugin_arg(argv, "no-skip-bodies", NULL);
	if (o->time_report)
		push_plugin_arg(argv, "time-report", NULL);
	if (o->db) {
		const char *srctree = getenv("srctree");	/* kbuild exports it */
		char *object = bs_options_object(o);

		push_plugin_arg(argv, "db", o->db);
		if (object)
			push_plugin_arg(argv, "unit-object", object);
		if (object && srctree && *srctree)
			push_plugin_arg(argv, "srctree", srctree);
		free(object);
	}
	if (o->store_only)
		push_plugin_arg(argv, "store-only", NULL);
	/* Only boundscope's diagnostics, like sparse; see gcc_flags.c. */
	strvec_push(argv, "-Wno-unknown-warning-option");
	strvec_push(argv, "-Wno-everything");
	/* clang's stderr is our pipe, so it no longer sees the terminal itself. */
	if (isatty(STDERR_FILENO) && !sets_color(flags))
		strvec_push(argv, "-fcolor-diagnostics");
	strvec_append(argv, flags);
	strvec_push(argv, file);
}

/* For -v: a line that can be pasted into a shell. */
static void print_command(char *const *argv)
{
	fputs("boundscope: running:", stderr);
	for (; *argv; argv++) {
		const char *a = *argv;

		if (*a && !a[strcspn(a, " \t\n'\"\\$`&|;<>()*?[]{}~#!")]) {
			fprintf(stderr, " %s", a);
			continue;
		}
		fputs(" '", stderr);
		for (; *a; a++) {
			if (*a == '\'')
				fputs("'\\''", stderr);
			else
				fputc(*a, stderr);
		}
		fputc('\'', stderr);
	}
	fputc('\n', stderr);
}

/* Flags for this file: kbuild's kept flags minus what clang refused before. */
static void file_flags(const struct bs_checker *c, struct strvec *flags)
{
	strvec_append(flags, &c->opts->cflags);
	for (size_t i = 0; i < flags->n;) {
		if (bs_cc_is_passthrough(flags->v[i]))
			i += 2;		/* -Xclang's value is the user's, untouched */
		else if (strvec_contains(&c->refused, flags->v[i]))
			strvec_remove(flags, i);
		else
			i++;
	}
}

static void run(const struct bs_checker *c, const char *status_path,
		const struct strvec *flags, const char *file, struct bs_child *child)
{
	struct strvec argv = STRVEC_INIT;

	build_argv(c, status_path, flags, file, &argv);
	if (c->opts->verbose)
		print_command(argv.v);
	bs_spawn(argv.v, child);
	strvec_free(&argv);
}

/*
 * Run clang; if its driver refused arguments the drop table did not know,
 * run again without exactly those. Once, as the contract says: a refusal
 * that survives the retry is printed as it is instead of looping over ever
 * shorter command lines. (clang-19 reports "unsupported option for target"
 * only once no argument is unknown, so a line holding both kinds of flag
 * needs the table entry, not the retry.)
 */
static int run_with_retry(struct bs_checker *c, const char *status_path, const char *file)
{
	struct strvec flags = STRVEC_INIT;
	struct bs_child child = BS_CHILD_INIT;
	size_t dropped = 0;

	file_flags(c, &flags);
	run(c, status_path, &flags, file, &child);
	if (child.status != 0 && child.held.n) {
		for (size_t i = 0; i < child.held.n; i++)
			dropped += bs_drop_rejected(&flags, child.held.v[i], &c->refused);
		/*
		 * A refusing driver ran no compile, so the status file is still
		 * empty; emptying it again makes sure no report is stale.
		 */
		if (dropped && !truncate(status_path, 0)) {
			if (c->opts->verbose)
				fprintf(stderr, "boundscope: clang refused %zu argument(s); "
					"retrying without them\n", dropped);
			strvec_free(&child.held);
			run(c, status_path, &flags, file, &child);
		}
	}
	bs_child_release(&child);
	strvec_free(&flags);
	return child.status;
}

/* What happened to clang and in the status file, as an exit code. */
static int verdict(const struct bs_checker *c, int status, const char *status_path,
		   const char *file)
{
	struct bs_status st;

	if (status == -1)
		return BS_EXIT_FAILURE;
	if (WIFSIGNALED(status)) {
		fprintf(stderr, "boundscope: error: clang was killed by signal %d (%s) while checking %s\n",
			WTERMSIG(status), strsignal(WTERMSIG(status)), file);
		return BS_EXIT_FAILURE;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status)) {
		fprintf(stderr, "boundscope: error: clang failed on %s (exit status %d); "
			"the file was not analysed\n", file, WEXITSTATUS(status));
		return BS_EXIT_FAILURE;
	}
	if (!bs_read_status(status_path, &st)) {
		fprintf(stderr, "boundscope: error: the plugin did not report on %s "
			"(not loaded, or it stopped early); the file was not analysed\n", file);
		return BS_EXIT_FAILURE;
	}
	if (st.internal)
		fprintf(stderr, "boundscope: error: %lu internal error(s) while analysing %s\n",
			st.internal, file);
	if (st.unanalysed)
		fprintf(stderr, "boundscope: error: %lu function(s) in %s could not be analysed\n",
			st.unanalysed, file);
	if (st.internal || st.unanalysed)
		return BS_EXIT_FAILURE;
	if (st.findings && c->opts->error)
		return BS_EXIT_FINDINGS;
	return BS_EXIT_OK;
}

/*
 * The status file of the run in progress, for the signal handler: a make
 * interrupted with ^C must not leave a temporary file per compile behind.
 * The only global state of the command, because a handler has no argument.
 */
static char *volatile status_in_progress;

static void remove_status_and_die(int sig)
{
	if (status_in_progress)
		unlink(status_in_progress);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void catch_signals(void)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
	struct sigaction sa = { .sa_handler = remove_status_and_die };

	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof(sigs) / sizeof(*sigs); i++)
		sigaction(sigs[i], &sa, NULL);
}

static char *make_status_file(void)
{
	const char *dir = getenv("TMPDIR");
	struct strvec path = STRVEC_INIT;
	char *ret;
	int fd;

	if (!dir || !*dir)
		dir = "/tmp";
	strvec_pushf(&path, "%s/boundscope-status-XXXXXX", dir);
	fd = mkstemp(path.v[0]);
	if (fd < 0) {
		fprintf(stderr, "boundscope: error: cannot create a status file in %s: %s\n",
			dir, strerror(errno));
		strvec_free(&path);
		return NULL;
	}
	close(fd);
	ret = xstrdup(path.v[0]);
	strvec_free(&path);
	return ret;
}

int bs_check_file(struct bs_checker *c, const char *file)
{
	struct stat st;
	char *status_path;
	int code;

	if (stat(file, &st)) {
		fprintf(stderr, "boundscope: error: no such file: %s\n", file);
		return BS_EXIT_FAILURE;
	}
	catch_signals();
	status_path = make_status_file();
	if (!status_path)
		return BS_EXIT_FAILURE;
	status_in_progress = status_path;
	code = verdict(c, run_with_retry(c, status_path, file), status_path, file);
	unlink(status_path);
	status_in_progress = NULL;
	free(status_path);
	return code;
}
