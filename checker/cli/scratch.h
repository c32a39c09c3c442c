/* SPDX-License-Identifier: GPL-2.0 */
/*
 * scratch: temporary fact stores and directories under $TMPDIR, removed by their users.
 */
#ifndef BS_SCRATCH_H
#define BS_SCRATCH_H

/* A new empty file or directory $TMPDIR/boundscope-<what>-XXXXXX; NULL having said why. */
char *bs_scratch_file(const char *what);
char *bs_scratch_dir(const char *what);

/* Removes a store and its -wal/-shm companions. */
void bs_scratch_remove_store(const char *db);

#endif
