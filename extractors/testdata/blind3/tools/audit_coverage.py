#!/usr/bin/env python3
"""Lists number-looking spans of each article that no gold line (major or minor) covers, to catch
claims forgotten by the annotator. Dates, times and identifiers show up too: read, don't obey."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORDS = (r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|"
         r"trente|quarante|cinquante|soixante|cent|mille|million|milliard|dizaine|centaine|millier|"
         r"quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|moitié|tiers|"
         r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
         r"sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|handful")
PAT = re.compile(r"\d[\d\s\u00a0\u202f.,]*\d|\d|\b(?:" + WORDS + r")\w*", re.I)
for lang in sys.argv[1:] or ["fr", "en"]:
    corpus = os.path.join(ROOT, "corpus", lang)
    spans = {}
    for line in open(os.path.join(ROOT, "gold", lang + ".jsonl"), encoding="utf-8"):
        g = json.loads(line)
        data = open(os.path.join(corpus, g["doc"]), "rb").read()
        nb = g["num"].encode(); s = -1
        for _ in range(g["occ"] + 1):
            s = data.find(nb, s + 1)
        spans.setdefault(g["doc"], []).append((s, s + len(nb)))
    for doc in sorted(os.listdir(corpus)):
        data = open(os.path.join(corpus, doc), "rb").read()
        text = data.decode()
        for m in PAT.finditer(text):
            b0 = len(text[:m.start()].encode()); b1 = len(text[:m.end()].encode())
            if any(a < b1 and b0 < b for a, b in spans.get(doc, [])):
                continue
            ctx = text[max(0, m.start() - 40):m.end() + 30].replace("\n", " ")
            print(f"{lang} {doc[:3]} [{m.group()}] ... {ctx}")
