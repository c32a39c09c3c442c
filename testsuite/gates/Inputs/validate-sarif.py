#!/usr/bin/env python3
# Validates a SARIF log against the vendored SARIF 2.1.0 schema (see LICENSE-sarif-schema.txt)
# and prints one line per result, for FileCheck: ruleId, location, fingerprint presence,
# codeFlow length, suppression and the number of byte replacements of its fix.
import json
import os
import sys

import jsonschema

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "sarif-schema-2.1.0.json")) as f:
    schema = json.load(f)
with open(sys.argv[1]) as f:
    log = json.load(f)
jsonschema.Draft4Validator(schema).validate(log)
run = log["runs"][0]
rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
print("valid; rules: " + " ".join(rules))
def fingerprints(r):
    """Both fingerprints: v2 (structure) and v1 (words, for old baselines)."""
    fps = r["partialFingerprints"]
    return fps.get("boundscope/v2") and fps.get("boundscope/v1")


for r in run["results"]:
    loc = r["locations"][0]["physicalLocation"]
    flow = r.get("codeFlows", [{"threadFlows": [{"locations": []}]}])[0]["threadFlows"][0]["locations"]
    sup = r.get("suppressions")
    assert rules[r["ruleIndex"]] == r["ruleId"]
    fix = r.get("fixes")
    nrep = sum(len(c["replacements"]) for c in fix[0]["artifactChanges"]) if fix else 0
    print("result %s %s:%d:%d fp=%s flow=%d%s%s%s" % (
        r["ruleId"], loc["artifactLocation"]["uri"], loc["region"]["startLine"],
        loc["region"]["startColumn"], "yes" if fingerprints(r) else "no",
        len(flow), " suppressed: " + sup[0]["justification"] if sup else "",
        " baseline=" + r["baselineState"] if "baselineState" in r else "",
        " fix=%d" % nrep if fix else ""))
