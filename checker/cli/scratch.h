/* SPDX-License-Identifier: GPL-2.0 */
/*
 * scratch: temporary fact stores and directories under $TMPDIR, removed by their users.
 */
#ifndef BS_SCRATCH_H
#define BS_SCRATCH_H

#include <stdio.h>

/* A new empty file or directory $TMPDIR/boundscope-<what>-XXXXXX; NULL having said why. */
char *bs_scratch_file(const char *what);
char *bs_scratch_dir(const char *what);
/* A new file as above, open for writing; NULL (and *@path NULL) having said why. */
FILE *bs_scratch_open(const char *what, char **path);

/* Removes a store and its -wal/-shm companions. */
void bs_scratch_remove_store(const char *db);

#endif
