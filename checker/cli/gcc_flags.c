// SPDX-License-Identifier: GPL-2.0
/*
 * The flags boundscope drops from kbuild's command line before calling clang.
 *
 * kbuild runs $(CHECK) $(CHECKFLAGS) $(c_flags) file.c, and c_flags is what
 * it gives $(CC), normally GCC. clang's driver rejects a GCC flag it does not
 * know with a hard error, so without this table every kernel file would fail.
 * Every flag here only steers code generation, dependency output or sparse,
 * none changes how the source parses, so dropping it cannot change what the
 * checker sees. The table holds the flags a 6.12 x86 kbuild passes; flags of
 * other architectures are caught by the retry in run_clang.c, which drops
 * whatever clang's driver names as unknown (a table entry saves that second
 * run of clang per file).
 */
#include <stdbool.h>
#include <string.h>

#include "gcc_flags.h"

enum match {
	EXACT,		/* the whole argument */
	PREFIX,		/* the argument starts with this text (the value is joined) */
	SEPARATE,	/* the whole argument, and the next argument is its value */
};

struct dropped_flag {
	const char *flag;
	enum match match;
};

static const struct dropped_flag dropped_flags[] = {
	/*
	 * Dependency output: clang would overwrite kbuild's .o.d (fixdep reads
	 * it), and -M/-MM would replace the syntax check by a dependency list.
	 */
	{ "-Wp,-MD,", PREFIX },
	{ "-Wp,-MMD,", PREFIX },
	{ "-M", EXACT },
	{ "-MM", EXACT },
	{ "-MD", EXACT },
	{ "-MMD", EXACT },
	{ "-MG", EXACT },
	{ "-MP", EXACT },
	{ "-MF", SEPARATE },
	{ "-MF", PREFIX },
	{ "-MT", SEPARATE },
	{ "-MT", PREFIX },
	{ "-MQ", SEPARATE },
	{ "-MQ", PREFIX },

	/* Output kind and file: we always run -fsyntax-only and write nothing. */
	{ "-o", SEPARATE },
	{ "-c", EXACT },
	{ "-S", EXACT },
	{ "-E", EXACT },

	/*
	 * sparse's own marker: compiler_types.h then turns on sparse's
	 * address_space/noderef/context attributes, which clang cannot parse.
	 */
	{ "-D__CHECKER__", EXACT },
	{ "-D__CHECKER__=", PREFIX },

	/*
	 * sparse's byte-order flag from CHECKFLAGS. clang runs for its host
	 * target, whose byte order it cannot change: x86 refuses -mbig-endian
	 * (it accepts -mlittle-endian, which is kept).
	 */
	{ "-mbig-endian", EXACT },

	/* sparse-only options with a separate value (cgcc passes them). */
	{ "-gcc-base-dir", SEPARATE },
	{ "-multiarch-dir", SEPARATE },

	/*
	 * GCC plugins (randstruct, latent_entropy, stackleak): GCC shared
	 * objects, clang would try to load them as clang plugins and fail.
	 */
	{ "-fplugin=", PREFIX },
	{ "-fplugin-arg-", PREFIX },

	/* GCC tuning parameters; meaningless to a syntax-only run. */
	{ "--param", SEPARATE },
	{ "--param=", PREFIX },

	/*
	 * GCC-only code generation flags clang-19 rejects ("unknown argument",
	 * or "unsupported option ... for target" for -mrecord-mcount on x86).
	 * Each was checked with clang-19 -fsyntax-only on x86_64.
	 */
	{ "-fconserve-stack", EXACT },
	{ "-fno-allow-store-data-races", EXACT },
	{ "-fallow-store-data-races", EXACT },
	{ "-fno-var-tracking-assignments", EXACT },
	{ "-fmin-function-alignment=", PREFIX },
	{ "-mpreferred-stack-boundary=", PREFIX },
	{ "-mindirect-branch=", PREFIX },
	{ "-mindirect-branch-register", EXACT },
	{ "-mrecord-mcount", EXACT },
	{ "-maccumulate-outgoing-args", EXACT },
	{ "-fno-ipa-cp-clone", EXACT },
	{ "-fno-ipa-sra", EXACT },
	{ "-fno-partial-inlining", EXACT },
	{ "-fno-code-hoisting", EXACT },
	{ "-fno-tree-loop-im", EXACT },
	{ "-fno-tree-loop-distribute-patterns", EXACT },
	{ "-fno-tree-switch-conversion", EXACT },
	{ "-fno-guess-branch-probability", EXACT },
	{ "-fsched-pressure", EXACT },
};

static bool matches(const struct dropped_flag *d, const char *arg)
{
	if (d->match == PREFIX)
		return !strncmp(arg, d->flag, strlen(d->flag));
	return !strcmp(arg, d->flag);
}

/*
 * Warning policy. kbuild's -Wall -Wextra would make clang print hundreds of
 * its own warnings per file; boundscope, like sparse, prints only its own
 * findings. run_clang.c adds -Wno-everything, which silences every clang
 * warning but not the plugin's (its diagnostics are custom IDs created after
 * the option is applied), and not errors. Any -W flag, -w (it would silence
 * the plugin too), -Werror (findings must not stop the build unless --error)
 * and -pedantic would undo part of that, so all are dropped.
 * -Wp, is the preprocessor pass-through, not a warning: only the dependency
 * forms are dropped (table above); -Wa, and -Wl, reach tools a syntax-only
 * run never starts.
 */
static bool is_warning_flag(const char *arg)
{
	if (!strncmp(arg, "-Wp,", 4))
		return false;
	if (!strncmp(arg, "-W", 2) || !strcmp(arg, "-w"))
		return true;
	return !strcmp(arg, "-pedantic") || !strcmp(arg, "-pedantic-errors");
}

unsigned int bs_dropped_flag(const char *arg, const char *next)
{
	const size_t n = sizeof(dropped_flags) / sizeof(dropped_flags[0]);

	for (size_t i = 0; i < n; i++) {
		if (!matches(&dropped_flags[i], arg))
			continue;
		if (dropped_flags[i].match == SEPARATE)
			return next ? 2 : 1;
		return 1;
	}
	/* -D __CHECKER__ with the name in its own argument. */
	if (!strcmp(arg, "-D") && next &&
	    (!strcmp(next, "__CHECKER__") || !strncmp(next, "__CHECKER__=", 12)))
		return 2;
	return is_warning_flag(arg) ? 1 : 0;
}
