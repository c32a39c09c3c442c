// SPDX-License-Identifier: GPL-2.0-only
/// boundscope-unguarded-access: find MMIO accesses (readl/writel/ioread32/
/// iowrite32/..., or the driver's own accessor wrappers) in DRM ioctl handlers,
/// file_operations/vm_operations_struct callbacks and KMS callbacks
/// (drm_crtc_helper_funcs, drm_plane_helper_funcs, drm_encoder_helper_funcs,
/// drm_simple_display_pipe_funcs, drm_crtc_funcs) that are not inside an
/// unbind guard (if (!drm_dev_enter(dev, &idx)) return -ENODEV; ...
/// drm_dev_exit(idx);). These callbacks keep running after the device is
/// unbound, when the register mapping is gone: open files keep their ioctls
/// and mappings, nonblocking commit tails and the fbdev damage worker run the
/// KMS callbacks, vblank waits enable vblank interrupts.
///
/// Wrappers are macros and static (inline) functions of the file and of the
/// headers it includes with "..." that reach an accessor outside a guard,
/// two levels deep. The check is intraprocedural: a handler that calls a
/// non-static function of another file, or reaches hardware through a
/// function pointer, work item or scheduler callback, is not seen.
/// Known false positives: a guard taken by a caller, or through a driver's own
/// guard wrapper; a guard result stored in a local and tested later counts as
/// guarded only on the path after the store; a debugfs file_operations (drained
/// by debugfs on removal); registers mapped from memory that is not MMIO; a KMS
/// callback that only runs in bound scope (every field of the KMS tables is an
/// entry, including .reset, called from probe and resume).
///
/// Patch mode proposes, for ioctl handlers and KMS callbacks (returning void or
/// int, first parameter the drm_device, CRTC, plane, encoder or simple pipe)
/// with no drm_dev_enter/drm_dev_exit at all, to move the body into
/// __<callback>() and make <callback>() call it inside a guard, so the exit is
/// on every return path. The guard then spans the whole callback: check that
/// nothing in it waits for the unbind path, and that remove calls
/// drm_atomic_helper_shutdown() before drm_dev_unplug(), or the guarded disable
/// callbacks no longer switch the hardware off on unbind.
///
// Confidence: Moderate
// Copyright: (C) 2025 boundscope authors.
// URL: https://coccinelle.gitlabpages.inria.fr/website
// Comments: Mirrors the plugin's boundscope-unguarded-access rule for ioctl,
// Comments: file_operations, vm_operations_struct and KMS entry points. Every
// Comments: rule depends on the entry tables' tokens, so spatch skips (without
// Comments: parsing) the files that have none, such as register headers.
// Options: --local-includes --include-headers
// Keywords: drm_dev_enter, drm_dev_exit, drm_dev_unplug, MMIO, unbind, hot-unplug, KMS

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

# Tables whose every field is an entry point: struct name -> kind of entry.
TABLES = {
    "file_operations": "file_operations callback",
    "vm_operations_struct": "vm_operations_struct callback",
    "drm_crtc_helper_funcs": "drm_crtc_helper_funcs callback",
    "drm_plane_helper_funcs": "drm_plane_helper_funcs callback",
    "drm_encoder_helper_funcs": "drm_encoder_helper_funcs callback",
    "drm_simple_display_pipe_funcs": "drm_simple_display_pipe_funcs callback",
    "drm_crtc_funcs": "drm_crtc_funcs callback",
}

# Patch mode: kinds of entry it wraps in a guard, and how the drm_device is
# reached from the callback's first parameter (by its type).
FIXABLE = frozenset(["DRM ioctl handler"] + [k for t, k in TABLES.items()
                                               if t.startswith("drm_")])
DEVICE = {
    "drm_device": "%s",
    "drm_crtc": "%s->dev",
    "drm_plane": "%s->dev",
    "drm_encoder": "%s->dev",
    "drm_simple_display_pipe": "%s->crtc.dev",
}

