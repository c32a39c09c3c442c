/* SPDX-License-Identifier: GPL-2.0 */
/* db_cmd: `boundscope db dump --db=FILE`, to see what a fact store holds. */
#ifndef BS_DB_CMD_H
#define BS_DB_CMD_H

int bs_cmd_db(int argc, char **argv);

#endif
