/* SPDX-License-Identifier: GPL-2.0 */
/*
 * series_cmd: `boundscope series`, review of a patch series (docs/review.md).
 */
#ifndef BS_SERIES_CMD_H
#define BS_SERIES_CMD_H

int bs_cmd_series(int argc, char **argv);

#endif
