/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The configuration tables: MMIO accessors, unbind guards and entry-point contexts, loaded
 * from the shipped JSON files and any project files. Later entries win over earlier ones with
 * the same key, so a project file can override a shipped entry.
 */
#ifndef BS_CONFIG_H
#define BS_CONFIG_H

#include "rules.h"
#include "vec.h"

#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

struct bs_accessor {
	char *name;
	unsigned addr_arg;
};

/*
 * MMIO handles (regmaps): an object whose accesses go to registers, made by a call on an
 * __iomem base. The calls that make one, derive one from another, or access through one.
 */
enum bs_handle_role {
	BS_HANDLE_CREATE,	/* returns a handle onto the __iomem address at arg */
	BS_HANDLE_DERIVE,	/* returns (or stores through out_arg) a handle when arg is one */
	BS_HANDLE_ACCESS,	/* accesses MMIO when arg is a handle */
};

struct bs_handle_rule {
	char *name;
	enum bs_handle_role role;
	unsigned arg;		/* CREATE: the __iomem base; DERIVE, ACCESS: the handle */
	int out_arg;		/* DERIVE: the argument the new handles are stored through, -1:
				   the result */
};

/* How a predicate field shows the device bound. */
enum bs_flag_kind {
	BS_FLAG_NONZERO,	/* "success": the field tests true (or false) */
	BS_FLAG_MASK,		/* "mask": value's bits, which unbind clears; a set one proves it */
	BS_FLAG_UNBOUND_VALUE,	/* "unbound_value": the unbind path sets the field to value;
				   any other value proves it */
};

struct bs_guard {
	char *enter, *exit;	/* exit NULL: a predicate, guarding where it tested true */
	char *field;		/* instead of enter: a predicate flag, "struct.member" */
	unsigned enter_cookie_arg, exit_cookie_arg;
	int success_nonzero;	/* enter succeeded when its result is non-zero */
	enum bs_flag_kind flag;	/* field only */
	int64_t value;		/* MASK, UNBOUND_VALUE */
};

/* The early return a fix writes for a guard that fails, by return type (fixes.h). */
struct bs_early_return {
	char *type;		/* a typedef name or a canonical spelling: "vm_fault_t", "int" */
	char *value;		/* the returned expression, NULL: a plain return (void) */
};

/* In order of precedence: a function registered as several is the last of them. */
enum bs_context {
	BS_CTX_NONE,		/* not an entry point */
	BS_CTX_BOUND,		/* runs only while the device is bound */
	BS_CTX_UNBIND,		/* bound, and where the unbind path starts (.remove, devres actions) */
	BS_CTX_AFTER_UNBIND,	/* can run after unbind */
};

/* What stops an after-unbind entry for good on the unbind path (teardown.c). */
enum bs_stopper {
	BS_STOP_NONE,		/* nothing: stays after-unbind */
	BS_STOP_ITEM,		/* its work item or timer, by the object it was registered into */
	BS_STOP_SCHEDULER,	/* the drm_sched scheduler running it */
	BS_STOP_IRQ,		/* free_irq() of its interrupt */
	BS_STOP_KTHREAD,	/* kthread_stop() on the unbind path */
	BS_STOP_DEVRES,		/* a devm interrupt: released with its devres, before the
				   registers if it was requested after mapping them */
	BS_STOP_SOUND_CARD,	/* a call that disconnects its sound card and waits until every
				   file of it is closed */
	BS_STOP_VBLANK,		/* a CRTC vblank hook: the unbind path's shutdown turns every
				   CRTC's vblank off, and nothing after unbind turns its CRTC's
				   back on (teardown_vblank.c) */
	BS_STOP_FENCES,		/* a dma_fence_ops callback the core runs only on a fence not yet
				   signalled: a fence kill the project declares, on the unbind
				   path, signals every fence of its tables (teardown_fence.c) */
	/* a call on the unbind path that unregisters what the callback belongs to and waits
	 * for the callbacks running (teardown.json lists each stopper's calls) */
	BS_STOP_HWMON,		/* hwmon_unregister: the hwmon device of a non-devm chip */
	BS_STOP_BACKLIGHT,	/* backlight_unregister: the backlight device */
	BS_STOP_MODE_CONFIG,	/* mode_config_cleanup: every CRTC, plane and encoder */
	BS_STOP_I2C,		/* i2c_unregister: the I2C adapter */
	BS_NSTOPPERS
};

/* The teardown.json key and the stopped_by name of each unregistering stopper. */
struct bs_unregister_stopper {
	enum bs_stopper stopper;
	const char *key, *name;
};
extern const struct bs_unregister_stopper bs_unregister_stoppers[4];

struct bs_stop_rule {
	char *call;
	unsigned arg;		/* the item's argument */
	int for_good;		/* disable_*, shutdown: no re-queue possible afterwards */
};