# Per file (reset by the rule below, which spatch runs once per file).
wrappers = {}   # wrapper name -> what it reaches ("writel", "gpu_write (writel)")
entries = {}    # function name -> kind of entry point
guarded = set() # functions with a drm_dev_enter or drm_dev_exit anywhere
statics = set() # static functions
found = {}      # (file, line, col) -> (function, accessor), first finding wins
to_fix = set()  # entries for patch mode
lines = {}
modes = set()

def is_acc(a):
    return a in ACCESSORS or a in wrappers

def is_entry(f):
    return f in entries

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

def record(p, rule):
    key = (p[0].file, p[0].line, p[0].column)
    if key in found:
        return
    fn = p[0].current_element
    acc = src_ident(p[0])
    found[key] = (fn, acc)
    if entries.get(fn) in FIXABLE and fn not in guarded:
        to_fix.add(fn)
    msg = ("boundscope-unguarded-access: MMIO access without an unbind guard in '%s', "
           "which can run after unbind (%s; %s; %s)" % (fn, entries.get(fn, "?"), chain(acc), rule))
    if "report" in modes:
        coccilib.report.print_report(p[0], msg)
    if "org" in modes:
        coccilib.org.print_todo(p[0], msg)

def src_line(p):
    src_ident(p)
    l = int(p.line) - 1
    return lines[p.file][l] if l < len(lines[p.file]) else ""

def table_kind(p):
    """The kind of entry of the table declared at p (the struct name is read
    from the declaration's line, as above)."""
    m = re.search(r"struct\s+(\w+)\s+$", src_line(p)[:int(p.column)])
    return TABLES.get(m.group(1)) if m else None

def guard_call(fn, rtype, params):
    """For patch mode: (drm_device expression, call of __fn) for an entry
    returning void or int whose first parameter leads to the drm_device, or
    None."""
    if rtype not in ("void", "int") or not params:
        return None
    names = []
    for prm in params:
        m = re.match(r"^(.*?)\b(\w+)\s*$", str(prm).strip(), re.S)
        if not m or not m.group(1).strip():
            return None
        names.append(m.group(2))
    m = re.match(r"^(?:const\s+)?struct\s+(\w+)\s*\*\s*\w+$", str(params[0]).strip())
    if not m or m.group(1) not in DEVICE:
        return None
    return (DEVICE[m.group(1)] % names[0], "__%s(%s)" % (fn, ", ".join(names)))

def ioctl_macro_target(p, macro, args):
    """Resolve a driver macro around DRM_IOCTL_DEF_DRV (token pasting like
    DRM_IOCTL_DEF_DRV(PANTHOR_##n, panthor_ioctl_##func, flags)) to the
    handler name, from the macro's definition in this file or a header next
    to it."""
    import glob, os
    srcs = [p.file] + sorted(glob.glob(os.path.join(os.path.dirname(p.file) or ".", "*.h")))
    pat = re.compile(r"#\s*define\s+%s\s*\(([^)]*)\)((?:[^\n]*\\\n)*[^\n]*)" % re.escape(macro))
    for s in srcs:
        try:
            with open(s, errors="replace") as fh:
                m = pat.search(fh.read())
        except OSError:
            continue
        if not m:
            continue
        params = [x.strip() for x in m.group(1).split(",")]
        body = m.group(2).replace("\\\n", " ")
        d = re.search(r"DRM_IOCTL_DEF_DRV\s*\(\s*[^,]*,\s*([^,]*),", body)
        if not d:
            return None
        vals = dict(zip(params, [a.strip() for a in args]))
        return "".join(vals.get(t.strip(), t.strip()) for t in d.group(1).split("##"))
    return None

@initialize:python depends on report@
@@
modes.add("report")

@initialize:python depends on org@
@@
modes.add("org")

// Every rule below depends on this one, so that spatch only parses files that
// declare an entry table: its struct names are the grep tokens. Without them,
// spatch parses every file of a directory it is given, and amdgpu's register
// headers (up to 24 MB of #defines) overflow its stack.
@tables@
identifier I;
@@
(
struct drm_ioctl_desc I[] = ...;
|
struct file_operations I = ...;
|
struct vm_operations_struct I = ...;
|
struct drm_crtc_helper_funcs I = ...;
|
struct drm_plane_helper_funcs I = ...;
|
struct drm_encoder_helper_funcs I = ...;
|
struct drm_simple_display_pipe_funcs I = ...;
|
struct drm_crtc_funcs I = ...;
)

