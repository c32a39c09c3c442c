// SPDX-License-Identifier: GPL-2.0
#include "fingerprint.h"

#include <stdio.h>

#define FNV_BASIS 0xcbf29ce484222325ULL

/* FNV-1a, 64 bits: small, dependency-free and stable across builds and hosts. */
static uint64_t fnv(uint64_t h, const char *s)
{
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 0x100000001b3ULL;
	}
	h ^= 0xff;	/* field separator: "ab"+"c" differs from "a"+"bc" */
	return h * 0x100000001b3ULL;
}

static const char *basename_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

/* Version 1: the words, as the built-in table writes them. */
static uint64_t words_hash(const struct bs_tu *tu, const struct bs_finding *f)
{
	const int alt = bs_msg_alternative();
	uint64_t h = FNV_BASIS;
	char *words;

	h = fnv(h, f->rule);
	h = fnv(h, f->func ? f->func : "");
	h = fnv(h, basename_of(bs_str(tu->strs, f->loc.file)));
	words = alt ? bs_msg_render(&f->m, 1) : f->msg;
	h = fnv(h, words);
	if (alt)
		free(words);
	for (unsigned i = 0; i < f->notes.n; i++) {
		words = alt ? bs_msg_render(&f->notes.v[i].m, 1) : f->notes.v[i].msg;
		h = fnv(h, words);
		if (alt)
			free(words);
	}
	return h;
}

/* Roles by name, so that reordering enum bs_role keeps fingerprints. */
static const char *const role_names[] = {
	[BS_ROLE_END] = "end", [BS_ROLE_FUNC] = "func", [BS_ROLE_API] = "api",
	[BS_ROLE_ACCESSOR] = "accessor", [BS_ROLE_MACRO] = "macro", [BS_ROLE_VAR] = "var",
	[BS_ROLE_GUARD] = "guard", [BS_ROLE_UNPLUG] = "unplug", [BS_ROLE_CONTEXT] = "context",
	[BS_ROLE_COUNT] = "count", [BS_ROLE_REASON] = "reason", [BS_ROLE_RULE] = "rule",
	[BS_ROLE_TEXT] = "text",
};

/* A kind and its arguments: the role of each, and its value where it is hashed. */
static uint64_t message_hash(uint64_t h, const struct bs_message *m)
{
	h = fnv(h, bs_msg_id(m->kind));
	for (unsigned i = 0; i < m->nargs; i++) {
		h = fnv(h, role_names[m->args[i].role]);
		if (bs_role_hashed(m->args[i].role))
			h = fnv(h, m->args[i].s);
	}
	return h;
}

/* Version 2: the structure. */
static uint64_t structure_hash(const struct bs_tu *tu, const struct bs_finding *f)
{
	uint64_t h = FNV_BASIS;

	h = fnv(h, "v2");
	h = fnv(h, f->rule);
	h = fnv(h, f->func ? f->func : "");
	h = fnv(h, f->site ? f->site : "");
	h = fnv(h, basename_of(bs_str(tu->strs, f->loc.file)));
	h = message_hash(h, &f->m);
	for (unsigned i = 0; i < f->notes.n; i++)
		h = message_hash(h, &f->notes.v[i].m);
	return h;
}

/* "<hash>:<occurrence>": how many earlier findings hashed alike. */
static void number(char *out, size_t size, const uint64_t *hashes, unsigned i)
{
	unsigned n = 0;

	for (unsigned j = 0; j < i; j++)
		n += hashes[j] == hashes[i];
	snprintf(out, size, "%016llx:%u", (unsigned long long)hashes[i], n);
}

void bs_report_fingerprint(struct bs_report *r)
{
	uint64_t *v1 = bs_xcalloc(r->findings.n + 1, sizeof(*v1));
	uint64_t *v2 = bs_xcalloc(r->findings.n + 1, sizeof(*v2));

	for (unsigned i = 0; i < r->findings.n; i++) {
		struct bs_finding *f = r->findings.v[i];

		v1[i] = words_hash(r->tu, f);
		v2[i] = structure_hash(r->tu, f);
		number(f->legacy_fingerprint, sizeof(f->legacy_fingerprint), v1, i);
		number(f->fingerprint, sizeof(f->fingerprint), v2, i);
	}
	free(v1);
	free(v2);
}
