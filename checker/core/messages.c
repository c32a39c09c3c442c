// SPDX-License-Identifier: GPL-2.0
/*
 * The message table: the words of every finding and note, by kind (messages.h). Nothing else
 * in the tool writes a finding's words; the clang diagnostics, text, tsv, JSON, SARIF and the
 * store's report all print what this file renders.
 *
 * A format is plain text with placeholders:
 *   {N}       argument N (1-based), verbatim
 *   {N:an}    "a" or "an" for argument N, by the sound of its first letter
 *   {N?x|y}   x when the number argument N is 1, y otherwise (either may be empty)
 *
 * BOUNDSCOPE_MESSAGES=FILE replaces formats by id, one "<id><TAB><format>" a line ('#' starts
 * a comment): a test hook showing that fingerprints do not depend on the words. A file that
 * cannot be read, an unknown id or a placeholder past the kind's arguments is an error (exit 2).
 */
#include "messages.h"
#include "vec.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const ids[BS_MSG_COUNT] = {
#define BS_MSG_ID(name, id) [BS_MSG_##name] = id,
	BS_MESSAGES(BS_MSG_ID)
#undef BS_MSG_ID
};

static const char *const builtin[BS_MSG_COUNT] = {
	[BS_MSG_UA_NO_GUARD] =
		"MMIO access without an unbind guard in '{1}', which can run after unbind",
	[BS_MSG_UA_AFTER_EXIT] =
		"MMIO access without an unbind guard in '{1}', which can run after unbind",
	[BS_MSG_LEAK_AT_RETURN] =
		"'{1}' can return here with the unbind guard from '{2}' still held",
	[BS_MSG_LEAK_AT_END] =
		"'{1}' can return here with the unbind guard from '{2}' still held",
	[BS_MSG_UNBAL_DOUBLE_EXIT] = "'{1}' called without a held unbind guard on some path",
	[BS_MSG_UNBAL_FAILED_ENTER] = "'{1}' called without a held unbind guard on some path",
	[BS_MSG_UNBAL_NO_ENTER] = "'{1}' called without a held unbind guard on some path",
	[BS_MSG_UNPLUG_IN_GUARD_DIRECT] =
		"'{1}' reached while an unbind guard is held; it waits for the guard and deadlocks",
	[BS_MSG_UNPLUG_IN_GUARD_CALL] =
		"'{1}' reached while an unbind guard is held; it waits for the guard and deadlocks",
	[BS_MSG_NO_UNPLUG] =
		"the unbind path starting at '{1}' never calls '{2}': {3} entry point{3?|s} that "
		"can run after unbind reach{3?es|} MMIO, and every unbind guard still succeeds",
	[BS_MSG_GUARD_AFTER_UNPLUG_DIRECT] =
		"unbind guard taken on the unbind path after '{1}': it always fails there, so the "
		"hardware programming it protects never runs on unbind",
	[BS_MSG_GUARD_AFTER_UNPLUG_CALL] =
		"unbind guard taken on the unbind path after '{1}': it always fails there, so the "
		"hardware programming it protects never runs on unbind",
	[BS_MSG_UNANALYSED] = "boundscope could not analyse '{1}': {2}",
	[BS_MSG_SUP_CANNOT] = "'{1}' cannot be suppressed",
	[BS_MSG_SUP_UNKNOWN_RULE] = "suppression names an unknown rule '{1}'",
	[BS_MSG_SUP_NO_REASON] =
		"suppression of '{1}' gives no reason and is ignored; write "
		"'boundscope: ignore {1}: <reason>'",
	[BS_MSG_SUP_UNUSED] = "suppression of '{1}' matches no finding on its line or the next",

	[BS_MSG_STEP_REGISTERED] = "'{1}' is {2:an} {2}, registered here",
	[BS_MSG_STEP_QUEUED] = "'{1}' is queued here",
	[BS_MSG_STEP_STOPPED_UNTIL_REQUEUED] =
		"'{1}' on the unbind path stops it only until it is queued again",
	[BS_MSG_STEP_REQUEUED] = "'{1}' queues it again here, and can run after unbind",
	[BS_MSG_STEP_ITEM_NOT_STOPPED] = "nothing on the unbind path stops it for good",
	[BS_MSG_STEP_SCHEDULER_NOT_STOPPED] = "nothing on the unbind path stops its scheduler",
	[BS_MSG_STEP_IRQ_NOT_FREED] = "nothing on the unbind path frees this interrupt",
	[BS_MSG_STEP_KTHREAD_NOT_STOPPED] = "nothing on the unbind path stops this kthread",
	[BS_MSG_STEP_CARD_NOT_FREED] = "nothing on the unbind path frees its sound card and waits "
				       "for its files",
	[BS_MSG_STEP_VBLANK_NOT_OFF] =
		"'{1}' on the unbind path runs every CRTC's '{2}', but this CRTC's does not turn "
		"its vblank off outside an unbind guard",
	[BS_MSG_STEP_VBLANK_NOT_RESET] =
		"this CRTC's '{1}' does not reset its vblank to off: one never turned on, which "
		"'{2}' on the unbind path does not disable, can still turn its vblank on",
	[BS_MSG_STEP_VBLANK_ON] =
		"'{1}' turns a CRTC's vblank back on here, outside an unbind guard, after '{2}' on "
		"the unbind path turned it off",
	[BS_MSG_STEP_FENCE_KILL_UNMET] =
		"the configuration declares that '{1}' signals this table's fences on the unbind "
		"path, but it is not analysed code there that signals a fence",
	[BS_MSG_STEP_MAPPED_AFTER_IRQ] =
		"the registers are mapped here, after the interrupt was requested, so devres "
		"unmaps them first",
	[BS_MSG_STEP_MAPPED_AFTER_REGISTRATION] =
		"the registers are mapped here, after the table of callbacks was registered, so "
		"devres unmaps them first",
	[BS_MSG_STEP_GUARD_RELEASED] = "the unbind guard was released here",
	[BS_MSG_STEP_GUARD_TAKEN] = "unbind guard taken here",
	[BS_MSG_STEP_ALREADY_RELEASED] = "the guard was already released here",
	[BS_MSG_STEP_ENTER_FAILED] = "'{1}' failed on this path",
	[BS_MSG_STEP_UNPLUGS] = "'{1}' unplugs the device here",
	[BS_MSG_STEP_REACHES_MMIO] = "'{1}', a {2}, reaches MMIO here",
	[BS_MSG_STEP_CALL] = "'{1}' calls '{2}' here",
	[BS_MSG_STEP_PASS] = "'{1}' passes '{2}' to '{3}' here",
	[BS_MSG_STEP_POINTER_CALL] = "'{1}' calls '{2}' through '{3}' here",
	[BS_MSG_STEP_DISPATCH] = "'{1}' calls '{2}' here, which calls '{3}' through '{4}'",
	[BS_MSG_STEP_ACCESS] = "'{1}' accesses MMIO with '{2}' here",
	[BS_MSG_STEP_ACCESS_MACRO] = "'{1}' accesses MMIO with '{2}' through '{3}' here",
	[BS_MSG_STEP_GUARD_CALL] = "'{1}' calls '{2}' here",
	[BS_MSG_STEP_UNPLUG_CALL] = "'{1}' calls '{2}' here",

	[BS_MSG_FIX_NO_ANCHORS] =
		"the facts hold no fix anchors for '{1}' (not a driver function, or its body is "
		"not in a file)",
	[BS_MSG_FIX_NOT_PLANNED] = "no fix is planned for this rule",
	[BS_MSG_FIX_NO_GUARD] =
		"the configuration has no guard whose enter takes the device and the cookie and "
		"whose exit takes the cookie",
	[BS_MSG_FIX_BODY_IN_MACRO] = "the body of '{1}' is written by a macro",
	[BS_MSG_FIX_BODY_NOT_IN_FILE] = "the body of '{1}' is not in a file",
	[BS_MSG_FIX_NO_STATEMENT] =
		"the body of '{1}' has no statement after its declarations for the guard to go "
		"before",
	[BS_MSG_FIX_ENTER_NOT_LINE_START] =
		"the first statement after the declarations of '{1}' does not start its line",
	[BS_MSG_FIX_REACHES_UNPLUG] =
		"'{1}' reaches '{2}', which waits for every held guard: a guard around its body "
		"would deadlock; guard the accesses before the unplug instead",
	[BS_MSG_FIX_NO_DEVICE] =
		"no 'struct drm_device' is reachable in '{1}' from a parameter or a local of its "
		"body to take the guard with",
	[BS_MSG_FIX_NO_EARLY_RETURN] =
		"no early return is known for the return type '{1}' of '{2}' (early_returns in "
		"the guard configuration)",
	[BS_MSG_FIX_ACCESS_BEFORE_GUARD] =
		"the unguarded access comes before the first statement after the declarations "
		"(line {1}), where the guard would go",
	[BS_MSG_FIX_RETURN_IN_MACRO] =
		"no exit can go before the return at line {2}: the return is written by a macro",
	[BS_MSG_FIX_RETURN_NO_BRACES] =
		"no exit can go before the return at line {2}: the return is the body of a "
		"statement that cannot take braces here",
	[BS_MSG_FIX_RETURN_OWNER_IN_MACRO] =
		"no exit can go before the return at line {2}: the statement owning it is "
		"written by a macro",
	[BS_MSG_FIX_END_NOT_LINE_START] =
		"the closing brace of '{1}' does not start its line, where the exit at its end "
		"would go",
	[BS_MSG_FIX_COOKIE_NOT_NAMED] =
		"the cookie the guard's enter took is not a variable or a member to release",
	[BS_MSG_FIX_EXIT_TAKES_MORE] = "the guard's exit '{1}' takes more than the cookie",
	[BS_MSG_FIX_RETURN_NOT_RECORDED] = "the leaking return is not one the front end recorded",
	[BS_MSG_FIX_UNKNOWN_REASON] =
		"the facts give a reason '{1}' this version of boundscope does not know",
};

