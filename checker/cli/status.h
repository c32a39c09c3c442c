/* SPDX-License-Identifier: GPL-2.0 */
/*
 * status: the plugin's report to the command. The plugin writes
 * "findings N\nunanalysed N\ninternal N\n" to the file named by its
 * status-file= argument once its analysis is done (docs/architecture.md).
 */
#ifndef BS_STATUS_H
#define BS_STATUS_H

#include <stdbool.h>

struct bs_status {
	unsigned long findings;
	unsigned long unanalysed;
	unsigned long internal;
};

/*
 * False unless the file holds each of the three counts exactly once: an
 * empty or partial file means the plugin never ran or stopped early, and
 * the caller must fail closed.
 */
bool bs_read_status(const char *path, struct bs_status *st);

#endif
