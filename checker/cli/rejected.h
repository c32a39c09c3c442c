/* SPDX-License-Identifier: GPL-2.0 */
/*
 * rejected: clang's driver refusing an argument. Owns recognising those
 * error lines and removing the refused arguments from a flag vector, which
 * is the safety net behind the drop table in gcc_flags.c.
 */
#ifndef BS_REJECTED_H
#define BS_REJECTED_H

#include <stdbool.h>
#include <stddef.h>

#include "strvec.h"

/* @line (one line of clang's stderr) is the driver refusing an argument. */
bool bs_is_rejection(const char *line);

/*
 * Remove from @flags the arguments the rejection @line names, and record
 * each removed single argument in @remembered (when not NULL) so that later
 * files skip it without a failed run. Returns how many were removed.
 */
size_t bs_drop_rejected(struct strvec *flags, const char *line, struct strvec *remembered);

#endif
