// SPDX-License-Identifier: GPL-2.0
/*
 * Reading the plugin's status file. Strict about the three counts, because
 * a lenient reader would turn "the plugin crashed half-way" into "clean";
 * lines with other keys are skipped so a newer plugin can report more.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "status.h"

static bool parse_count(const char *text, unsigned long *count)
{
	char *end;

	if (*text < '0' || *text > '9')
		return false;
	errno = 0;
	*count = strtoul(text, &end, 10);
	return !errno && (*end == '\n' || *end == '\0');
}

bool bs_read_status(const char *path, struct bs_status *st)
{
	static const char *const keys[] = { "findings ", "unanalysed ", "internal " };
	unsigned long *counts[] = { &st->findings, &st->unanalysed, &st->internal };
	bool seen[3] = { false, false, false };
	bool ok = true;
	char line[256];
	FILE *f = fopen(path, "r");

	if (!f)
		return false;
	while (ok && fgets(line, sizeof(line), f)) {
		for (int k = 0; k < 3; k++) {
			size_t len = strlen(keys[k]);

			if (strncmp(line, keys[k], len))
				continue;
			ok = !seen[k] && parse_count(line + len, counts[k]);
			seen[k] = true;
		}
	}
	fclose(f);
	return ok && seen[0] && seen[1] && seen[2];
}
