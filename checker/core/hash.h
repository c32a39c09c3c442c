/* SPDX-License-Identifier: GPL-2.0 */
/* Content hashes for the fact store's staleness checks (FNV-1a, 64 bits). */
#ifndef BS_HASH_H
#define BS_HASH_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define BS_HASH_INIT UINT64_C(0xcbf29ce484222325)

uint64_t bs_hash_bytes(uint64_t h, const void *data, size_t len);
uint64_t bs_hash_str(uint64_t h, const char *s);	/* includes a terminator */
/* The hash of a file's contents; 0 with errno set if it cannot be read. */
int bs_hash_file(const char *path, uint64_t *out);

#ifdef __cplusplus
}
#endif

#endif
