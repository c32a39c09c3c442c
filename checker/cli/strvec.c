// SPDX-License-Identifier: GPL-2.0
/*
 * strvec: growable argv vectors for building clang's command line.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strvec.h"
#include "vec.h"

void *xrealloc(void *p, size_t size)
{
	p = realloc(p, size ? size : 1);
	if (!p) {
		fputs("boundscope: error: out of memory\n", stderr);
		exit(2);
	}
	return p;
}

char *xstrdup(const char *s)
{
	size_t len = strlen(s) + 1;

	return memcpy(xrealloc(NULL, len), s, len);
}

static void push(struct strvec *sv, char *s, bool owned)
{
	/* +1 keeps room for the terminating NULL posix_spawn() wants. */
	if (sv->n + 1 >= sv->cap) {
		sv->cap = sv->cap ? 2 * sv->cap : 16;
		sv->v = xrealloc(sv->v, sv->cap * sizeof(*sv->v));
		sv->owned = xrealloc(sv->owned, sv->cap * sizeof(*sv->owned));
	}
	sv->owned[sv->n] = owned;
	sv->v[sv->n++] = s;
	sv->v[sv->n] = NULL;
}

void strvec_push(struct strvec *sv, const char *s)
{
	push(sv, (char *)s, false);
}

void strvec_push_owned(struct strvec *sv, char *s)
{
	push(sv, s, true);
}

void strvec_pushf(struct strvec *sv, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	push(sv, bs_xvasprintf(fmt, ap), true);
	va_end(ap);
}

/* Borrowed: the strings stay owned by @from. */
void strvec_append(struct strvec *sv, const struct strvec *from)
{
	for (size_t i = 0; i < from->n; i++)
		strvec_push(sv, from->v[i]);
}

void strvec_remove(struct strvec *sv, size_t i)
{
	if (sv->owned[i])
		free(sv->v[i]);
	memmove(&sv->v[i], &sv->v[i + 1], (sv->n - i) * sizeof(*sv->v));
	memmove(&sv->owned[i], &sv->owned[i + 1], (sv->n - i - 1) * sizeof(*sv->owned));
	sv->n--;
}

bool strvec_contains(const struct strvec *sv, const char *s)
{
	for (size_t i = 0; i < sv->n; i++)
		if (!strcmp(sv->v[i], s))
			return true;
	return false;
}

void strvec_free(struct strvec *sv)
{
	for (size_t i = 0; i < sv->n; i++)
		if (sv->owned[i])
			free(sv->v[i]);
	free(sv->v);
	free(sv->owned);
	*sv = (struct strvec)STRVEC_INIT;
}