static const char *active[BS_MSG_COUNT];
static int loaded, alternative;

int bs_role_hashed(enum bs_role role)
{
	return role != BS_ROLE_GUARD && role != BS_ROLE_UNPLUG && role != BS_ROLE_COUNT;
}

const char *bs_msg_id(enum bs_msg kind)
{
	return ids[kind];
}

int bs_msg_kind(const char *id)
{
	for (int k = 0; k < BS_MSG_COUNT; k++)
		if (!strcmp(ids[k], id))
			return k;
	return -1;
}

/* The highest argument a format names (0: none); -1 if a placeholder is malformed. */
static int max_arg(const char *fmt)
{
	int max = 0;

	for (const char *p = strchr(fmt, '{'); p; p = strchr(p + 1, '{')) {
		char *end;
		long n;

		if (!isdigit((unsigned char)p[1]))
			continue;	/* a literal brace, as bs_msg_render() prints it */
		n = strtol(p + 1, &end, 10);
		if (n < 1 || n > BS_MAX_ARGS || !strchr(end, '}'))
			return -1;
		if (n > max)
			max = (int)n;
	}
	return max;
}

static void fail(const char *path, unsigned line, const char *what)
{
	fprintf(stderr, "boundscope: error: BOUNDSCOPE_MESSAGES '%s'", path);
	if (line)
		fprintf(stderr, ":%u", line);
	fprintf(stderr, ": %s\n", what);
	exit(2);
}

