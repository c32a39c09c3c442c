// SPDX-License-Identifier: GPL-2.0
/*
 * Spawning clang with its stderr through a pipe.
 *
 * clang's diagnostics should reach the user as clang prints them, so each
 * stderr line is written on as soon as it is complete. The one exception is
 * the driver refusing an argument: those lines are held, because the caller
 * may retry without the refused arguments, and then they are noise. The
 * driver reports them before any compiling starts, so holding them back
 * does not reorder anything the user would read together.
 * posix_spawn() and no shell: kbuild's flags contain quotes and '=' that a
 * shell would reinterpret.
 */
/* POSIX.1-2008 interfaces, also when built with -std=c11 rather than gnu11. */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rejected.h"
#include "spawn.h"

extern char **environ;

struct line_buf {
	char *text;
	size_t len;
	size_t cap;
};

static void take_line(struct bs_child *child, struct line_buf *lb)
{
	lb->text[lb->len] = '\0';
	if (bs_is_rejection(lb->text))
		strvec_push_owned(&child->held, xstrdup(lb->text));
	else
		fputs(lb->text, stderr);
	lb->len = 0;
}

static void relay(int fd, struct bs_child *child)
{
	struct line_buf lb = { NULL, 0, 0 };
	char buf[4096];
	ssize_t got;

	for (;;) {
		got = read(fd, buf, sizeof(buf));
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			break;
		for (ssize_t i = 0; i < got; i++) {
			if (lb.len + 2 > lb.cap) {
				lb.cap = lb.cap ? 2 * lb.cap : 256;
				lb.text = xrealloc(lb.text, lb.cap);
			}
			lb.text[lb.len++] = buf[i];
			if (buf[i] == '\n')
				take_line(child, &lb);
		}
	}
	if (lb.len)
		take_line(child, &lb);
	free(lb.text);
}

/*
 * clang's environment: ours, with glibc's malloc asked to back its heap with transparent huge
 * pages (glibc.malloc.hugetlb=1, glibc 2.35+; ignored by older ones, and a no-op when THP is
 * off). A parse allocates about 130 MB in small pieces; with 2 MiB pages clang takes half the
 * page faults and a check of a kernel file about a sixth less time (docs/benchmarks.md). A
 * user's own glibc.malloc.hugetlb setting is kept.
 */
static char **clang_environ(void)
{
	static char **env;
	static char *tunables;
	const char *mine = getenv("GLIBC_TUNABLES");
	size_t n = 0, k = 0;

	if (env)
		return env;
	if (mine && strstr(mine, "glibc.malloc.hugetlb"))
		return env = environ;
	tunables = xrealloc(NULL, strlen("GLIBC_TUNABLES=") + (mine ? strlen(mine) + 1 : 0) +
			   strlen("glibc.malloc.hugetlb=1") + 1);
	sprintf(tunables, "GLIBC_TUNABLES=%s%sglibc.malloc.hugetlb=1", mine ? mine : "",
		mine && *mine ? ":" : "");
	while (environ[n])
		n++;
	env = xrealloc(NULL, (n + 2) * sizeof(*env));
	for (size_t i = 0; i < n; i++)
		if (strncmp(environ[i], "GLIBC_TUNABLES=", strlen("GLIBC_TUNABLES=")))
			env[k++] = environ[i];
	env[k++] = tunables;
	env[k] = NULL;
	return env;
}

void bs_spawn(char *const argv[], struct bs_child *child)
{
	posix_spawn_file_actions_t actions;
	int pipefd[2];
	pid_t pid;
	int err;

	child->status = -1;
	if (pipe(pipefd)) {
		perror("boundscope: error: pipe");
		return;
	}
	posix_spawn_file_actions_init(&actions);
	posix_spawn_file_actions_addclose(&actions, pipefd[0]);
	posix_spawn_file_actions_adddup2(&actions, pipefd[1], STDERR_FILENO);
	posix_spawn_file_actions_addclose(&actions, pipefd[1]);
	err = posix_spawn(&pid, argv[0], &actions, NULL, argv, clang_environ());
	posix_spawn_file_actions_destroy(&actions);
	close(pipefd[1]);
	if (err) {
		fprintf(stderr, "boundscope: error: cannot run '%s': %s\n", argv[0], strerror(err));
		close(pipefd[0]);
		return;
	}
	relay(pipefd[0], child);
	close(pipefd[0]);
	while (waitpid(pid, &child->status, 0) < 0) {
		if (errno != EINTR) {
			perror("boundscope: error: waitpid");
			child->status = -1;
			return;
		}
	}
}

void bs_child_release(struct bs_child *child)
{
	for (size_t i = 0; i < child->held.n; i++)
		fputs(child->held.v[i], stderr);
	strvec_free(&child->held);
}