struct bs_queue_rule {
	char *call;
	unsigned arg;
	int wq_arg;		/* the workqueue argument, -1 if it has none (schedule_work) */
	bool delayed;		/* arms a timer first: a flush of the queue does not wait for it */
};

/* The DRM core's dispatch (dispatch.json): a call to `call` runs, synchronously in the
   caller's context, the driver functions stored in each (struct, field) it lists. */
struct bs_dispatch_target {
	char *rec, *field;
	char *behind_check;	/* "struct.field" of the check the core function runs first: it
				   runs this field only from inside a function registered there or
				   after that check returned 0; or NULL */
};

struct bs_dispatch_rule {
	char *call;
	BS_VEC(struct bs_dispatch_target) invokes;	/* with those of calls, once loaded */
	BS_VEC(char *) calls;	/* core functions it calls whose dispatch it includes */
};

struct bs_context_rule {
	char *rec, *field;	/* struct-field form; field "*" matches every field */
	char *call;		/* registering-call form */
	unsigned arg;
	int object;		/* call form: every function stored in the object passed there */
	int root_arg;		/* object form: the argument naming the directory it is created in,
				   whose root rule (if any) decides instead; -1 if none */
	char *through;		/* object form: the callbacks are those of the table the passed
				   struct's field of this name points to (hwmon_chip_info.ops) */
	char *root;		/* root form: a directory's value key ("struct::member", a callback
				   parameter "struct::field(N)") whose object callbacks get this context */
	enum bs_context context;
	enum bs_stopper stopped_by;
	char *checked_by;	/* "struct.field" of a check the core runs first in the same call:
				   the callback runs only after it returned 0 (teardown_check.c) */
	char *kind;
};

/* A call that creates a directory below the one its argument arg names (debugfs_create_dir). */
struct bs_subdir_rule {
	char *call;
	unsigned arg;
};

/* A fence kill (project files, teardown_fence.c): a function the unbind path runs that
   signals, under each fence's lock, every fence not yet signalled whose callbacks are in one
   of the ops tables, after which the driver publishes no new fence of them. */
struct bs_fence_kill {
	char *function;
	BS_VEC(char *) ops;	/* dma_fence_ops objects, by name */
};

struct bs_config {
	BS_VEC(struct bs_accessor) accessors;
	BS_VEC(struct bs_handle_rule) handles;
	BS_VEC(struct bs_guard) guards;
	BS_VEC(struct bs_early_return) early_returns;
	BS_VEC(char *) unplug;
	BS_VEC(char *) transparent;
	BS_VEC(struct bs_context_rule) contexts;
	BS_VEC(struct bs_subdir_rule) subdirs;
	BS_VEC(struct bs_stop_rule) stops;
	BS_VEC(struct bs_queue_rule) queues;
	BS_VEC(struct bs_dispatch_rule) dispatch;
	BS_VEC(char *) irq_free;	/* calls that free an interrupt */
	BS_VEC(char *) sched_stop;	/* calls that stop a drm_sched scheduler for good */
	BS_VEC(char *) unbind_path;	/* functions a project declares part of the unbind path */
	BS_VEC(char *) iomap;		/* devres register mappings */
	BS_VEC(char *) wq_destroy;	/* calls that destroy a workqueue (drain it for good) */
	BS_VEC(char *) wq_flush;	/* calls that wait for what is queued on a workqueue now */
	BS_VEC(char *) kthread_stop;	/* calls that stop a kthread for good */
	BS_VEC(char *) card_free;	/* calls that disconnect a sound card and wait for its files */
	BS_VEC(char *) unregister[BS_NSTOPPERS];	/* per unregistering stopper, its calls */
	BS_VEC(char *) card_close;	/* "struct.field" callbacks a card_free call waits for: they
					   run, for every stream still open, before it returns */
	/* the vblank stop (teardown_vblank.c) */
	BS_VEC(char *) vblank_shutdown;	/* unbind-path calls that disable every CRTC through its
					   helper table's disable callback */
	BS_VEC(char *) vblank_off;	/* calls that turn a CRTC's vblank off until an _on */
	BS_VEC(char *) vblank_on;	/* calls that turn it back on */
	BS_VEC(char *) vblank_reset;	/* calls that reset it to off when a CRTC is reset */
	struct bs_vblank_crtc {
		char *funcs, *helpers;	/* the two tables of a CRTC (drm_crtc_funcs, ..._helper_funcs) */
		char *disable;		/* the helper field the shutdown runs (atomic_disable) */
		char *reset;		/* the funcs field that resets the CRTC's state (reset) */
	} vblank_crtc;
	/* the fence kill (teardown_fence.c) */
	BS_VEC(char *) fence_signal;	/* calls that signal a fence */
	BS_VEC(struct bs_fence_kill) fence_kills;
	BS_VEC(char *) owner_calls;	/* calls only a drm_device's owner makes (register, ...) */
	BS_VEC(char *) owner_structs;	/* struct types only a drm_device's owner fills in */
	/* per rule (rules.h): 0 its level decides, 1 enabled, -1 disabled */
	signed char rule_switch[BS_NRULES];
	/* kernel-header functions whose bodies the analysis reads (they reach an accessor, a
	   guard, a table's call or an indirect call): never skipped while parsing */
	BS_VEC(char *) header_inlines;
};

