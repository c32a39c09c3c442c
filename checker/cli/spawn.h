/* SPDX-License-Identifier: GPL-2.0 */
/*
 * spawn: running clang. Owns the child process and the relay of its stderr,
 * from which the driver's refusals of arguments are held back so that a
 * retry without them stays quiet.
 */
#ifndef BS_SPAWN_H
#define BS_SPAWN_H

#include "strvec.h"

struct bs_child {
	int status;		/* from waitpid(); -1 when clang could not be started */
	struct strvec held;	/* driver lines refusing an argument, not printed yet */
};

#define BS_CHILD_INIT { -1, STRVEC_INIT }

/* Run @argv (argv[0] a path), stdout shared, stderr relayed line by line. */
void bs_spawn(char *const argv[], struct bs_child *child);

/* Print the held lines after all: the caller decided not to retry. */
void bs_child_release(struct bs_child *child);

#endif
