// SPDX-License-Identifier: GPL-2.0
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fix_cmd.h"
#include "output.h"
#include "udiff.h"

struct file_edits {
	char *path;
	BS_VEC(struct bs_edit) edits;
};

struct bs_fixer {
	BS_VEC(struct file_edits) files;
	unsigned left;		/* findings without a fix */
};

struct bs_fixer *bs_fixer_new(void)
{
	return bs_xcalloc(1, sizeof(struct bs_fixer));
}

static struct file_edits *file_of(struct bs_fixer *fx, const char *path)
{
	struct file_edits fe = { 0 };

	for (unsigned i = 0; i < fx->files.n; i++)
		if (!strcmp(fx->files.v[i].path, path))
			return &fx->files.v[i];
	fe.path = bs_xstrdup(path);
	bs_vec_push(&fx->files, fe);
	return &fx->files.v[fx->files.n - 1];
}

static void no_fix(struct bs_fixer *fx, struct json_object *rec, const char *why)
{
	const char *func = bs_record_str(rec, "function");

	fprintf(stderr, "boundscope: error: fix: %s:%d: no fix for %s%s%s%s: %s\n",
		bs_record_str(rec, "file"), bs_record_int(rec, "line"), bs_record_str(rec, "rule"),
		func ? " in '" : "", func ? func : "", func ? "'" : "", why);
	fx->left++;
}

void bs_fixer_add(struct bs_fixer *fx, struct json_object *records)
{
	for (size_t i = 0; i < json_object_array_length(records); i++) {
		struct json_object *rec = json_object_array_get_idx(records, i);
		struct json_object *fix = json_object_object_get(rec, "fix");
		struct json_object *edits = json_object_object_get(fix, "edits");
		struct file_edits *fe;

		if (!fix) {
			no_fix(fx, rec, "the rule offers no fix");
			continue;
		}
		if (!edits) {
			no_fix(fx, rec, bs_record_str(fix, "reason"));
			continue;
		}
		fe = file_of(fx, bs_record_str(fix, "file"));
		for (size_t k = 0; k < json_object_array_length(edits); k++) {
			struct json_object *je = json_object_array_get_idx(edits, k);
			struct bs_edit e = {
				json_object_get_int64(json_object_object_get(je, "offset")),
				json_object_get_int64(json_object_object_get(je, "length")),
				bs_record_int(je, "order"), bs_xstrdup(bs_record_str(je, "text")),
			};

			bs_vec_push(&fe->edits, e);
		}
	}
}

/* Sorted, without duplicates (two findings in one function plan the same guard). */
static void settle(struct file_edits *fe)
{
	unsigned k = 0;

	qsort(fe->edits.v, fe->edits.n, sizeof(*fe->edits.v), bs_edit_cmp);
	for (unsigned i = 0; i < fe->edits.n; i++) {
		if (k && !bs_edit_cmp(&fe->edits.v[k - 1], &fe->edits.v[i])) {
			free(fe->edits.v[i].text);
			continue;
		}
		fe->edits.v[k++] = fe->edits.v[i];
	}
	fe->edits.n = k;
}

static char *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t cap = 0, got;

	*len = 0;
	if (!f)
		return NULL;
	do {
		if (*len + 65536 > cap)
			buf = bs_xrealloc(buf, cap = 2 * cap + 65536);
		got = fread(buf + *len, 1, cap - *len, f);
		*len += got;
	} while (got);
	if (ferror(f)) {
		int e = errno;

		fclose(f);
		free(buf);
		errno = e;
		return NULL;
	}
	fclose(f);
	return buf;
}

const char *bs_fix_path(const char *path)
{
	static char cwd[4096];
	size_t n;

	if (!cwd[0] && !getcwd(cwd, sizeof(cwd)))
		cwd[0] = 0;
	n = strlen(cwd);
	if (n > 1 && !strncmp(path, cwd, n) && path[n] == '/')
		return path + n + 1;
	return path;
}

/* The diff of one file into @patch; 0, or -1 having said why. */
static int diff_file(struct file_edits *fe, FILE *patch)
{
	const char *rel = bs_fix_path(fe->path);
	size_t len;
	char *text = read_all(fe->path, &len), *a, *b;

	if (!text) {
		fprintf(stderr, "boundscope: error: fix: cannot read '%s': %s; no patch printed\n",
			fe->path, strerror(errno));
		return -1;
	}
	settle(fe);
	for (unsigned i = 0; i < fe->edits.n; i++) {
		const struct bs_edit *e = &fe->edits.v[i];
		int64_t end = e->offset + e->length;

		if (e->offset < 0 || e->length < 0 || end > (int64_t)len ||
		    (i + 1 < fe->edits.n && end > fe->edits.v[i + 1].offset)) {
			fprintf(stderr, "boundscope: error: fix: the edits of '%s' overlap or lie "
				"outside it (byte %lld; changed since it was checked?); no patch "
				"printed\n", fe->path, (long long)e->offset);
			free(text);
			return -1;
		}
	}
	a = bs_xrealloc(NULL, strlen(rel) + 3);
	b = bs_xrealloc(NULL, strlen(rel) + 3);
	sprintf(a, "a/%s", rel);
	sprintf(b, "b/%s", rel);
	bs_udiff(patch, a, b, text, len, fe->edits.v, fe->edits.n);
	free(a);
	free(b);
	free(text);
	return 0;
}

static int cmp_file(const void *a, const void *b)
{
	return strcmp(((const struct file_edits *)a)->path, ((const struct file_edits *)b)->path);
}

int bs_fixer_print(struct bs_fixer *fx, FILE *out, unsigned *left)
{
	char *text = NULL;
	size_t len = 0;
	FILE *patch = open_memstream(&text, &len);
	int rc = patch ? 0 : -1;

	*left = fx->left;
	/* files in path order: the patch does not depend on the mode or the order checked */
	qsort(fx->files.v, fx->files.n, sizeof(*fx->files.v), cmp_file);
	for (unsigned i = 0; !rc && i < fx->files.n; i++)
		rc = diff_file(&fx->files.v[i], patch);
	if (patch && fclose(patch))
		rc = -1;
	/* all or nothing: a patch missing a file's hunks would look like the whole fix */
	if (!rc && len && (fwrite(text, 1, len, out) != len || fflush(out) || ferror(out))) {
		fprintf(stderr, "boundscope: error: fix: cannot write the patch: %s\n",
			strerror(errno));
		rc = -1;
	}
	if (rc && !patch)
		perror("boundscope: error: fix");
	free(text);
	return rc;
}

void bs_fixer_free(struct bs_fixer *fx)
{
	for (unsigned i = 0; i < fx->files.n; i++) {
		struct file_edits *fe = &fx->files.v[i];

		for (unsigned j = 0; j < fe->edits.n; j++)
			free(fe->edits.v[j].text);
		bs_vec_free(&fe->edits);
		free(fe->path);
	}
	bs_vec_free(&fx->files);
	free(fx);
}
