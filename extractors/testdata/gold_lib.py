"""Writes an annotated set's gold by anchor rather than by hand-counted occ (shared by the sets).

Each claim names its number text (`num`) and an `anchor`, a short stretch of the article that
contains it (the `ai`-th occurrence of that anchor, 0-based). The occ written to the gold is the
number of earlier occurrences of `num` in the file's bytes, counted the way score_claims.py /
check_gold.py count them (overlapping search, inside dates and longer numbers too).
Placeholders: '¤' stands for U+00A0 and '¦' for U+202F in num and anchor.
"""
import json
import os


def find_occ(data, num, occ):
    """Byte offset of the occ-th occurrence (from 0) of bytes `num` in `data`, or -1: searching
    again from one byte past each hit, as the scorers do, so overlapping occurrences count."""
    start = -1
    for _ in range(occ + 1):
        start = data.find(num, start + 1)
        if start < 0:
            return -1
    return start


def occ_before(data, num, pos):
    """How many occurrences of `num` start before byte `pos`: the occ of the one at `pos`."""
    n, start = 0, -1
    while True:
        start = data.find(num, start + 1)
        if start < 0 or start >= pos:
            return n
        n += 1


def write_jsonl(path, rows):
    """One JSON object a line, UTF-8 as written (not \\u-escaped), as every set's gold is."""
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def fix(s):
    return s.replace("¤", "\u00a0").replace("¦", "\u202f")


class Gold:
    def __init__(self, lang, root):
        """`root`: the set's folder, holding corpus/LANG/ and gold/."""
        self.lang = lang
        self.root = root
        self.lines = []
        self.keys = {}
        self.docs = {}

    def data(self, doc):
        if doc not in self.docs:
            with open(os.path.join(self.root, "corpus", self.lang, doc), "rb") as f:
                self.docs[doc] = f.read()
        return self.docs[doc]

    def locate(self, doc, num, anchor, ai):
        data = self.data(doc)
        num_b, anc_b = fix(num).encode(), fix(anchor).encode()
        if num_b not in anc_b:
            raise SystemExit(f"{doc}: {num!r} not inside anchor {anchor!r}")
        p = -1
        for _ in range(ai + 1):
            p = data.find(anc_b, p + 1)
            if p < 0:
                raise SystemExit(f"{doc}: anchor {anchor!r} occurrence {ai} not found")
        pos = p + anc_b.find(num_b)
        occ = occ_before(data, num_b, pos)
        assert find_occ(data, num_b, occ) == pos
        return occ

    def claim(self, doc, num, anchor, value, q, m, subj, src, loc, unv=None, ai=0,
              vmin=None, upper=None, note=None, key=None):
        occ = self.locate(doc, num, anchor, ai)
        g = {"doc": doc, "num": fix(num), "occ": occ, "value": value}
        if vmin is not None:
            g["vague_min"] = vmin
        g.update({"qualifier": q, "metric": m, "subject": subj, "source": src,
                  "location": loc, "unverified": unv})
        if upper is not None:
            g["upper"] = upper
        if note:
            g["note"] = note
        self.lines.append(g)
        if key:
            assert key not in self.keys, key
            self.keys[key] = {"doc": doc, "num": fix(num), "occ": occ}
        return g

    def minor(self, doc, num, anchor, note, ai=0):
        occ = self.locate(doc, num, anchor, ai)
        self.lines.append({"doc": doc, "num": fix(num), "occ": occ, "minor": True, "note": note})

    def write(self, links):
        write_jsonl(os.path.join(self.root, "gold", self.lang + ".jsonl"), self.lines)
        rows = []
        for expect, kinds, a, b, note in links:
            d = {"expect": expect}
            if kinds:
                d["kinds"] = kinds
            d.update({"a": self.keys[a], "b": self.keys[b], "note": note})
            rows.append(d)
        write_jsonl(os.path.join(self.root, "gold", self.lang + "-links.jsonl"), rows)
        major = sum(1 for g in self.lines if not g.get("minor"))
        print(f"{self.lang}: {major} claims, {len(self.lines) - major} minor, {len(links)} links")
