// SPDX-License-Identifier: GPL-2.0-only
/// boundscope-guard-leak: find paths from a successful drm_dev_enter() that
/// leave the function without drm_dev_exit(): an early return on an error
/// path, a goto or break past the exit, a void function that falls off its
/// end. The leaked SRCU read lock makes the next drm_dev_unplug() wait for
/// ever, so unbind, module unload and shutdown hang.
///
/// Guards in the forms if (!drm_dev_enter(d, &idx)) S and
/// if (drm_dev_enter(d, &idx)) { ... } are followed. Known false positives:
/// a function that is meant to return with the guard held (its caller
/// exits), an exit done by a driver helper instead of drm_dev_exit(), and a
/// path that the program state makes impossible (the same condition tested
/// twice). Not seen: a guard result stored in a local and tested later.
///
// Confidence: High
// Copyright: (C) 2025 boundscope authors.
// URL: https://coccinelle.gitlabpages.inria.fr/website
// Comments: Mirrors the plugin's boundscope-guard-leak rule. No patch mode:
// Comments: where the exit belongs depends on the function. Files without
// Comments: drm_dev_enter are skipped unparsed.
// Options: --no-includes --include-headers
// Keywords: drm_dev_enter, drm_dev_exit, drm_dev_unplug, SRCU, unbind

virtual patch
virtual context
virtual org
virtual report

@initialize:python@
@@
modes = set()
seen = set()    # (enter, return) positions already reported
marks = set()   # positions for context mode
positive = set()
hasexit = set()

def where(p):
    return (p.file, p.line, p.column)

def emit(p, msg):
    if "report" in modes:
        coccilib.report.print_report(p, msg)
    if "org" in modes:
        coccilib.org.print_todo(p, msg)

def leak(p1, p2):
    key = (where(p1), where(p2))
    if key in seen:
        return
    seen.add(key)
    marks.add(where(p1))
    marks.add(where(p2))
    emit(p2, "boundscope-guard-leak: '%s' can return here with the unbind guard from "
         "'drm_dev_enter' (line %s) still held" % (p2.current_element, p1.line))

@initialize:python depends on report@
@@
modes.add("report")

@initialize:python depends on org@
@@
modes.add("org")

// Every rule below depends on this one, so that spatch only parses files that
// contain drm_dev_enter (the grep token). Without it, spatch parses every file of a
// directory it is given, and amdgpu's register headers (up to 24 MB of
// #defines) overflow its stack.
@enter@
@@
drm_dev_enter(...)

@script:python depends on enter@
@@
seen.clear()
marks.clear()
positive.clear()
hasexit.clear()

// Positive-form guards, and those whose block has a drm_dev_exit() somewhere:
// a block with no exit at all leaks on every path through it. (A block that
// exits on some paths only is not followed: a known false negative.)
@posall depends on enter disable neg_if, drop_else@
expression D, I;
statement S1;
position p1;
@@
if (drm_dev_enter@p1(D, &I)) S1

@poshasexit depends on enter disable neg_if, drop_else@
expression D, I;
position p1;
@@
if (drm_dev_enter@p1(D, &I)) { <+... drm_dev_exit(I) ...+> }

@script:python@
p1 << posall.p1;
@@
positive.add(where(p1[0]))

@script:python@
p1 << poshasexit.p1;
@@
hasexit.add(where(p1[0]))

// A return (or the end of a void function, which spatch matches as a
// return) reached from a successful enter with no exit on the way.
@ret depends on enter disable neg_if, drop_else exists@
expression D, I;
statement S, S1;
position p1, p2;
@@
(
if (!drm_dev_enter@p1(D, &I)) S
... when != drm_dev_exit(I)
return@p2 ...;
|
if (drm_dev_enter@p1(D, &I)) {
... when != drm_dev_exit(I)
return@p2 ...;
}
|
if (drm_dev_enter@p1(D, &I)) {
... when != drm_dev_exit(I)
return@p2 ...;
} else S1
)

@retpos depends on enter disable neg_if, drop_else exists@
expression D, I;
statement S1;
position p1, p2;
@@
if (drm_dev_enter@p1(D, &I)) S1
... when != drm_dev_exit(I)
return@p2 ...;

@script:python@
p1 << ret.p1;
p2 << ret.p2;
@@
leak(p1[0], p2[0])

@script:python@
p1 << retpos.p1;
p2 << retpos.p2;
@@
if where(p1[0]) in positive and where(p1[0]) not in hasexit:
    leak(p1[0], p2[0])

@depends on context && enter@
identifier f;
position p : script:python() { where(p[0]) in marks };
@@
* f@p(...)

@depends on context && enter@
position p : script:python() { where(p[0]) in marks };
@@
* return@p ...;
