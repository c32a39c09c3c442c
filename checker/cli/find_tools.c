// SPDX-License-Identifier: GPL-2.0
/*
 * Finding clang and the plugin.
 *
 * The plugin only loads into the clang it was built against, so the default
 * is that clang (BOUNDSCOPE_CLANG_PATH, set by CMake); clang-19 on PATH is
 * the fallback for a relocated install. We run the real clang binary rather
 * than a library so that clang finds its own resource directory (stddef.h,
 * stdarg.h) exactly as it does when compiling.
 *
 * The plugin is found relative to this program because the build tree and
 * an install share one layout (bin/boundscope, lib/boundscope.so).
 * An explicit choice (option or environment) that does not work is an error,
 * never a reason to fall back: that would hide the user's mistake.
 */
/* POSIX.1-2008 interfaces, also when built with -std=c11 rather than gnu11. */
#define _POSIX_C_SOURCE 200809L

#include <libgen.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "find_tools.h"
#include "strvec.h"

#ifndef BOUNDSCOPE_CLANG_PATH
#define BOUNDSCOPE_CLANG_PATH ""
#endif

static bool is_regular(const char *path, int mode)
{
	struct stat st;

	return !stat(path, &st) && S_ISREG(st.st_mode) && !access(path, mode);
}

/* A name without a slash is looked up on PATH, as execvp() would. */
static char *resolve_program(const char *name)
{
	const char *path = getenv("PATH");
	char buf[PATH_MAX];

	if (strchr(name, '/'))
		return is_regular(name, X_OK) ? xstrdup(name) : NULL;
	if (!path || !*name)
		return NULL;
	while (*path) {
		size_t len = strcspn(path, ":");

		/* An empty PATH element means the current directory. */
		if (snprintf(buf, sizeof(buf), "%.*s%s%s", (int)len, path,
			     len ? "/" : "", name) < (int)sizeof(buf) &&
		    is_regular(buf, X_OK))
			return xstrdup(buf);
		path += len;
		if (*path == ':')
			path++;
	}
	return NULL;
}

char *bs_find_clang(const char *from_option)
{
	const char *env = getenv("BOUNDSCOPE_CLANG");
	char *found;

	if (from_option || (env && *env)) {
		const char *want = from_option ? from_option : env;

		found = resolve_program(want);
		if (!found)
			fprintf(stderr, "boundscope: error: clang '%s' (from %s) is not an executable file\n",
				want, from_option ? "--clang" : "BOUNDSCOPE_CLANG");
		return found;
	}
	if (*BOUNDSCOPE_CLANG_PATH && is_regular(BOUNDSCOPE_CLANG_PATH, X_OK))
		return xstrdup(BOUNDSCOPE_CLANG_PATH);
	found = resolve_program("clang-19");
	if (!found)
		fprintf(stderr, "boundscope: error: no clang found: '%s' (built for) is missing and "
			"clang-19 is not on PATH; use --clang=PATH\n", BOUNDSCOPE_CLANG_PATH);
	return found;
}

/* A path relative to the directory this program lives in. */
static char *next_to_program(const char *rel)
{
	char exe[PATH_MAX];
	ssize_t len = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	char *path;
	size_t size;

	if (len < 0)
		return NULL;
	exe[len] = '\0';
	size = strlen(dirname(exe)) + strlen(rel) + 2;
	path = xrealloc(NULL, size);
	snprintf(path, size, "%s/%s", exe, rel);
	return path;
}

static char *default_plugin(void)
{
	return next_to_program("../lib/boundscope.so");
}

char *bs_find_data_dir(const char *from_option)
{
	char *dir = from_option ? xstrdup(from_option) : next_to_program("../share/boundscope");
	struct stat st;

	if (dir && !stat(dir, &st) && S_ISDIR(st.st_mode))
		return dir;
	fprintf(stderr, "boundscope: error: data directory '%s' not found; use --data-dir=DIR\n",
		dir ? dir : "../share/boundscope");
	free(dir);
	return NULL;
}

char *bs_find_plugin(const char *from_option)
{
	const char *env = getenv("BOUNDSCOPE_PLUGIN");
	const char *origin = "--plugin";
	char *path;

	if (from_option) {
		path = xstrdup(from_option);
	} else if (env && *env) {
		path = xstrdup(env);
		origin = "BOUNDSCOPE_PLUGIN";
	} else {
		path = default_plugin();
		origin = "the default next to this program";
		if (!path) {
			perror("boundscope: error: cannot find this program's path");
			return NULL;
		}
	}
	if (is_regular(path, R_OK))
		return path;
	fprintf(stderr, "boundscope: error: plugin '%s' (%s) is not a readable file; "
		"use --plugin=PATH or BOUNDSCOPE_PLUGIN\n", path, origin);
	free(path);
	return NULL;
}
