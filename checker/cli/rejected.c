// SPDX-License-Identifier: GPL-2.0
/*
 * The forms in which clang-19's driver refuses an argument:
 *
 *   clang: error: unknown argument: '-fconserve-stack'
 *   clang: error: unknown argument '--arch=x86'; did you mean '-march=x86'?
 *   clang: error: unsupported option '-mrecord-mcount' for target 'x86_64-pc-linux-gnu'
 *   clang: error: unsupported argument 'bounds-strict' to option '-fsanitize='
 *   clang: error: unsupported argument 'medany' to option '-mcmodel=' for target '...'
 *
 * Only lines from the driver count (the prefix is the program name, which
 * has no ':'; a source diagnostic's "file:line:col:" prefix has). cc1's
 * "error: unknown argument" has no prefix and is not matched on purpose:
 * it comes from the user's own -Xclang arguments, which pass untouched.
 */
#include <string.h>

#include "cc_args.h"
#include "rejected.h"

/* The message after "<program>: error: ", or NULL. */
static const char *driver_error(const char *line)
{
	const char *err = strstr(line, ": error: ");
	size_t prefix = err ? (size_t)(err - line) : 0;

	if (!err || !prefix || memchr(line, ':', prefix) || memchr(line, ' ', prefix))
		return NULL;
	return err + strlen(": error: ");
}

/* Copy the text between @open (just after a quote) and @close into @buf. */
static bool quoted(const char *open, const char *close, char *buf, size_t size)
{
	const char *end = close ? strstr(open, close) : strrchr(open, '\'');

	if (!end || (size_t)(end - open) >= size)
		return false;
	memcpy(buf, open, (size_t)(end - open));
	buf[end - open] = '\0';
	return true;
}

/*
 * With -fcolor-diagnostics (we pass it when our stderr is a terminal) the
 * driver wraps "error: " and the message in SGR escapes: drop them.
 */
static bool strip_colors(const char *line, char *buf, size_t size)
{
	size_t n = 0;

	for (const char *p = line; *p; p++) {
		if (p[0] == '\033' && p[1] == '[') {
			p += 2;
			while (*p && (*p < 0x40 || *p > 0x7e))
				p++;
			if (!*p)
				break;
			continue;
		}
		if (n + 1 >= size)
			return false;
		buf[n++] = *p;
	}
	buf[n] = '\0';
	return true;
}

/*
 * Split a rejection into the refused option and, for "unsupported argument
 * 'V' to option 'X'", the refused value (else @value is empty).
 */
static bool parse(const char *colored, char *option, char *value, size_t size)
{
	char line[1024];
	const char *msg;
	const char *p;

	if (!strip_colors(colored, line, sizeof(line)))
		return false;
	msg = driver_error(line);
	if (!msg)
		return false;
	value[0] = '\0';
	if (!strncmp(msg, "unknown argument: '", 19))
		return quoted(msg + 19, NULL, option, size);
	if (!strncmp(msg, "unknown argument '", 18))
		return quoted(msg + 18, "'; did you mean", option, size) ||
		       quoted(msg + 18, NULL, option, size);
	if (!strncmp(msg, "unsupported option '", 20))
		return quoted(msg + 20, "' for target '", option, size) ||
		       quoted(msg + 20, NULL, option, size);
	if (!strncmp(msg, "unsupported argument '", 22)) {
		p = strstr(msg, "' to option '");
		return p && quoted(msg + 22, "' to option '", value, size) &&
		       (quoted(p + 13, "' for target '", option, size) ||
			quoted(p + 13, NULL, option, size));
	}
	return false;
}

bool bs_is_rejection(const char *line)
{
	char option[512], value[512];

	return parse(line, option, value, sizeof(option));
}

/* @list (a comma-separated value, as in -fsanitize=a,b) contains @item. */
static bool list_has(const char *list, const char *item)
{
	size_t len = strlen(item);

	for (const char *p = list; p; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL)
		if (!strncmp(p, item, len) && (p[len] == ',' || p[len] == '\0'))
			return true;
	return false;
}

/*
 * How many arguments at @i the rejection covers: 1 for the argument itself,
 * 2 for an option refused together with its separate value.
 */
static size_t covered(const struct strvec *flags, size_t i, const char *option, const char *value)
{
	const char *arg = flags->v[i];
	size_t len = strlen(option);

	if (!*value)
		return !strcmp(arg, option);
	if (!strncmp(arg, option, len) && arg[len] && list_has(arg + len, value))
		return 1;
	if (!strcmp(arg, option) && i + 1 < flags->n && !strcmp(flags->v[i + 1], value))
		return 2;
	return 0;
}

size_t bs_drop_rejected(struct strvec *flags, const char *line, struct strvec *remembered)
{
	char option[512], value[512];
	size_t removed = 0;

	if (!parse(line, option, value, sizeof(option)))
		return 0;
	for (size_t i = 0; i < flags->n;) {
		size_t n;

		/* The value of -Xclang and friends is the user's, never ours to drop. */
		if (bs_cc_is_passthrough(flags->v[i])) {
			i += 2;
			continue;
		}
		n = covered(flags, i, option, value);
		if (!n) {
			i++;
			continue;
		}
		if (n == 1 && remembered && !strvec_contains(remembered, flags->v[i]))
			strvec_push_owned(remembered, xstrdup(flags->v[i]));
		for (; n; n--, removed++)
			strvec_remove(flags, i);
	}
	return removed;
}
