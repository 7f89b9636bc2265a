#!/usr/bin/env python3
"""What blind8's gold covers: the links by kind (and how many cross articles), the claims each
article has and how many of them a link uses, then every number of the texts no gold line covers
(../check_gold.py --coverage, called rather than copied).

Usage: python3 tools/coverage.py [fr|en]...   (default both). Standard library only; never fails.
"""
import collections
import json
import os
import sys

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(SET))
import check_gold  # noqa: E402


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def link_kind(link):
    """'revision', 'conflict' or 'not_conflict', the way the README counts them."""
    if link["expect"] != "linked":
        return link["expect"]
    return "revision" if "REVISION" in link.get("kinds", []) else "conflict"


def report(lang):
    gold = read_jsonl(os.path.join(SET, "gold", lang + ".jsonl"))
    links = read_jsonl(os.path.join(SET, "gold", lang + "-links.jsonl"))
    kinds = collections.Counter(link_kind(l) for l in links)
    across = collections.Counter(link_kind(l) for l in links if l["a"]["doc"] != l["b"]["doc"])
    print(f"{lang}: {len(links)} links: " + ", ".join(
        f"{kinds[k]} {k} ({across[k]} across articles)" for k in ("revision", "conflict",
                                                                 "not_conflict")))
    linked = {(l[e]["doc"], l[e]["num"], l[e]["occ"]) for l in links for e in ("a", "b")}
    per_doc = collections.defaultdict(lambda: [0, 0, 0])
    for g in gold:
        row = per_doc[g["doc"]]
        if g.get("minor"):
            row[2] += 1
            continue
        row[0] += 1
        row[1] += (g["doc"], g["num"], g["occ"]) in linked
    for doc in sorted(per_doc):
        claims, in_links, minor = per_doc[doc]
        print(f"  {doc}: {claims} claims ({in_links} in a link), {minor} minor")
    check_gold.HERE = SET
    check_gold.list_uncovered(lang)


def main():
    for lang in sys.argv[1:] or ["fr", "en"]:
        report(lang)


if __name__ == "__main__":
    main()
