// SPDX-License-Identifier: GPL-2.0-only
/// boundscope-unplug-in-guard: find drm_dev_unplug() reached between a
/// successful drm_dev_enter() and its drm_dev_exit(), directly or through a
/// static function of the same file (two levels deep). drm_dev_unplug()
/// waits in synchronize_srcu() for every guard, including the one held by the
/// caller: a self-deadlock.
///
/// Known false positives: a helper that calls drm_dev_unplug() only on a
/// path the guarded caller cannot take (the helper is judged as a whole).
/// Not seen: unplug reached through a function of another file, a function
/// pointer or a work item queued and flushed inside the guard.
///
// Confidence: High
// Copyright: (C) 2025 boundscope authors.
// URL: https://coccinelle.gitlabpages.inria.fr/website
// Comments: Mirrors the plugin's boundscope-unplug-in-guard rule. No patch
// Comments: mode: the fix (defer the unplug to a work item) is a redesign.
// Comments: Files without drm_dev_unplug are skipped unparsed.
// Options: --no-includes --include-headers
// Keywords: drm_dev_enter, drm_dev_exit, drm_dev_unplug, SRCU, deadlock

virtual patch
virtual context
virtual org
virtual report

@initialize:python@
@@
UNPLUG = frozenset(["drm_dev_unplug"])
unplugs = {}    # static function -> chain down to drm_dev_unplug
modes = set()
seen = set()
marks = set()

def where(p):
    return (p.file, p.line, p.column)

def is_unplug(u):
    return u in UNPLUG or u in unplugs

def src_ident(p):
    try:
        with open(p.file, errors="replace") as fh:
            line = fh.read().split("\n")[int(p.line) - 1]
    except (OSError, IndexError):
        return "?"
    import re
    m = re.match(r"\w+", line[int(p.column):])
    return m.group(0) if m else "?"

def chain(u):
    return u if u in UNPLUG else "%s -> %s" % (u, unplugs.get(u, "?"))

def found(p1, p2):
    key = (where(p1), where(p2))
    if key in seen:
        return
    seen.add(key)
    marks.add(where(p1))
    marks.add(where(p2))
    u = src_ident(p2)
    via = "" if u in UNPLUG else " through %s" % chain(u)
    msg = ("boundscope-unplug-in-guard: 'drm_dev_unplug' reached%s in '%s' while the "
           "unbind guard from 'drm_dev_enter' (line %s) is held; it waits for the guard "
           "and deadlocks" % (via, p2.current_element, p1.line))
    if "report" in modes:
        coccilib.report.print_report(p2, msg)
    if "org" in modes:
        coccilib.org.print_todo(p2, msg)

@initialize:python depends on report@
@@
modes.add("report")

@initialize:python depends on org@
@@
modes.add("org")

// Every rule below depends on this one, so that spatch only parses files that
// contain drm_dev_unplug (the grep token). Without it, spatch parses every file of a
// directory it is given, and amdgpu's register headers (up to 24 MB of
// #defines) overflow its stack.
@unplug@
@@
drm_dev_unplug(...)

@script:python depends on unplug@
@@
unplugs.clear()
seen.clear()
marks.clear()

// Static functions of the file that call drm_dev_unplug(), two levels.
@w1 depends on unplug@
identifier f;
identifier u : script:python() { is_unplug(u) };
type T;
position p;
@@
static T f(...) { <+... u@p(...) ...+> }

@script:python@
f << w1.f;
p << w1.p;
@@
u = src_ident(p[0])
if f != u and f not in unplugs:
    unplugs[f] = chain(u)

@w2 depends on unplug@
identifier f;
identifier u : script:python() { is_unplug(u) };
type T;
position p;
@@
static T f(...) { <+... u@p(...) ...+> }

@script:python@
f << w2.f;
p << w2.p;
@@
u = src_ident(p[0])
if f != u and f not in unplugs:
    unplugs[f] = chain(u)

@neg depends on unplug disable neg_if, drop_else exists@
expression D, I;
statement S;
identifier u : script:python() { is_unplug(u) };
position p1, p2;
@@
if (!drm_dev_enter@p1(D, &I)) S
... when != drm_dev_exit(I)
    when any
u@p2(...)

@script:python@
p1 << neg.p1;
p2 << neg.p2;
@@
found(p1[0], p2[0])

@pos depends on unplug disable neg_if, drop_else@
expression D, I;
identifier u : script:python() { is_unplug(u) };
position p1, p2;
@@
if (drm_dev_enter@p1(D, &I)) { <+... u@p2(...) ...+> }

@script:python@
p1 << pos.p1;
p2 << pos.p2;
@@
found(p1[0], p2[0])

@depends on context && unplug@
identifier f;
position p : script:python() { where(p[0]) in marks };
@@
* f@p(...)
