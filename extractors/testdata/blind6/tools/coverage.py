#!/usr/bin/env python3
"""Lists every digit run or number word in blind6's texts that no gold line (claim or minor) covers.

Usage: coverage.py fr|en
What it prints should be only dates, times, years, identifiers, ordinals and "un/une/a/one" used
as an article: read each line and decide.
"""
import json
import os
import re
import sys

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORDS = {
    "fr": r"un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|"
          r"quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mille|million|"
          r"millions|milliard|milliards|douzaine|dizaine|dizaines|vingtaine|trentaine|quarantaine|"
          r"cinquantaine|centaine|centaines|milliers|moitié|double|tiers|quart",
    "en": r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
          r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
          r"eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|"
          r"dozens|half|double|third|quarter|sixth|score",
}


def spans(lang):
    """Byte spans of every gold line, per document."""
    out = {}
    with open(os.path.join(SET, "gold", lang + ".jsonl"), encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            path = os.path.join(SET, "corpus", lang, g["doc"])
            data = open(path, "rb").read()
            needle = g["num"].encode()
            p = -1
            for _ in range(g["occ"] + 1):
                p = data.find(needle, p + 1)
            out.setdefault(g["doc"], []).append((p, p + len(needle)))
    return out


def main():
    lang = sys.argv[1]
    covered = spans(lang)
    pattern = re.compile(r"\d+|\b(?:%s)\b" % WORDS[lang], re.IGNORECASE)
    folder = os.path.join(SET, "corpus", lang)
    for doc in sorted(os.listdir(folder)):
        data = open(os.path.join(folder, doc), "rb").read()
        text = data.decode("utf-8")
        for m in pattern.finditer(text):
            start = len(text[:m.start()].encode())
            end = start + len(m.group().encode())
            if any(s < end and start < e for s, e in covered.get(doc, [])):
                continue
            ctx = text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
            print(f"{doc[:3]} {m.group()!r:>12} | {ctx}")


if __name__ == "__main__":
    main()
