#!/usr/bin/env python3
"""Lists the number-looking spans of a language's articles that no gold line covers.

Usage: coverage.py LANG   (after tools/gold_LANG.py has written gold/LANG.jsonl)
Every span it prints should be a date, a time, an ordinal, an identifier, a phone number or a
word that is not a count ("un" as an article, "second reading"): read each one.
"""
import json
import os
import re
import sys

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORDS = {
    "fr": r"un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|trente|quarante|"
          r"cinquante|soixante|cent|cents|mille|million|millions|milliers|centaines|dizaines|"
          r"douzaine|vingtaine|trentaine|moitié|double|tiers|quart",
    "en": r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
          r"hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|half|double|twice|third",
}


def main():
    lang = sys.argv[1]
    pattern = re.compile(r"\d[\d.,\u00a0\u202f ]*\d|\d|\b(?:%s)\b" % WORDS[lang], re.IGNORECASE)
    spans = {}
    with open(os.path.join(SET, "gold", lang + ".jsonl"), encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            data = open(os.path.join(SET, "corpus", lang, g["doc"]), "rb").read()
            start = -1
            for _ in range(g["occ"] + 1):
                start = data.find(g["num"].encode(), start + 1)
            spans.setdefault(g["doc"], []).append((start, start + len(g["num"].encode())))
    for doc in sorted(os.listdir(os.path.join(SET, "corpus", lang))):
        data = open(os.path.join(SET, "corpus", lang, doc), "rb").read()
        text = data.decode("utf-8")
        for m in pattern.finditer(text):
            s = len(text[:m.start()].encode())
            e = s + len(m.group().encode())
            if not any(a < e and s < b for a, b in spans.get(doc, [])):
                ctx = text[max(0, m.start() - 30):m.end() + 20].replace("\n", " ")
                print(f"{doc[:3]} {m.group()!r:16} | {ctx}")


if __name__ == "__main__":
    main()