@script:python reset depends on tables@
@@
wrappers.clear()
entries.clear()
guarded.clear()
statics.clear()
found.clear()
to_fix.clear()

// Functions that take or release a guard: only these need the path-sensitive
// rules below. Elsewhere every access is reachable with no guard, and a
// path-insensitive match is enough: the path-sensitive rules take minutes on
// files with hundreds of accesses (radeon, tegra, rockchip).
@has_guard depends on tables@
identifier f;
@@
f(...) { <+... \( drm_dev_enter(...) \| drm_dev_exit(...) \) ...+> }

@script:python@
f << has_guard.f;
@@
guarded.add(f)

@static_fn depends on tables@
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
@wm1 depends on tables@
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

@wf1 depends on tables@
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

@wg1 depends on tables exists@
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

@wm2 depends on tables@
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

@wf2 depends on tables@
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

@wg2 depends on tables exists@
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

// Entry points.
@ioctl_direct depends on tables@
identifier n, f;
expression fl;
@@
DRM_IOCTL_DEF_DRV(n, f, fl)

@script:python@
f << ioctl_direct.f;
@@
entries[f] = "DRM ioctl handler"

@ioctl_macro depends on tables@
identifier I, M != DRM_IOCTL_DEF_DRV;
expression list es;
position p;
@@
struct drm_ioctl_desc I[] = { ..., M@p(es), ... };

@script:python@
M << ioctl_macro.M;
es << ioctl_macro.es;
p << ioctl_macro.p;
@@
f = ioctl_macro_target(p[0], M, str(es).split(","))
if f:
    entries[f] = "DRM ioctl handler"

// Every field of the tables in TABLES (file, vm and KMS callbacks).
@ops depends on tables@
identifier S : script:python() { S in TABLES };
identifier I, fld, f;
position p;
@@
struct S I@p = { ..., .fld = f, ... };

@script:python@
f << ops.f;
p << ops.p;
@@
k = table_kind(p[0])
if k:
    entries.setdefault(f, k)

// Unguarded accesses. In an entry with no guard at all, every access is. In
// the others, "some drm_dev_enter was passed" is not "guarded", so an access
// is unguarded when it is reachable (1) from the entry with no enter on the
// way, (2) from a drm_dev_exit with no new enter, (3) from
// after a positive-form guarded if (the path where the enter failed), or (4)
// inside the branch where the enter failed.
@u_flat depends on ioctl_direct || ioctl_macro || ops@
identifier a : script:python() { is_acc(a) };
position p;
@@
\( a@p(...) \| read_poll_timeout(a@p, ...) \| read_poll_timeout_atomic(a@p, ...) \)

@script:python@
p << u_flat.p;
@@
fn = p[0].current_element
if is_entry(fn) and fn not in guarded:
    record(p, "reachable from the entry")

@u_entry depends on ioctl_direct || ioctl_macro || ops exists@
identifier fn : script:python() { is_entry(fn) and fn in guarded };
identifier a : script:python() { is_acc(a) };
position p;
@@
fn(...) {
... when != drm_dev_enter(...)
    when any
\( a@p(...) \| read_poll_timeout(a@p, ...) \| read_poll_timeout_atomic(a@p, ...) \)
... when any
}

@script:python@
p << u_entry.p;
@@
record(p, "reachable from the entry")

@u_exit depends on ioctl_direct || ioctl_macro || ops exists@
identifier fn : script:python() { is_entry(fn) and fn in guarded };
identifier a : script:python() { is_acc(a) };
expression I;
position p;
@@
fn(...) {
... when any
drm_dev_exit(I);
... when != drm_dev_enter(...)
    when any
\( a@p(...) \| read_poll_timeout(a@p, ...) \| read_poll_timeout_atomic(a@p, ...) \)
... when any
}

@script:python@
p << u_exit.p;
@@
record(p, "after drm_dev_exit")

