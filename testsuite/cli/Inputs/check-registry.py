#!/usr/bin/env python3
# The rule registry against the docs and SARIF: every registered rule (boundscope --list-rules)
# has docs/rules/<id>.md and is in the SARIF log's rule metadata (with that page as helpUri),
# and every page and every SARIF rule is registered. Prints one line per rule for FileCheck.
import json
import os
import sys

listing, docs_dir, sarif_path = sys.argv[1:4]
with open(listing) as f:
    rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
with open(sarif_path) as f:
    meta = {r["id"]: r for r in json.load(f)["runs"][0]["tool"]["driver"]["rules"]}
ids = [r[0] for r in rows]
bad = 0
for rid, level, fix, kind, docs in rows:
    page = os.path.join(docs_dir, rid + ".md")
    problems = []
    if not os.path.isfile(page):
        problems.append("no page " + page)
    if docs != "docs/rules/%s.md" % rid:
        problems.append("docs column " + docs)
    m = meta.get(rid)
    if m is None:
        problems.append("not in SARIF")
    elif m.get("helpUri") != docs or not m["shortDescription"]["text"] or \
            not m["fullDescription"]["text"]:
        problems.append("SARIF metadata incomplete")
    elif m["defaultConfiguration"]["enabled"] != (level != "off"):
        problems.append("SARIF enabled does not match level " + level)
    bad += bool(problems)
    print("rule %s %s %s %s: %s" % (rid, level, fix, kind, "; ".join(problems) or "ok"))
for page in sorted(os.listdir(docs_dir)):
    if page.endswith(".md") and page[:-3] not in ids:
        print("page %s: not registered" % page)
        bad += 1
for rid in meta:
    if rid not in ids:
        print("SARIF rule %s: not registered" % rid)
        bad += 1
print("problems: %d" % bad)
