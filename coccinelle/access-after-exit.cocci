// SPDX-License-Identifier: GPL-2.0-only
/// boundscope-unguarded-access (access-after-exit): find MMIO accesses
/// (readl/writel/ioread32/..., or the driver's own accessor wrappers) reached
/// after drm_dev_exit() released the unbind guard, with no new
/// drm_dev_enter() on the way, in any function. Once the guard is released,
/// drm_dev_unplug() may complete and the registers may be unmapped.
///
/// Wrappers are macros and static (inline) functions of the file and of the
/// headers it includes with "..." that reach an accessor outside a guard,
/// two levels deep. Known false positives: a function that only runs in bound
/// scope (probe, remove, PM callbacks) where the guard was optional; an exit
/// of one device's guard followed by an access to another device; a new guard
/// taken through a driver wrapper or stored in a local.
///
// Confidence: High
// Copyright: (C) 2025 boundscope authors.
// URL: https://coccinelle.gitlabpages.inria.fr/website
// Comments: Mirrors the plugin's boundscope-unguarded-access rule in its
// Comments: access-after-exit form. No patch mode: moving the exit changes
// Comments: what the guard covers, which needs a human. Files without
// Comments: drm_dev_exit are skipped unparsed.
// Options: --local-includes --include-headers
// Keywords: drm_dev_enter, drm_dev_exit, MMIO, unbind, hot-unplug

virtual patch
virtual context
virtual org
virtual report

@initialize:python@
@@
import re

ACCESSORS = frozenset("""
readb readw readl readq writeb writew writel writeq
readb_relaxed readw_relaxed readl_relaxed readq_relaxed
writeb_relaxed writew_relaxed writel_relaxed writeq_relaxed
__raw_readb __raw_readw __raw_readl __raw_readq
__raw_writeb __raw_writew __raw_writel __raw_writeq
__readb __readw __readl __readq __writeb __writew __writel __writeq
ioread8 ioread16 ioread32 ioread64 iowrite8 iowrite16 iowrite32 iowrite64
ioread16be ioread32be ioread64be iowrite16be iowrite32be iowrite64be
ioread64_lo_hi ioread64_hi_lo iowrite64_lo_hi iowrite64_hi_lo
lo_hi_readq hi_lo_readq lo_hi_writeq hi_lo_writeq
ioread8_rep ioread16_rep ioread32_rep iowrite8_rep iowrite16_rep iowrite32_rep
readsb readsw readsl readsq writesb writesw writesl writesq
memcpy_fromio memcpy_toio memset_io
readb_poll_timeout readw_poll_timeout readl_poll_timeout readq_poll_timeout
readb_poll_timeout_atomic readw_poll_timeout_atomic readl_poll_timeout_atomic
readq_poll_timeout_atomic readl_relaxed_poll_timeout
readl_relaxed_poll_timeout_atomic readq_relaxed_poll_timeout
readq_relaxed_poll_timeout_atomic
""".split())

# Per file (reset by the rule below, which spatch runs once per file).
wrappers = {}   # wrapper name -> what it reaches ("writel", "gpu_write -> writel")
guarded = set() # functions with a drm_dev_enter or drm_dev_exit anywhere
statics = set() # static functions
found = set()   # (file, line, col) of accesses reported
lines = {}
modes = set()

def is_acc(a):
    return a in ACCESSORS or a in wrappers

def chain(a):
    return a if a in ACCESSORS else "%s -> %s" % (a, wrappers.get(a, "?"))

def add_wrapper(w, a):
    if w != a and w not in ACCESSORS and w not in wrappers:
        wrappers[w] = chain(a)

def src_ident(p):
    """The identifier at position p, read from the source (constrained
    metavariables cannot be inherited by script rules in spatch 1.1.1)."""
    f = p.file
    if f not in lines:
        try:
            with open(f, errors="replace") as fh:
                lines[f] = fh.read().split("\n")
        except OSError:
            lines[f] = []
    l = int(p.line) - 1
    if l < len(lines[f]):
        m = re.match(r"\w+", lines[f][l][int(p.column):])
        if m:
            return m.group(0)
    return "?"

def record(p, px):
    key = (p[0].file, p[0].line, p[0].column)
    if key in found:
        return
    found.add(key)
    msg = ("boundscope-unguarded-access: MMIO access after the unbind guard was released "
           "by drm_dev_exit() on line %s in '%s' (%s)"
           % (px[0].line, p[0].current_element, chain(src_ident(p[0]))))
    if "report" in modes:
        coccilib.report.print_report(p[0], msg)
    if "org" in modes:
        coccilib.org.print_todo(p[0], msg)

