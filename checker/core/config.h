/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The configuration tables: MMIO accessors, unbind guards and entry-point contexts, loaded
 * from the shipped JSON files and any project files. Later entries win over earlier ones with
 * the same key, so a project file can override a shipped entry.
 */
#ifndef BS_CONFIG_H
#define BS_CONFIG_H

#include "vec.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct bs_accessor {
	char *name;
	unsigned addr_arg;
};

struct bs_guard {
	char *enter, *exit;
	unsigned enter_cookie_arg, exit_cookie_arg;
	int success_nonzero;	/* enter succeeded when its result is non-zero */
};

enum bs_context {
	BS_CTX_NONE,		/* not an entry point */
	BS_CTX_BOUND,
	BS_CTX_AFTER_UNBIND,
};

struct bs_context_rule {
	char *rec, *field;	/* struct-field form; field "*" matches every field */
	char *call;		/* registering-call form */
	unsigned arg;
	enum bs_context context;
	char *kind;
};

struct bs_config {
	BS_VEC(struct bs_accessor) accessors;
	BS_VEC(struct bs_guard) guards;
	BS_VEC(char *) unplug;
	BS_VEC(char *) transparent;
	BS_VEC(struct bs_context_rule) contexts;
};

struct bs_config *bs_config_new(void);
void bs_config_free(struct bs_config *cfg);

/* Both return 0, or -1 with a message naming the file and the entry in err. */
int bs_config_load_file(struct bs_config *cfg, const char *path, char *err, size_t errlen);
int bs_config_load_dir(struct bs_config *cfg, const char *dir, char *err, size_t errlen);

const struct bs_accessor *bs_config_accessor(const struct bs_config *cfg, const char *name);
const struct bs_guard *bs_config_guard_enter(const struct bs_config *cfg, const char *name);
const struct bs_guard *bs_config_guard_exit(const struct bs_config *cfg, const char *name);
int bs_config_is_unplug(const struct bs_config *cfg, const char *name);
int bs_config_is_transparent(const struct bs_config *cfg, const char *name);
const struct bs_context_rule *bs_config_field_context(const struct bs_config *cfg,
						      const char *rec, const char *field);
const struct bs_context_rule *bs_config_call_context(const struct bs_config *cfg,
						     const char *call, unsigned arg);
const char *bs_context_name(enum bs_context ctx);

#ifdef __cplusplus
}
#endif

#endif
