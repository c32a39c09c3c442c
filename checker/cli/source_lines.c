// SPDX-License-Identifier: GPL-2.0
#define _POSIX_C_SOURCE 200809L

#include <stdlib.h>
#include <string.h>

#include "source_lines.h"
#include "vec.h"

struct source {
	char *path;
	char *text;		/* NULL if it could not be read */
	BS_VEC(size_t) lines;	/* offset of each line */
};

struct bs_sources {
	BS_VEC(struct source) files;
};

struct bs_sources *bs_sources_new(void)
{
	return bs_xcalloc(1, sizeof(struct bs_sources));
}

void bs_sources_free(struct bs_sources *s)
{
	if (!s)
		return;
	for (unsigned i = 0; i < s->files.n; i++) {
		free(s->files.v[i].path);
		free(s->files.v[i].text);
		bs_vec_free(&s->files.v[i].lines);
	}
	bs_vec_free(&s->files);
	free(s);
}

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	size_t n = 0, cap = 65536, got;
	char *buf;

	if (!f)
		return NULL;
	buf = bs_xrealloc(NULL, cap);
	while ((got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
		n += got;
		if (cap - n < 4096)
			buf = bs_xrealloc(buf, cap *= 2);
	}
	fclose(f);
	buf[n] = 0;
	return buf;
}

static struct source *source_of(struct bs_sources *s, const char *path)
{
	struct source src = { 0 };

	for (unsigned i = 0; i < s->files.n; i++)
		if (!strcmp(s->files.v[i].path, path))
			return &s->files.v[i];
	src.path = bs_xstrdup(path);
	src.text = slurp(path);
	if (src.text) {
		bs_vec_push(&src.lines, 0);
		for (size_t i = 0; src.text[i]; i++)
			if (src.text[i] == '\n')
				bs_vec_push(&src.lines, i + 1);
	}
	bs_vec_push(&s->files, src);
	return &s->files.v[s->files.n - 1];
}

void bs_sources_print(struct bs_sources *s, FILE *out, const char *prefix, const char *file,
		      unsigned line, unsigned col)
{
	struct source *src = source_of(s, file);
	const char *p;
	unsigned width = 0, caret = 0;

	if (!src->text || !line || line > src->lines.n)
		return;
	p = src->text + src->lines.v[line - 1];
	if (!*p && line == src->lines.n)
		return;		/* past the last newline */
	fprintf(out, "%s%5u | ", prefix, line);
	for (unsigned i = 0; p[i] && p[i] != '\n'; i++) {
		if (i + 1 == col)
			caret = width;
		if (p[i] == '\r' && (p[i + 1] == '\n' || !p[i + 1]))
			break;
		if (p[i] == '\t') {
			unsigned next = (width / 8 + 1) * 8;

			for (; width < next; width++)
				fputc(' ', out);
			continue;
		}
		fputc(p[i], out);
		width++;
	}
	if (col > 0 && caret == 0 && col > 1)
		caret = width;	/* a column past the line's end */
	fprintf(out, "\n%s      | %*s^\n", prefix, (int)caret, "");
}
