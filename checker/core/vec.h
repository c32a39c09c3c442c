/* SPDX-License-Identifier: GPL-2.0 */
/* Growable arrays: the core's only container. */
#ifndef BS_VEC_H
#define BS_VEC_H

#include <stdarg.h>

#include <stdlib.h>
#include <string.h>

#define BS_VEC(type) struct { type *v; unsigned n, cap; }

#ifdef __cplusplus
extern "C" {
#endif

/* Aborts on allocation failure: a checker that runs out of memory cannot report honestly. */
void *bs_xrealloc(void *p, size_t size);
void *bs_xcalloc(size_t n, size_t size);
char *bs_xstrdup(const char *s);
char *bs_xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *bs_xvasprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

#ifdef __cplusplus
}
#endif

#define bs_vec_push(vec, item) do {						\
	if ((vec)->n == (vec)->cap) {						\
		(vec)->cap = (vec)->cap ? 2 * (vec)->cap : 8;			\
		(vec)->v = (__typeof__((vec)->v))bs_xrealloc((vec)->v,		\
						(vec)->cap * sizeof(*(vec)->v)); \
	}									\
	(vec)->v[(vec)->n++] = (item);						\
} while (0)

#define bs_vec_free(vec) do { free((vec)->v); (vec)->v = NULL; (vec)->n = (vec)->cap = 0; } while (0)

#endif
