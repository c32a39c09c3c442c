/* SPDX-License-Identifier: GPL-2.0 */
/*
 * strvec: a growable, NULL-terminated vector of strings, shaped so that
 * ->v can be handed to posix_spawn() as an argv without copying.
 * The vector never owns the strings it holds except those added with
 * strvec_push_owned(), which it frees in strvec_free().
 */
#ifndef BS_STRVEC_H
#define BS_STRVEC_H

#include <stdbool.h>
#include <stddef.h>

struct strvec {
	char **v;	/* always NULL-terminated once anything was pushed */
	bool *owned;	/* owned[i]: v[i] is freed by strvec_free() */
	size_t n;
	size_t cap;
};

#define STRVEC_INIT { NULL, NULL, 0, 0 }

void strvec_push(struct strvec *sv, const char *s);
void strvec_push_owned(struct strvec *sv, char *s);
void strvec_pushf(struct strvec *sv, const char *fmt, ...)
	__attribute__((format(printf, 2, 3), nonnull(1, 2)));
void strvec_append(struct strvec *sv, const struct strvec *from);
void strvec_remove(struct strvec *sv, size_t i);
bool strvec_contains(const struct strvec *sv, const char *s);
void strvec_free(struct strvec *sv);

/* Allocation failure is not recoverable in a command this small: die. */
void *xrealloc(void *p, size_t size);
char *xstrdup(const char *s);

#endif
