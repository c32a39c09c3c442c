#!/usr/bin/env python3
# Applies the fixes of a SARIF log to the files they name (relative to the current directory),
# in place: each file's byte replacements, taken once even when two results share one.
import json
import sys

with open(sys.argv[1]) as f:
    log = json.load(f)
edits = {}
for r in log["runs"][0]["results"]:
    for fix in r.get("fixes", []):
        for change in fix["artifactChanges"]:
            path = change["artifactLocation"]["uri"]
            for i, rep in enumerate(change["replacements"]):
                reg = rep["deletedRegion"]
                key = (reg["byteOffset"], i, reg["byteLength"], rep["insertedContent"]["text"])
                edits.setdefault(path, set()).add(key)
for path, keys in edits.items():
    with open(path, "rb") as f:
        text = f.read()
    # back to front, so earlier offsets stay valid; at one offset, in the fix's order
    for off, _, length, new in sorted(keys, key=lambda k: (k[0], k[1]), reverse=True):
        text = text[:off] + new.encode() + text[off + length:]
    with open(path, "wb") as f:
        f.write(text)
    print("fixed", path)
