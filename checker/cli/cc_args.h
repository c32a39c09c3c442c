/* SPDX-License-Identifier: GPL-2.0 */
/*
 * cc_args: the shape of a compiler command line. Owns the list of compiler
 * options whose value is the next argument, which is what tells a flag's
 * value ("-include foo.h") from a source file to check.
 */
#ifndef BS_CC_ARGS_H
#define BS_CC_ARGS_H

#include <stdbool.h>

/* @arg is an option whose value is the next argument ("-I dir"). */
bool bs_cc_takes_value(const char *arg);

/*
 * @arg passes its value to a later stage untouched ("-Xclang -verify"):
 * the value must reach clang exactly as given, never filtered.
 */
bool bs_cc_is_passthrough(const char *arg);

#endif
