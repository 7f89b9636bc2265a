#!/usr/bin/env python3
"""Builds gold/<lang>.jsonl and gold/<lang>-links.jsonl from the annotation sources gold_src/<lang>.py.

Each claim in a source names its number by a context string that holds it between [[ ]], e.g.
"fait désormais état d'au moins [[20]] morts". The context (brackets removed) must occur exactly once
in the article; the claim's byte offset is where the bracketed text sits inside it, and `occ` is the
number of earlier occurrences of that exact string in the article's bytes, counted the way
check_gold.py / score_claims.py search (overlapping, inside longer numbers and dates too).
Annotation is by hand in the sources; this script only turns contexts into occ and writes JSON.

Usage: build_gold.py [LANG...]     (default: fr en)
Standard library only.
"""
import importlib.util
import os
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_lib import find_occ, occ_before, write_jsonl  # noqa: E402

FIELD_ORDER = ["doc", "num", "occ", "minor", "value", "vague_min", "upper", "qualifier", "metric",
               "subject", "source", "location", "unverified", "note"]


def locate(data, doc, ctx):
    if ctx.count("[[") != 1 or ctx.count("]]") != 1:
        raise SystemExit(f"{doc}: context needs exactly one [[...]]: {ctx!r}")
    before, rest = ctx.split("[[")
    num, after = rest.split("]]")
    plain = (before + num + after).encode("utf-8")
    hits, start = [], -1
    while True:
        start = data.find(plain, start + 1)
        if start < 0:
            break
        hits.append(start)
    if len(hits) != 1:
        raise SystemExit(f"{doc}: context found {len(hits)} times: {ctx!r}")
    pos = hits[0] + len(before.encode("utf-8"))
    nb = num.encode("utf-8")
    occ = occ_before(data, nb, pos)
    assert find_occ(data, nb, occ) == pos, (doc, ctx)
    return num, occ


def build(lang):
    spec = importlib.util.spec_from_file_location(f"src_{lang}", os.path.join(HERE, "gold_src", lang + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    corpus = os.path.join(HERE, "corpus", lang)
    docs = {}
    by_id, lines, seen = {}, [], set()
    for c in mod.CLAIMS:
        doc = c["doc"]
        if doc not in docs:
            with open(os.path.join(corpus, doc), "rb") as f:
                docs[doc] = f.read()
        num, occ = locate(docs[doc], doc, c["ctx"])
        if (doc, num, occ) in seen:
            raise SystemExit(f"{doc}: duplicate claim {num!r} occ {occ}")
        seen.add((doc, num, occ))
        out = {"doc": doc, "num": num, "occ": occ}
        for k, v in c.items():
            if k in ("doc", "ctx", "id"):
                continue
            out[k] = list(dict.fromkeys(v)) if isinstance(v, list) else v   # drop repeated names
        if not out.get("minor"):
            for k in ("value", "qualifier", "metric", "subject", "source", "location", "unverified"):
                if k not in out:
                    raise SystemExit(f"{doc}: {num!r} lacks {k}")
        out = {k: out[k] for k in FIELD_ORDER if k in out} | {k: v for k, v in out.items() if k not in FIELD_ORDER}
        lines.append(out)
        if "id" in c:
            if c["id"] in by_id:
                raise SystemExit(f"duplicate id {c['id']}")
            by_id[c["id"]] = out
    # articles in file order, claims in text order within each article
    order = sorted(range(len(lines)), key=lambda i: (lines[i]["doc"],
                   find_occ(docs[lines[i]["doc"]], lines[i]["num"].encode("utf-8"), lines[i]["occ"])))
    write_jsonl(os.path.join(HERE, "gold", lang + ".jsonl"), [lines[i] for i in order])
    links = []
    for link in mod.LINKS:
        out = {"expect": link["expect"]}
        if "kinds" in link:
            out["kinds"] = link["kinds"]
        for end in ("a", "b"):
            g = by_id[link[end]]
            if g.get("minor"):
                raise SystemExit(f"link end {link[end]} is minor")
            out[end] = {"doc": g["doc"], "num": g["num"], "occ": g["occ"]}
        out["note"] = link["note"]
        links.append(out)
    write_jsonl(os.path.join(HERE, "gold", lang + "-links.jsonl"), links)
    major = sum(1 for l in lines if not l.get("minor"))
    print(f"{lang}: {len(docs)} articles annotated, {major} claims, {len(lines) - major} minor, {len(mod.LINKS)} links")


if __name__ == "__main__":
    for lang in sys.argv[1:] or ["fr", "en"]:
        build(lang)
