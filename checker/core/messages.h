/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Message kinds: what a finding or one step of its witness says happened, without the words.
 * The analysis reports a kind and its typed arguments (struct bs_msg_arg); messages.c is the one
 * table that turns them into English for every output.
 *
 * Each kind has a stable id ("<rule>.<what>" for a finding, "step.<what>" for a note,
 * "fix.<what>" for why a finding has no fix; the front end stores those ids as facts). The
 * fingerprint (fingerprint.h) hashes ids, never words, so ids never change once released;
 * an alternative message table (BOUNDSCOPE_MESSAGES, messages.c) names kinds by id.
 */
#ifndef BS_MESSAGES_H
#define BS_MESSAGES_H

#ifdef __cplusplus
extern "C" {
#endif

#define BS_MESSAGES(X)								\
	/* findings */								\
	X(UA_NO_GUARD, "unguarded-access.no-guard")				\
	X(UA_AFTER_EXIT, "unguarded-access.after-exit")				\
	X(LEAK_AT_RETURN, "guard-leak.at-return")				\
	X(LEAK_AT_END, "guard-leak.at-end")					\
	X(UNBAL_DOUBLE_EXIT, "guard-unbalanced.double-exit")			\
	X(UNBAL_FAILED_ENTER, "guard-unbalanced.after-failed-enter")		\
	X(UNBAL_NO_ENTER, "guard-unbalanced.no-enter")				\
	X(UNPLUG_IN_GUARD_DIRECT, "unplug-in-guard.direct")			\
	X(UNPLUG_IN_GUARD_CALL, "unplug-in-guard.through-call")			\
	X(NO_UNPLUG, "no-unplug.never-unplugs")					\
	X(GUARD_AFTER_UNPLUG_DIRECT, "guard-in-unbind-path.direct")		\
	X(GUARD_AFTER_UNPLUG_CALL, "guard-in-unbind-path.through-call")		\
	X(UNANALYSED, "unanalysed.function")					\
	X(SUP_CANNOT, "suppression.cannot-suppress")				\
	X(SUP_UNKNOWN_RULE, "suppression.unknown-rule")				\
	X(SUP_NO_REASON, "suppression.no-reason")				\
	X(SUP_UNUSED, "suppression.unused")					\
	/* steps of the witness (notes) */					\
	X(STEP_REGISTERED, "step.registered")					\
	X(STEP_QUEUED, "step.queued")						\
	X(STEP_STOPPED_UNTIL_REQUEUED, "step.stopped-until-requeued")		\
	X(STEP_REQUEUED, "step.requeued")					\
	X(STEP_ITEM_NOT_STOPPED, "step.item-not-stopped")			\
	X(STEP_SCHEDULER_NOT_STOPPED, "step.scheduler-not-stopped")		\
	X(STEP_IRQ_NOT_FREED, "step.irq-not-freed")				\
	X(STEP_KTHREAD_NOT_STOPPED, "step.kthread-not-stopped")			\
	X(STEP_CARD_NOT_FREED, "step.card-not-freed")				\
	X(STEP_VBLANK_NOT_OFF, "step.vblank-not-off")				\
	X(STEP_VBLANK_NOT_RESET, "step.vblank-not-reset")			\
	X(STEP_VBLANK_ON, "step.vblank-on")					\
	X(STEP_FENCE_KILL_UNMET, "step.fence-kill-unmet")			\
	X(STEP_MAPPED_AFTER_IRQ, "step.mapped-after-irq")			\
	X(STEP_MAPPED_AFTER_REGISTRATION, "step.mapped-after-registration")	\
	X(STEP_GUARD_RELEASED, "step.guard-released")				\
	X(STEP_GUARD_TAKEN, "step.guard-taken")					\
	X(STEP_ALREADY_RELEASED, "step.already-released")			\
	X(STEP_ENTER_FAILED, "step.enter-failed")				\
	X(STEP_UNPLUGS, "step.unplugs")						\
	X(STEP_REACHES_MMIO, "step.reaches-mmio")				\
	X(STEP_CALL, "step.call")						\
	X(STEP_PASS, "step.pass")						\
	X(STEP_POINTER_CALL, "step.pointer-call")				\
	X(STEP_DISPATCH, "step.dispatch")					\
	X(STEP_ACCESS, "step.access")						\
	X(STEP_ACCESS_MACRO, "step.access-macro")				\
	X(STEP_GUARD_CALL, "step.guard-call")					\
	X(STEP_UNPLUG_CALL, "step.unplug-call")				\
	/* why a finding has no fix (fixes.h) */				\
	X(FIX_NO_ANCHORS, "fix.no-anchors")					\
	X(FIX_NOT_PLANNED, "fix.not-planned")					\
	X(FIX_NO_GUARD, "fix.no-guard")						\
	X(FIX_BODY_IN_MACRO, "fix.body-in-macro")				\
	X(FIX_BODY_NOT_IN_FILE, "fix.body-not-in-file")				\
	X(FIX_NO_STATEMENT, "fix.no-statement-after-declarations")		\
	X(FIX_ENTER_NOT_LINE_START, "fix.enter-not-line-start")			\
	X(FIX_REACHES_UNPLUG, "fix.reaches-unplug")				\
	X(FIX_NO_DEVICE, "fix.no-device")					\
	X(FIX_NO_EARLY_RETURN, "fix.no-early-return")				\
	X(FIX_ACCESS_BEFORE_GUARD, "fix.access-before-guard")			\
	X(FIX_RETURN_IN_MACRO, "fix.return-in-macro")				\
	X(FIX_RETURN_NO_BRACES, "fix.return-cannot-take-braces")		\
	X(FIX_RETURN_OWNER_IN_MACRO, "fix.return-owner-in-macro")		\
	X(FIX_END_NOT_LINE_START, "fix.end-not-line-start")			\
	X(FIX_COOKIE_NOT_NAMED, "fix.cookie-not-named")				\
	X(FIX_EXIT_TAKES_MORE, "fix.exit-takes-more")				\
	X(FIX_RETURN_NOT_RECORDED, "fix.return-not-recorded")			\
	X(FIX_UNKNOWN_REASON, "fix.unknown-reason")

enum bs_msg {
#define BS_MSG_ENUM(name, id) BS_MSG_##name,
	BS_MESSAGES(BS_MSG_ENUM)
#undef BS_MSG_ENUM
	BS_MSG_COUNT
};

/*
 * What an argument names. The fingerprint hashes an argument's value, except for the roles
 * the configuration spells (a guard's enter/exit, the unplug call: a project may configure
 * its own) and counts: those hash as their role alone.
 */
enum bs_role {
	BS_ROLE_END,		/* ends an argument list */
	BS_ROLE_FUNC,		/* a function of the driver (or the kernel) in the chain */
	BS_ROLE_API,		/* a kernel call that registers, queues or stops a callback */
	BS_ROLE_ACCESSOR,	/* the MMIO accessor (accessors.json) */
	BS_ROLE_MACRO,		/* the driver macro the accessor was written through */
	BS_ROLE_VAR,		/* the function pointer a call goes through */
	BS_ROLE_GUARD,		/* a guard's enter or exit (guards.json, --config) */
	BS_ROLE_UNPLUG,		/* the unplug call (guards.json "unplug") */
	BS_ROLE_CONTEXT,	/* the entry's context kind ("DRM ioctl handler") */
	BS_ROLE_COUNT,		/* a number */
	BS_ROLE_REASON,		/* why a function could not be analysed */
	BS_ROLE_RULE,		/* a rule name a suppression comment wrote */
	BS_ROLE_TEXT,		/* source text: a type's spelling, a front end's reason id */
};

#define BS_MAX_ARGS 4

struct bs_msg_arg {
	enum bs_role role;
	const char *s;
};

/* A message: its kind and arguments (owned copies). */
struct bs_message {
	enum bs_msg kind;
	unsigned nargs;
	struct bs_msg_arg args[BS_MAX_ARGS];
};

/* Does the fingerprint hash this role's value (not just the role)? */
int bs_role_hashed(enum bs_role role);
/* The stable id of a kind: "guard-leak.at-return". */
const char *bs_msg_id(enum bs_msg kind);
/* The kind of a stable id; -1 if none has it. */
int bs_msg_kind(const char *id);
/*
 * The words for a message, malloc'd. builtin: the table compiled in, ignoring
 * BOUNDSCOPE_MESSAGES (the legacy fingerprint hashes those words).
 */
char *bs_msg_render(const struct bs_message *m, int builtin);
/* Is an alternative table loaded (BOUNDSCOPE_MESSAGES)? Loads it on first use. */
int bs_msg_alternative(void);

#ifdef __cplusplus
}
#endif

#endif
