#!/usr/bin/env python3
"""The links examples/README.md promises, as `claimcheck check examples/` draws them.

The README tells a new user what the quick start shows: the Konotop toll revised by its source
(12, then 19), the Belgorod drone count contested (45 launched by Moscow's count, about 10 by a
Ukrainian source), and the Rennes crowd counted differently by the police (about 2,500) and the
organisers (more than 6,000). Each must come out as a flag of one claim naming the other.
"""
import json
import os
import subprocess
import sys

runfiles = os.path.join(os.environ["TEST_SRCDIR"], "claimcheck")
cli = os.path.join(runfiles, "tools", "claimcheck")
examples = os.path.join(runfiles, "examples")

run = subprocess.run([cli, "check", "--format=jsonl", examples], capture_output=True, text=True)
if run.returncode != 1:  # a CONFLICT fails the check by default
    sys.exit(f"claimcheck check examples/ exited {run.returncode}, want 1\n{run.stderr}")
claims = [json.loads(line) for line in run.stdout.splitlines()]


def claim(article_part, number):
    found = [c for c in claims
             if article_part in c["article_id"] and c["quantity"]["text"].endswith(number)]
    if len(found) != 1:
        sys.exit(f"want one claim reading '{number}' in {article_part}, found {len(found)}")
    return found[0]


def linked(a, b, kind):
    return any(f["kind"] == kind and b["id"] in f.get("related_claim_ids", [])
               for f in a.get("flags", []))


failures = []
for kind, (doc_a, num_a), (doc_b, num_b) in [
        ("REVISION", ("konotop_frappe", "12"), ("konotop-bilan", "19")),
        ("CONFLICT", ("belgorod-drones", "45"), ("belgorod_drones_kyiv", "10")),
        ("CONFLICT", ("rennes-manifestation", "2 500"), ("rennes-manifestation", "6 000"))]:
    a, b = claim(doc_a, num_a), claim(doc_b, num_b)
    for x, y in ((a, b), (b, a)):
        if not linked(x, y, kind):
            failures.append(f"{x['id']} ({x['quantity']['text']}) carries no {kind} naming "
                            f"{y['id']} ({y['quantity']['text']}): {x.get('flags')}")
if failures:
    sys.exit("\n".join(failures))
print("the README's three links are drawn")
