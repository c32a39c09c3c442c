// SPDX-License-Identifier: GPL-2.0
/*
 * Compiler options that take their value as the next argument. A non-option
 * argument not consumed by one of these is a file to check, as with sparse.
 * The list covers what GCC and clang accept in separate form for C and what
 * kbuild, cgcc and hand-written CHECK lines use; an option missing here would
 * make its value look like a file, which then fails loudly ("no such file")
 * rather than silently.
 */
#include <string.h>

#include "cc_args.h"

static const char *const takes_value[] = {
	"-D", "-U", "-I", "-include", "-imacros", "-isystem", "-idirafter",
	"-iquote", "-iprefix", "-iwithprefix", "-iwithprefixbefore",
	"-isysroot", "-imultilib", "-include-pch", "-ivfsoverlay", "--sysroot",
	"-x", "-target", "-arch", "-o", "-MF", "-MT", "-MQ", "-L", "-T", "-u",
	"-z", "-aux-info", "--param", "-gcc-base-dir", "-multiarch-dir",
	"-Xclang", "-Xpreprocessor", "-Xassembler", "-Xlinker", "-Xanalyzer",
	"-mllvm",
};

static const char *const passthrough[] = {
	"-Xclang", "-Xpreprocessor", "-Xassembler", "-Xlinker", "-Xanalyzer",
	"-mllvm",
};

static bool in(const char *const *list, size_t n, const char *arg)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(list[i], arg))
			return true;
	return false;
}

bool bs_cc_takes_value(const char *arg)
{
	return in(takes_value, sizeof(takes_value) / sizeof(*takes_value), arg);
}

bool bs_cc_is_passthrough(const char *arg)
{
	return in(passthrough, sizeof(passthrough) / sizeof(*passthrough), arg);
}
