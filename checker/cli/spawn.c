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
	err = posix_spawn(&pid, argv[0], &actions, NULL, argv, environ);
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