struct bs_config *bs_config_new(void);
void bs_config_free(struct bs_config *cfg);

/* Both return 0, or -1 with a message naming the file and the entry in err. */
int bs_config_load_file(struct bs_config *cfg, const char *path, char *err, size_t errlen);
int bs_config_load_dir(struct bs_config *cfg, const char *dir, char *err, size_t errlen);

const struct bs_accessor *bs_config_accessor(const struct bs_config *cfg, const char *name);
const struct bs_handle_rule *bs_config_handle(const struct bs_config *cfg, const char *name);
const struct bs_guard *bs_config_guard_enter(const struct bs_config *cfg, const char *name);
const struct bs_guard *bs_config_guard_field(const struct bs_config *cfg, const char *field);
const struct bs_guard *bs_config_guard_exit(const struct bs_config *cfg, const char *name);
int bs_config_is_unplug(const struct bs_config *cfg, const char *name);
int bs_config_is_transparent(const struct bs_config *cfg, const char *name);
const struct bs_context_rule *bs_config_field_context(const struct bs_config *cfg,
						      const char *rec, const char *field);
const struct bs_context_rule *bs_config_call_context(const struct bs_config *cfg,
						     const char *call, unsigned arg);
/* The object form: a call that hands over a struct whose callbacks get a context. */
const struct bs_context_rule *bs_config_object_context(const struct bs_config *cfg,
						       const char *call, unsigned arg,
						       const char *through);
/* The root form: the context of object callbacks created under the directory key names. */
const struct bs_context_rule *bs_config_root_context(const struct bs_config *cfg,
						     const char *key);
const struct bs_subdir_rule *bs_config_subdir(const struct bs_config *cfg, const char *call);
const struct bs_stop_rule *bs_config_stop(const struct bs_config *cfg, const char *call);
const struct bs_queue_rule *bs_config_queue(const struct bs_config *cfg, const char *call);
/* The dispatch rule of a core function, NULL if the table has none (the last one wins). */
const struct bs_dispatch_rule *bs_config_dispatch(const struct bs_config *cfg, const char *call);
int bs_config_is_irq_free(const struct bs_config *cfg, const char *name);
int bs_config_is_sched_stop(const struct bs_config *cfg, const char *name);
int bs_config_is_wq_destroy(const struct bs_config *cfg, const char *name);
int bs_config_is_wq_flush(const struct bs_config *cfg, const char *name);
int bs_config_is_kthread_stop(const struct bs_config *cfg, const char *name);
int bs_config_is_card_free(const struct bs_config *cfg, const char *name);
/* Is name a call that stops the callbacks of an unregistering stopper (BS_STOP_HWMON, ...)? */
int bs_config_is_unregister(const struct bs_config *cfg, enum bs_stopper stopper,
			    const char *name);
/* Is a callback stored in rec.field one that a card_free call waits for? */
int bs_config_is_card_close(const struct bs_config *cfg, const char *rec, const char *field);
int bs_config_is_vblank_shutdown(const struct bs_config *cfg, const char *name);
int bs_config_is_vblank_off(const struct bs_config *cfg, const char *name);
int bs_config_is_vblank_on(const struct bs_config *cfg, const char *name);
int bs_config_is_vblank_reset(const struct bs_config *cfg, const char *name);
int bs_config_is_fence_signal(const struct bs_config *cfg, const char *name);
/* The fence kill that names ops table obj, NULL if none does (the last one wins). */
const struct bs_fence_kill *bs_config_fence_kill(const struct bs_config *cfg, const char *obj);
int bs_config_is_owner_call(const struct bs_config *cfg, const char *name);
int bs_config_is_owner_struct(const struct bs_config *cfg, const char *name);
int bs_config_is_iomap(const struct bs_config *cfg, const char *name);
int bs_config_in_unbind_path(const struct bs_config *cfg, const char *name);
/* Does any table name a call to it (everything but header_inlines)? */
int bs_config_names_call(const struct bs_config *cfg, const char *name);
const char *bs_context_name(enum bs_context ctx);

/*
 * The hash of what the front end consults of the configuration while lowering (cfg may be
 * NULL: the front end that consults nothing). Facts lowered under another value are stale.
 * Everything else in the configuration is applied at link time and needs no re-check.
 */
uint64_t bs_config_lowering_hash(const struct bs_config *cfg);

#ifdef __cplusplus
}
#endif

#endif
