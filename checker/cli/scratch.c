// SPDX-License-Identifier: GPL-2.0
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "scratch.h"
#include "strvec.h"

static const char *scratch_root(void)
{
	const char *tmp = getenv("TMPDIR");

	return tmp && *tmp ? tmp : "/tmp";
}

static char *template(const char *what)
{
	char *path = xrealloc(NULL, PATH_MAX);

	snprintf(path, PATH_MAX, "%s/boundscope-%s-XXXXXX", scratch_root(), what);
	return path;
}

/* Names the directory: an unwritable $TMPDIR is the usual cause, and the user must find it. */
static void say_failed(const char *kind)
{
	fprintf(stderr, "boundscope: error: cannot create a temporary %s in '%s' ($TMPDIR): %s\n",
		kind, scratch_root(), strerror(errno));
}

FILE *bs_scratch_open(const char *what, char **path)
{
	int fd;
	FILE *f;

	*path = template(what);
	fd = mkstemp(*path);
	if (fd < 0) {
		say_failed("file");
		free(*path);
		*path = NULL;
		return NULL;
	}
	/* the descriptor mkstemp made: no second open that could fail or race */
	f = fdopen(fd, "w");
	if (!f) {
		say_failed("file");
		close(fd);
		unlink(*path);
		free(*path);
		*path = NULL;
	}
	return f;
}

char *bs_scratch_file(const char *what)
{
	char *path = template(what);
	int fd = mkstemp(path);

	if (fd < 0) {
		say_failed("file");
		free(path);
		return NULL;
	}
	close(fd);
	return path;
}

char *bs_scratch_dir(const char *what)
{
	char *path = template(what);

	if (!mkdtemp(path)) {
		say_failed("directory");
		free(path);
		return NULL;
	}
	return path;
}

void bs_scratch_remove_store(const char *db)
{
	char path[PATH_MAX];

	unlink(db);
	snprintf(path, sizeof(path), "%s-wal", db);
	unlink(path);
	snprintf(path, sizeof(path), "%s-shm", db);
	unlink(path);
}
