// SPDX-License-Identifier: GPL-2.0
#include "hash.h"

#include <stdio.h>

uint64_t bs_hash_bytes(uint64_t h, const void *data, size_t len)
{
	const unsigned char *p = data;

	for (size_t i = 0; i < len; i++) {
		h ^= p[i];
		h *= UINT64_C(0x100000001b3);
	}
	return h;
}

uint64_t bs_hash_str(uint64_t h, const char *s)
{
	return bs_hash_bytes(h, s ? s : "", (s ? __builtin_strlen(s) : 0) + 1);
}

int bs_hash_file(const char *path, uint64_t *out)
{
	FILE *f = fopen(path, "rb");
	unsigned char buf[65536];
	uint64_t h = BS_HASH_INIT;
	size_t n;

	if (!f)
		return 0;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		h = bs_hash_bytes(h, buf, n);
	if (ferror(f)) {
		fclose(f);
		return 0;
	}
	fclose(f);
	*out = h;
	return 1;
}
