// SPDX-License-Identifier: GPL-2.0
#include "fingerprint.h"

#include <stdio.h>

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

static uint64_t base_hash(const struct bs_tu *tu, const struct bs_finding *f)
{
	uint64_t h = 0xcbf29ce484222325ULL;

	h = fnv(h, f->rule);
	h = fnv(h, f->func ? f->func : "");
	h = fnv(h, basename_of(bs_str(tu->strs, f->loc.file)));
	/* Messages and notes name functions, accessors and kinds, never lines. */
	h = fnv(h, f->msg);
	for (unsigned i = 0; i < f->notes.n; i++)
		h = fnv(h, f->notes.v[i].msg);
	return h;
}

void bs_report_fingerprint(struct bs_report *r)
{
	uint64_t *hashes = bs_xcalloc(r->findings.n + 1, sizeof(*hashes));

	for (unsigned i = 0; i < r->findings.n; i++) {
		struct bs_finding *f = r->findings.v[i];
		unsigned n = 0;

		hashes[i] = base_hash(r->tu, f);
		for (unsigned j = 0; j < i; j++)
			n += hashes[j] == hashes[i];
		snprintf(f->fingerprint, sizeof(f->fingerprint), "%016llx:%u",
			 (unsigned long long)hashes[i], n);
	}
	free(hashes);
}
