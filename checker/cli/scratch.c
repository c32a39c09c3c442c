// SPDX-License-Identifier: GPL-2.0
#define _POSIX_C_SOURCE 200809L

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "scratch.h"
#include "strvec.h"

static char *template(const char *what)
{
	const char *tmp = getenv("TMPDIR");
	char *path = xrealloc(NULL, PATH_MAX);

	snprintf(path, PATH_MAX, "%s/boundscope-%s-XXXXXX", tmp && *tmp ? tmp : "/tmp", what);
	return path;
}

char *bs_scratch_file(const char *what)
{
	char *path = template(what);
	int fd = mkstemp(path);

	if (fd < 0) {
		perror("boundscope: error: cannot create a temporary file");
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
		perror("boundscope: error: cannot create a temporary directory");
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
