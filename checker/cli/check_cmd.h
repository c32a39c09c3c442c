/* SPDX-License-Identifier: GPL-2.0 */
/*
 * check_cmd: `boundscope check -p DIR [-j N] [files...]`, the one-shot
 * whole-driver run: every C file of a compilation database is checked into
 * a fact store (in parallel), then the store is linked and reported.
 */
#ifndef BS_CHECK_CMD_H
#define BS_CHECK_CMD_H

int bs_cmd_check(int argc, char **argv);

#endif
