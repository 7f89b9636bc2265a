#!/usr/bin/env python3
"""Lists every digit run or number word in blind7's texts that no gold line (claim or minor) covers.

Usage: coverage.py LANG   (fr or en). Read its output line by line: what it lists should be only
dates, years, times, identifiers, ordinals and "un/une/one" used as an article or pronoun.
"""
import json
import os
import re
import sys

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(SET))
from gold_lib import find_occ  # noqa: E402

WORDS = {
    "fr": ("un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
           "seize vingt trente quarante cinquante soixante cent cents mille million millions "
           "milliard milliards dizaine dizaines douzaine quinzaine vingtaine trentaine quarantaine "
           "cinquantaine soixantaine centaine centaines millier milliers moitié tiers quart"),
    "en": ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
           "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
           "eighty ninety hundred hundreds thousand thousands million millions billion dozen "
           "dozens half quarter single"),
}


def spans(lang):
    """(doc -> list of [start, end) byte spans) for every gold line."""
    out = {}
    with open(os.path.join(SET, "gold", lang + ".jsonl"), encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            with open(os.path.join(SET, "corpus", lang, g["doc"]), "rb") as t:
                data = t.read()
            num = g["num"].encode("utf-8")
            pos = find_occ(data, num, g["occ"])
            out.setdefault(g["doc"], []).append((pos, pos + len(num)))
    return out


def main():
    lang = sys.argv[1] if len(sys.argv) > 1 else "fr"
    covered = spans(lang)
    words = "|".join(sorted(WORDS[lang].split(), key=len, reverse=True))
    token = re.compile(rb"\d+|(?<![\w])(?:" + words.encode() + rb")(?![\w])", re.IGNORECASE)
    folder = os.path.join(SET, "corpus", lang)
    missing = 0
    for doc in sorted(os.listdir(folder)):
        with open(os.path.join(folder, doc), "rb") as f:
            data = f.read()
        for m in token.finditer(data):
            if any(a <= m.start() < b for a, b in covered.get(doc, [])):
                continue
            missing += 1
            ctx = data[max(0, m.start() - 40):m.end() + 40].decode("utf-8", "replace")
            print(f"{doc[:3]} {m.group().decode('utf-8', 'replace')!r:12} | {ctx.replace(chr(10), ' ')}")
    print(f"{lang}: {missing} uncovered", file=sys.stderr)


if __name__ == "__main__":
    main()
