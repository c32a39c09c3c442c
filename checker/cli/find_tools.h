/* SPDX-License-Identifier: GPL-2.0 */
/*
 * find_tools: where the clang to run and the plugin to load are.
 * Both return a malloc'd path, or NULL after printing why none was found.
 */
#ifndef BS_FIND_TOOLS_H
#define BS_FIND_TOOLS_H

/* --clang, else $BOUNDSCOPE_CLANG, else the build-time clang, else clang-19 on PATH. */
char *bs_find_clang(const char *from_option);

/* --plugin, else $BOUNDSCOPE_PLUGIN, else <dir of this program>/../lib/boundscope.so. */
char *bs_find_plugin(const char *from_option);

/*
 * The shipped tables: @from_option, else ../share/boundscope next to this
 * program. Prints why and returns NULL when missing.
 */
char *bs_find_data_dir(const char *from_option);

#endif
