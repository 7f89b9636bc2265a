#!/usr/bin/env python3
"""Lists number expressions in the articles that no gold line (major or minor) covers, so the
annotator can confirm each one is a deliberate non-claim (date, time, identifier, phone...).
Usage: coverage.py LANG"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
lang = sys.argv[1]
WORDS = {
 "fr": r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille|million|milliard|dizaine|vingtaine|trentaine|quinzaine|centaine|millier|quarantaine|cinquantaine|soixantaine|plusieurs|tiers|moitié",
 "en": r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|dozens|hundreds|thousands|several|half|quarter",
}[lang]
pat = re.compile(r"\d+|\b(?:%s)\w*" % WORDS, re.I)
gold = [json.loads(l) for l in open(os.path.join(HERE, "gold", lang + ".jsonl"), encoding="utf-8")]
def find_occ(data, num, occ):
    start = -1
    for _ in range(occ + 1):
        start = data.find(num, start + 1)
        if start < 0: return -1
    return start
spans = {}
for g in gold:
    data = open(os.path.join(HERE, "corpus", lang, g["doc"]), encoding="utf-8").read()
    p = find_occ(data, g["num"], g["occ"])   # char offsets (str.find) – same order as bytes
    spans.setdefault(g["doc"], []).append((p, p + len(g["num"])))
for doc in sorted(os.listdir(os.path.join(HERE, "corpus", lang))):
    data = open(os.path.join(HERE, "corpus", lang, doc), encoding="utf-8").read()
    for m in pat.finditer(data):
        if any(a <= m.start() < b for a, b in spans.get(doc, [])):
            continue
        ctx = data[max(0, m.start() - 35):m.end() + 25].replace("\n", " ")
        print(f"{doc[:3]} {m.group()!r:14} | {ctx}")