@u_pos depends on ioctl_direct || ioctl_macro || ops disable neg_if, drop_else exists@
identifier fn : script:python() { is_entry(fn) and fn in guarded };
identifier a : script:python() { is_acc(a) };
expression D, I;
statement S1, S2;
position p;
@@
fn(...) {
... when any
(
if (drm_dev_enter(D, &I)) S1
|
if (drm_dev_enter(D, &I)) S1 else S2
)
... when != drm_dev_enter(...)
    when any
\( a@p(...) \| read_poll_timeout(a@p, ...) \| read_poll_timeout_atomic(a@p, ...) \)
... when any
}

@script:python@
p << u_pos.p;
@@
record(p, "after a guarded if, where drm_dev_enter failed")

@u_fail depends on ioctl_direct || ioctl_macro || ops disable neg_if, drop_else exists@
identifier fn : script:python() { is_entry(fn) and fn in guarded };
identifier a : script:python() { is_acc(a) };
expression D, I;
statement S1;
position p;
@@
fn(...) {
... when any
(
if (!drm_dev_enter(D, &I)) {
... when != drm_dev_enter(...)
    when any
\( a@p(...) \| read_poll_timeout(a@p, ...) \| read_poll_timeout_atomic(a@p, ...) \)
... when any
}
|
if (drm_dev_enter(D, &I)) S1 else {
... when != drm_dev_enter(...)
    when any
\( a@p(...) \| read_poll_timeout(a@p, ...) \| read_poll_timeout_atomic(a@p, ...) \)
... when any
}
)
... when any
}

@script:python@
p << u_fail.p;
@@
record(p, "where drm_dev_enter failed")

// context: mark every unguarded access found above.
@depends on context && tables@
position p : script:python() { (p[0].file, p[0].line, p[0].column) in found };
identifier a;
@@
* a@p

// patch: entries with no guard at all (ioctl handlers, KMS callbacks): move
// the body into __<entry>() and call it inside a guard.
@fixcand depends on patch && tables@
identifier fn;
parameter list ps;
type T;
@@
T fn(ps) { ... }

@script:python fixname depends on patch@
fn << fixcand.fn;
ps << fixcand.ps;
T << fixcand.T;
inner;
dev;
call;
@@
g = guard_call(fn, T, ps) if fn in to_fix else None
if g:
    coccinelle.inner = cocci.make_ident("__" + fn)
    coccinelle.dev = cocci.make_expr(g[0])
    coccinelle.call = cocci.make_expr(g[1])
else:
    cocci.include_match(False)

@fixstatic depends on patch@
identifier fixcand.fn;
type T;
@@
static T fn(...) { ... }

@depends on patch && fixstatic@
identifier fixcand.fn, fixname.inner;
parameter list fixcand.ps;
expression fixname.dev, fixname.call;
@@
  int
- fn
+ inner
  (ps) { ... }
+
+static int fn(ps)
+{
+	int ret;
+	int idx;
+
+	if (!drm_dev_enter(dev, &idx))
+		return -ENODEV;
+	ret = call;
+	drm_dev_exit(idx);
+	return ret;
+}

@depends on patch && fixstatic@
identifier fixcand.fn, fixname.inner;
parameter list fixcand.ps;
expression fixname.dev, fixname.call;
@@
  void
- fn
+ inner
  (ps) { ... }
+
+static void fn(ps)
+{
+	int idx;
+
+	if (!drm_dev_enter(dev, &idx))
+		return;
+	call;
+	drm_dev_exit(idx);
+}

@depends on patch && !fixstatic@
identifier fixcand.fn, fixname.inner;
parameter list fixcand.ps;
expression fixname.dev, fixname.call;
@@
- int fn
+ static int inner
  (ps) { ... }
+int fn(ps)
+{
+	int ret;
+	int idx;
+
+	if (!drm_dev_enter(dev, &idx))
+		return -ENODEV;
+	ret = call;
+	drm_dev_exit(idx);
+	return ret;
+}

@depends on patch && !fixstatic@
identifier fixcand.fn, fixname.inner;
parameter list fixcand.ps;
expression fixname.dev, fixname.call;
@@
- void fn
+ static void inner
  (ps) { ... }
+void fn(ps)
+{
+	int idx;
+
+	if (!drm_dev_enter(dev, &idx))
+		return;
+	call;
+	drm_dev_exit(idx);
+}
