// SPDX-License-Identifier: GPL-2.0
/*
 * boundscope: the command. kbuild CHECK form:
 *   boundscope [options] [CHECKFLAGS] [c_flags] file.c...
 * Everything that can be checked before clang runs is checked first, so a
 * broken setup fails once with one clear message instead of once per file.
 */
/* POSIX.1-2008 interfaces, also when built with -std=c11 rather than gnu11. */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check_cmd.h"
#include "db_cmd.h"
#include "exit_codes.h"
#include "find_tools.h"
#include "kbuild_render.h"
#include "output.h"
#include "options.h"
#include "report_cmd.h"
#include "rule_args.h"
#include "run_clang.h"
#include "series_cmd.h"

#ifndef BOUNDSCOPE_VERSION
#define BOUNDSCOPE_VERSION "unknown"
#endif
#ifndef BOUNDSCOPE_CLANG_PATH
#define BOUNDSCOPE_CLANG_PATH ""
#endif

/* The plugin would fail on these too, but once per file and less clearly. */
static int check_inputs(const struct bs_options *o)
{
	struct stat st;

	for (size_t i = 0; i < o->configs.n; i++) {
		const char *path = o->configs.v[i];
		FILE *f = fopen(path, "r");

		if (!f || fstat(fileno(f), &st) || !S_ISREG(st.st_mode)) {
			fprintf(stderr, "boundscope: error: cannot read configuration '%s': %s\n",
				path, f ? "not a regular file" : strerror(errno));
			if (f)
				fclose(f);
			return BS_EXIT_FAILURE;
		}
		fclose(f);
	}
	if (o->data_dir && (stat(o->data_dir, &st) || !S_ISDIR(st.st_mode))) {
		fprintf(stderr, "boundscope: error: data directory '%s' is not a directory\n",
			o->data_dir);
		return BS_EXIT_FAILURE;
	}
	return BS_EXIT_OK;
}

static int check_files(const struct bs_options *o)
{
	struct bs_checker c = { .opts = o, .refused = STRVEC_INIT };
	char *clang, *plugin;
	int code = BS_EXIT_OK;

	clang = bs_find_clang(o->clang);
	plugin = clang ? bs_find_plugin(o->plugin) : NULL;
	if (!clang || !plugin) {
		free(clang);
		return BS_EXIT_FAILURE;
	}
	if (bs_kbuild_renders(o)) {
		code = bs_kbuild_render(o, clang, plugin);
		free(plugin);
		free(clang);
		return code;
	}
	c.clang = clang;
	c.plugin = plugin;
	/* Every file is checked even after a failure: the worst code wins. */
	for (size_t i = 0; i < o->files.n; i++) {
		int file_code = bs_check_file(&c, o->files.v[i]);

		if (file_code > code)
			code = file_code;
	}
	strvec_free(&c.refused);
	free(plugin);
	free(clang);
	return code;
}

/*
 * The fact store: --db, else $BOUNDSCOPE_DB, else under kbuild (which names the module and
 * the object) .boundscope.db in the build directory of the module: $KBUILD_EXTMOD for an
 * external module, the object tree for the kernel's own. --no-db, --dump-facts, --fix and
 * --list-header-inlines answer from the file alone.
 */
static int choose_store(struct bs_options *o, char **default_db)
{
	const char *env = getenv("BOUNDSCOPE_DB"), *dir;
	char *obj;

	if (o->no_db || o->dump_facts || o->fix || o->list_header_inlines) {
		o->db = NULL;
		return 0;
	}
	if (o->db)
		return 0;
	if (env && *env) {
		o->db = env;
		return 0;
	}
	obj = bs_options_object(o);
	if (!obj || !o->modname) {
		free(obj);
		return 0;	/* not kbuild: single-file answers */
	}
	free(obj);
	dir = getenv("KBUILD_EXTMOD");
	if (!dir || !*dir)
		dir = ".";	/* kbuild runs the checker in the object tree */
	*default_db = malloc(strlen(dir) + sizeof("/.boundscope.db"));
	if (!*default_db)
		return BS_EXIT_FAILURE;
	sprintf(*default_db, "%s/.boundscope.db", dir);
	o->db = *default_db;
	o->default_db = true;
	return 0;
}

int main(int argc, char **argv)
{
	struct bs_options o = BS_OPTIONS_INIT;
	char *default_db = NULL;
	int code;

	/* Subcommands; anything else is the kbuild CHECK form, which never starts with these. */
	if (argc > 1 && !strcmp(argv[1], "check"))
		return bs_cmd_check(argc - 1, argv + 1);
	if (argc > 1 && !strcmp(argv[1], "report"))
		return bs_cmd_report(argc - 1, argv + 1);
	if (argc > 1 && !strcmp(argv[1], "db"))
		return bs_cmd_db(argc - 1, argv + 1);
	if (argc > 1 && !strcmp(argv[1], "series"))
		return bs_cmd_series(argc - 1, argv + 1);
	/* `boundscope fix ...` is the kbuild form with --fix */
	if (argc > 1 && !strcmp(argv[1], "fix")) {
		argv[1] = "--fix";
	}
	code = bs_parse_options(argc, argv, &o);
	if (!code && bs_parse_format(o.format, NULL))
		code = BS_EXIT_FAILURE;
	if (!code && o.stats && (o.fix || o.dump_facts)) {
		fprintf(stderr, "boundscope: error: --stats does not go with %s\n",
			o.fix ? "--fix" : "--dump-facts");
		code = BS_EXIT_FAILURE;
	}
	if (!code)
		code = choose_store(&o, &default_db);

	if (code)
		goto out;
	if (o.help) {
		bs_print_help();
	} else if (o.list_rules) {
		bs_print_rules(stdout);
	} else if (o.version) {
		printf("boundscope %s\nbuilt for clang: %s\n", BOUNDSCOPE_VERSION,
		       *BOUNDSCOPE_CLANG_PATH ? BOUNDSCOPE_CLANG_PATH : "(unknown)");
	} else {
		code = check_inputs(&o);
		if (!code)
			code = check_files(&o);
	}
out:
	bs_options_free(&o);
	free(default_db);
	return code;
}
