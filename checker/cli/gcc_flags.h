/* SPDX-License-Identifier: GPL-2.0 */
/*
 * gcc_flags: which of kbuild's compiler flags clang must not see.
 * Owns the drop table (GCC-only flags clang-19 rejects, dependency and
 * output flags, sparse-only flags) and the warning policy (boundscope
 * prints only its own diagnostics, like sparse prints only sparse's).
 */
#ifndef BS_GCC_FLAGS_H
#define BS_GCC_FLAGS_H

/*
 * How many arguments starting at @arg to drop: 0 keeps @arg, 1 drops it,
 * 2 drops it and its value @next (which may be NULL at the end of argv).
 */
unsigned int bs_dropped_flag(const char *arg, const char *next);

#endif