static void load_line(const char *path, unsigned lineno, char *line)
{
	char *tab = strchr(line, '\t');
	int k;

	line[strcspn(line, "\n")] = 0;
	if (!*line || *line == '#')
		return;
	if (!tab)
		fail(path, lineno, "expected '<id><TAB><format>'");
	*tab = 0;
	k = bs_msg_kind(line);
	if (k < 0)
		fail(path, lineno, "unknown message id");
	if (max_arg(tab + 1) < 0 || max_arg(tab + 1) > max_arg(builtin[k]))
		fail(path, lineno, "a placeholder names no argument of this kind");
	active[k] = bs_xstrdup(tab + 1);
}

static void load(void)
{
	const char *path = getenv("BOUNDSCOPE_MESSAGES");
	char line[1024];
	unsigned lineno = 0;
	FILE *f;

	loaded = 1;
	memcpy(active, builtin, sizeof(active));
	if (!path || !*path)
		return;
	f = fopen(path, "r");
	if (!f)
		fail(path, 0, strerror(errno));
	while (fgets(line, sizeof(line), f))
		load_line(path, ++lineno, line);
	fclose(f);
	alternative = 1;
}

int bs_msg_alternative(void)
{
	if (!loaded)
		load();
	return alternative;
}

struct buf {
	char *s;
	size_t n, cap;
};

static void put(struct buf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		b->cap = (b->n + n + 1) * 2;
		b->s = bs_xrealloc(b->s, b->cap);
	}
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = 0;
}

/* One placeholder at p (just past '{'); returns the character after its '}'. */
static const char *placeholder(struct buf *b, const char *p, const struct bs_message *m)
{
	char *end;
	long n = strtol(p, &end, 10);
	const char *close = strchr(end, '}');
	const char *arg = n >= 1 && (unsigned long)n <= m->nargs ? m->args[n - 1].s : "";

	if (!close) {	/* load() rejects such a format; print the rest as it is */
		put(b, p - 1, strlen(p - 1));
		return p + strlen(p);
	}
	if (!strncmp(end, ":an}", 4)) {
		put(b, strchr("aeiouAEIOU", arg[0]) && arg[0] ? "an" : "a",
		    strchr("aeiouAEIOU", arg[0]) && arg[0] ? 2 : 1);
	} else if (*end == '?') {
		const char *bar = memchr(end, '|', close - end);
		int one = !strcmp(arg, "1");

		if (!bar)
			bar = close;
		if (one)
			put(b, end + 1, bar - end - 1);
		else if (bar < close)
			put(b, bar + 1, close - bar - 1);
	} else {
		put(b, arg, strlen(arg));
	}
	return close + 1;
}

char *bs_msg_render(const struct bs_message *m, int builtin_words)
{
	const char *fmt;
	struct buf b = { 0 };

	if (!loaded)
		load();
	fmt = builtin_words ? builtin[m->kind] : active[m->kind];
	put(&b, "", 0);
	while (*fmt) {
		const char *brace = strchr(fmt, '{');

		if (!brace || !isdigit((unsigned char)brace[1])) {
			size_t n = brace ? (size_t)(brace - fmt) + 1 : strlen(fmt);

			put(&b, fmt, n);
			fmt += n;
			continue;
		}
		put(&b, fmt, brace - fmt);
		fmt = placeholder(&b, brace + 1, m);
	}
	return b.s;
}
