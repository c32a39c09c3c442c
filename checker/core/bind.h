/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Binding raw facts to a configuration, the first step of every analysis: a call to an
 * accessor of the table becomes an MMIO access (its origin is the origin of the address
 * argument the table names), and the functions the tables name as accessors or guard
 * primitives (or as making or using MMIO handles) become leaves that are neither analysed nor
 * called into. Which calls go through an MMIO handle needs the call graph: handles.h. The front end records
 * no configuration decision, so the same facts bind to any configuration.
 */
#ifndef BS_BIND_H
#define BS_BIND_H

#include "config.h"
#include "facts.h"

/* Idempotent; binding again under another configuration starts from the raw facts. */
void bs_bind(struct bs_tu *tu, const struct bs_config *cfg);

#endif