@initialize:python depends on report@
@@
modes.add("report")

@initialize:python depends on org@
@@
modes.add("org")

// Every rule below depends on this one, so that spatch only parses files that
// contain drm_dev_exit (the grep token). Without it, spatch parses every file of a
// directory it is given, and amdgpu's register headers (up to 24 MB of
// #defines) overflow its stack.
@exits@
@@
drm_dev_exit(...)

@script:python reset depends on exits@
@@
wrappers.clear()
guarded.clear()
statics.clear()
found.clear()

// Functions that take or release a guard: only these need a path-sensitive
// wrapper rule. Elsewhere every access is reachable with no guard, and a
// per-call match is enough: the path-sensitive rule takes minutes on files
// with hundreds of accesses.
@has_guard depends on exits@
identifier f;
@@
f(...) { <+... \( drm_dev_enter(...) \| drm_dev_exit(...) \) ...+> }

@script:python@
f << has_guard.f;
@@
guarded.add(f)

@static_fn depends on exits@
identifier f;
type T;
@@
static T f(...) { ... }

@script:python@
f << static_fn.f;
@@
statics.add(f)

// Accessor wrappers: macros, then static (inline) functions, twice, so that
// a macro around a static inline around readl is found. Functions without a
// guard are matched per call (the call's function is the wrapper), the others
// path by path.
@wm1 depends on exits@
identifier w;
identifier a : script:python() { is_acc(a) };
position p;
@@
#define w(...) <+... \( a@p(...) \| read_poll_timeout(a@p, ...) \| read_poll_timeout_atomic(a@p, ...) \) ...+>

@script:python@
w << wm1.w;
p << wm1.p;
@@
add_wrapper(w, src_ident(p[0]))

@wf1 depends on exits@
identifier a : script:python() { is_acc(a) };
position p;
@@
\( a@p(...) \| read_poll_timeout(a@p, ...) \| read_poll_timeout_atomic(a@p, ...) \)

@script:python@
p << wf1.p;
@@
w = p[0].current_element
if w in statics and w not in guarded:
    add_wrapper(w, src_ident(p[0]))

@wg1 depends on exits exists@
identifier fw : script:python() { fw in guarded };
type T;
identifier a : script:python() { is_acc(a) };
position p;
@@
static T fw(...) {
... when != drm_dev_enter(...)
    when any
\( a@p(...) \| read_poll_timeout(a@p, ...) \| read_poll_timeout_atomic(a@p, ...) \)
... when any
}

@script:python@
p << wg1.p;
@@
add_wrapper(p[0].current_element, src_ident(p[0]))

@wm2 depends on exits@
identifier w;
identifier a : script:python() { is_acc(a) };
position p;
@@
#define w(...) <+... \( a@p(...) \| read_poll_timeout(a@p, ...) \| read_poll_timeout_atomic(a@p, ...) \) ...+>

@script:python@
w << wm2.w;
p << wm2.p;
@@
add_wrapper(w, src_ident(p[0]))

@wf2 depends on exits@
identifier a : script:python() { is_acc(a) };
position p;
@@
\( a@p(...) \| read_poll_timeout(a@p, ...) \| read_poll_timeout_atomic(a@p, ...) \)

@script:python@
p << wf2.p;
@@
w = p[0].current_element
if w in statics and w not in guarded:
    add_wrapper(w, src_ident(p[0]))

@wg2 depends on exits exists@
identifier fw : script:python() { fw in guarded };
type T;
identifier a : script:python() { is_acc(a) };
position p;
@@
static T fw(...) {
... when != drm_dev_enter(...)
    when any
\( a@p(...) \| read_poll_timeout(a@p, ...) \| read_poll_timeout_atomic(a@p, ...) \)
... when any
}

@script:python@
p << wg2.p;
@@
add_wrapper(p[0].current_element, src_ident(p[0]))

@after depends on !patch && exits exists@
identifier a : script:python() { is_acc(a) };
expression I;
position p, px;
@@
drm_dev_exit@px(I);
... when != drm_dev_enter(...)
    when any
\( a@p(...) \| read_poll_timeout(a@p, ...) \| read_poll_timeout_atomic(a@p, ...) \)

@script:python@
p << after.p;
px << after.px;
@@
record(p, px)

@depends on context && after exists@
identifier a;
position after.p, after.px;
@@
* drm_dev_exit@px(...);
... when any
* a@p
