#!/usr/bin/env python3
"""Builds gold/*.jsonl of the blind3 set from the hand annotations in gold_fr.py / gold_en.py.

Each annotation names its claim by an anchor: a snippet of the article, unique in the file, that
contains the number expression. The builder finds the anchor, takes the first occurrence of `num`
inside it (or the one given by `nth`), and computes `occ` the way score_claims.py resolves it
(repeated bytes.find from start+1, so earlier occurrences inside longer numbers and words count).
Standard library only. Usage: build_gold.py  (writes ../gold/{fr,en}.jsonl and -links.jsonl)
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.dirname(ROOT))
from gold_lib import find_occ, occ_before, write_jsonl  # noqa: E402


def locate(docs, doc, anchor, num, nth=0):
    data = docs[doc]
    a = anchor.encode("utf-8")
    if data.count(a) != 1:
        raise SystemExit(f"{doc}: anchor {anchor!r} found {data.count(a)} times")
    apos = data.find(a)
    nb = num.encode("utf-8")
    rel = -1
    for _ in range(nth + 1):
        rel = a.find(nb, rel + 1)
        if rel < 0:
            raise SystemExit(f"{doc}: {num!r} not in anchor {anchor!r}")
    return occ_before(data, nb, apos + rel)


def build(lang):
    spec_path = os.path.join(HERE, f"gold_{lang}.py")
    spec = importlib.util.spec_from_file_location(f"gold_{lang}", spec_path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    corpus = os.path.join(ROOT, "corpus", lang)
    docs = {n: open(os.path.join(corpus, n), "rb").read() for n in os.listdir(corpus)}
    keys = {}
    out = []
    seen = set()
    for c in mod.CLAIMS:
        c = dict(c)
        anchor, nth, key = c.pop("anchor"), c.pop("nth", 0), c.pop("key", None)
        occ = locate(docs, c["doc"], anchor, c["num"], nth)
        ident = (c["doc"], c["num"], occ)
        if ident in seen:
            raise SystemExit(f"duplicate claim {ident}")
        seen.add(ident)
        line = {"doc": c.pop("doc"), "num": c.pop("num"), "occ": occ}
        line.update(c)
        out.append(line)
        if key:
            if key in keys:
                raise SystemExit(f"duplicate key {key}")
            keys[key] = {"doc": line["doc"], "num": line["num"], "occ": occ}
    links = []
    for l in mod.LINKS:
        l = dict(l)
        link = {"expect": l["expect"]}
        if "kinds" in l:
            link["kinds"] = l["kinds"]
        link["a"] = keys[l["a"]]
        link["b"] = keys[l["b"]]
        link["note"] = l["note"]
        links.append(link)
    # order claims by document then byte position, as a reader meets them
    out.sort(key=lambda line: (line["doc"], find_occ(docs[line["doc"]], line["num"].encode("utf-8"),
                                                     line["occ"])))
    gold_dir = os.path.join(ROOT, "gold")
    write_jsonl(os.path.join(gold_dir, f"{lang}.jsonl"), out)
    write_jsonl(os.path.join(gold_dir, f"{lang}-links.jsonl"), links)
    major = sum(1 for l in out if not l.get("minor"))
    print(f"{lang}: {major} claims, {len(out) - major} minor, {len(links)} links")


if __name__ == "__main__":
    for lang in sys.argv[1:] or ["fr", "en"]:
        build(lang)
