#!/usr/bin/env python3
"""No wrong value: every predicted claim over a gold number states that number's value.

Usage:
  tests/wrong_values.py --cli CLAIMCHECK NAME CORPUS GOLD [NAME CORPUS GOLD ...]

A wrong value is worse than a miss: a fact-checker who is told "3" where the article says
"$3.4bn" checks the wrong figure. The scorer (tests/score_claims.py) only counts such a claim
as a false positive plus a miss, and its agreement is lenient for ranges and vague amounts; here
any predicted claim (`claimcheck check --format=jsonl`) whose number_span overlaps a gold line
that carries a value (minor lines without one are not judged) must agree with one of them:
- an exact figure: the same value (to a part in 10^9);
- a range ("entre 5 000 et 10 000", qualifier RANGE): the same bounds, `vague_min` and
  2 x value - vague_min (reading "5 000" alone is a wrong value);
- a vague amount ("des centaines", qualifier VAGUE): an interval [lower, upper] that holds the
  gold's typical value and whose floor is at least half the gold's.
Prints each wrong value and exits 1 if there is one. Also checks, on the first set, that a claim
given a wrong value on purpose is caught (so that the check can fail).
Standard library only, with tests/score_claims.py beside it.
"""
import argparse
import copy
import glob
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score_claims  # noqa: E402  (beside this file)


def close(a, b):
    return a is not None and abs(a - b) <= 1e-9 * max(1.0, abs(b))


def agrees_strictly(gold, quantity):
    value = score_claims.as_float(quantity.get("value"))
    lower = score_claims.as_float(quantity.get("lower"))
    upper = score_claims.as_float(quantity.get("upper"))
    if "vague_min" not in gold:
        return close(value, gold["value"])
    if "RANGE" in gold.get("qualifier", []):
        return close(lower, gold["vague_min"]) and close(upper, 2 * gold["value"] - gold["vague_min"])
    low = lower if lower is not None else value
    high = upper if upper is not None else value
    return (low is not None and high is not None and low <= gold["value"] <= high
            and low >= gold["vague_min"] * 0.5)


def wrong_values(corpus, gold_lines, predictions):
    """One line per predicted claim over gold numbers whose value agrees with none of them."""
    docs = score_claims.Documents(corpus)
    by_doc = {}
    for g in gold_lines:
        if "value" in g:
            by_doc.setdefault(g["doc"], []).append((docs.span_of(g), g))
    wrong = []
    for claim in predictions:
        doc = os.path.basename(str(claim.get("article_id", "")))
        span = score_claims.span_of_prediction(claim)
        over = [g for where, g in by_doc.get(doc, []) if span and score_claims.overlap(span, where)]
        quantity = claim.get("quantity") or {}
        if over and not any(agrees_strictly(g, quantity) for g in over):
            shown = docs.bytes_of(doc)[span[0]:span[1]].decode("utf-8", "replace")
            wanted = ", ".join(f"{g['num']!r}={g['value']}" for g in over)
            wrong.append(f"{doc}: {shown!r} read as {quantity.get('value')} "
                         f"[{quantity.get('lower')}, {quantity.get('upper')}], the gold says {wanted}")
    return wrong


def predict(cli, corpus):
    files = sorted(glob.glob(os.path.join(corpus, "*.txt")))
    out = subprocess.run([cli, "check", "--format=jsonl", "--fail_on=none"] + files,
                         capture_output=True, text=True, check=False)
    if out.returncode not in (0, 1):
        sys.exit(f"{cli} failed on {corpus}: {out.stderr}")
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def check_can_fail(corpus, gold_lines, predictions):
    """A claim that agrees with its gold line, given ten times its value, is reported."""
    clean = len(wrong_values(corpus, gold_lines, predictions))
    for k, claim in enumerate(predictions):
        spoilt = copy.deepcopy(claim)
        quantity = spoilt.setdefault("quantity", {})
        if quantity.get("value") in (None, 0):
            continue
        for key in ("value", "lower", "upper"):
            if quantity.get(key) is not None:
                quantity[key] = 10 * quantity[key]
        altered = predictions[:k] + [spoilt] + predictions[k + 1:]
        if len(wrong_values(corpus, gold_lines, altered)) > clean:
            return True
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cli", required=True)
    parser.add_argument("sets", nargs="+", help="NAME CORPUS GOLD, repeated")
    args = parser.parse_args()
    if len(args.sets) % 3:
        sys.exit("sets come as NAME CORPUS GOLD triples")
    total, checked = 0, False
    for k in range(0, len(args.sets), 3):
        name, corpus, gold = args.sets[k:k + 3]
        gold_lines = score_claims.read_lines(gold)
        predictions = predict(args.cli, corpus)
        wrong = wrong_values(corpus, gold_lines, predictions)
        print(f"{name}: {len(wrong)} wrong values among {len(predictions)} claims")
        for w in wrong:
            print(f"  WRONG {name} {w}")
        total += len(wrong)
        if not checked:
            checked = True
            if not check_can_fail(corpus, gold_lines, predictions):
                print(f"  FAIL {name}: a value spoilt on purpose was not caught")
                total += 1
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
