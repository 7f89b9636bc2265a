#!/usr/bin/env python3
"""Checks the annotated test sets mechanically, before any extractor sees them.

Usage: check_gold.py [--show] [--coverage] [--set=DIR] [LANG...]   (LANG: fr, en; default both;
       DIR: a set laid out like this folder, e.g. heldout or fresh; default this folder)

For each gold line: the number text occurs `occ` times over in the article's bytes (counted the way
tests/score_claims.py and ../shared/tools/score_claims.py count), the fields have the types and enum names the scorer
expects, and a vague amount's floor is not above its value. For each link: both ends are major gold
claims. For each article: an optional first line ` date YYYY-MM-DD `. --show prints every claim
in its context so a reviewer can read the annotation against the text. --coverage lists instead
every digit run or number word of the texts that no gold line (claim or minor) covers, to catch a
forgotten claim: what it lists should be only dates, years, times, identifiers, ordinals and "un",
"une", "one" used as an article; read each line and decide (it never fails).
Exit status 1 on any problem. Standard library only.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_lib import find_occ  # noqa: E402  (the search the scorers make)

HERE = os.path.dirname(os.path.abspath(__file__))  # --set replaces it
QUALIFIERS = {"EXACT", "AT_LEAST", "MORE_THAN", "AT_MOST", "LESS_THAN", "APPROXIMATE", "RANGE", "VAGUE"}
METRICS = {"KILLED", "WOUNDED", "MISSING", "DETAINED", "DISPLACED", "AFFECTED", "LAUNCHED", "ATTACKED",
           "DESTROYED", "DEPLOYED", "OTHER", "CASUALTIES", "PARTICIPATED"}
DATE_LINE = re.compile(rb"^ date \d{4}-\d{2}-\d{2} \S")
# Number words --coverage looks for (the union of what the sets' own scripts looked for).
NUMBER_WORDS = {
    "fr": "un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
          "seize vingt trente quarante cinquante soixante cent cents mille million millions "
          "milliard milliards dizaine dizaines douzaine quinzaine vingtaine trentaine quarantaine "
          "cinquantaine soixantaine centaine centaines millier milliers moitié double tiers quart",
    "en": "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
          "eighty ninety hundred hundreds thousand thousands million millions billion billions "
          "trillion dozen dozens score half double twice third quarter handful single",
}


def check_language(lang, show):
    corpus = os.path.join(HERE, "corpus", lang)
    problems = []
    docs = {}
    for name in sorted(os.listdir(corpus)):
        with open(os.path.join(corpus, name), "rb") as f:
            docs[name] = f.read()
        data = docs[name]
        if data.startswith(b" date") and not DATE_LINE.match(data):
            problems.append(f"{name}: malformed date line")
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as e:
            problems.append(f"{name}: not UTF-8: {e}")

    def resolve(ref, where):
        data = docs.get(ref.get("doc"))
        if data is None:
            problems.append(f"{where}: no article {ref.get('doc')!r}")
            return None
        pos = find_occ(data, ref["num"].encode("utf-8"), ref.get("occ", 0))
        if pos < 0:
            problems.append(f"{where}: {ref['num']!r} occurrence {ref.get('occ', 0)} not in {ref['doc']}")
            return None
        return pos

    major_keys, counts = set(), {"major": 0, "minor": 0}
    with open(os.path.join(HERE, "gold", lang + ".jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = f"gold/{lang}.jsonl:{n}"
            g = json.loads(line)
            pos = resolve(g, where)
            if g.get("minor"):
                counts["minor"] += 1
                continue
            counts["major"] += 1
            major_keys.add((g["doc"], g["num"], g["occ"]))
            if not isinstance(g.get("value"), (int, float)):
                problems.append(f"{where}: value is not a number")
            if "vague_min" in g and not g["vague_min"] <= g["value"]:
                problems.append(f"{where}: vague_min above value")
            if not g.get("qualifier") or not set(g["qualifier"]) <= QUALIFIERS:
                problems.append(f"{where}: bad qualifier {g.get('qualifier')}")
            if not g.get("metric") or not set(g["metric"]) <= METRICS:
                problems.append(f"{where}: bad metric {g.get('metric')}")
            if not g.get("subject"):
                problems.append(f"{where}: no subject")
            if not isinstance(g.get("source"), list):
                problems.append(f"{where}: source must be a list")
            if g.get("location") is not None and not g["location"]:
                problems.append(f"{where}: empty location list (use null)")
            if g.get("unverified") not in (True, False, None):
                problems.append(f"{where}: unverified must be true, false or null")
            if show and pos is not None:
                data = docs[g["doc"]]
                end = pos + len(g["num"].encode("utf-8"))
                context = (data[max(0, pos - 60):pos] + b"[[" + data[pos:end] + b"]]" + data[end:end + 60])
                print(f"{g['doc'][:3]} {'/'.join(g['qualifier'])} {'/'.join(g['metric'])} "
                      f"{g['subject'][0]} <{(g['source'] or ['-'])[0]}> "
                      f"{'UNVERIFIED ' if g.get('unverified') else ''}| "
                      + context.decode("utf-8", "replace").replace("\n", " "))

    links_path = os.path.join(HERE, "gold", lang + "-links.jsonl")
    with open(links_path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            link = json.loads(line)
            for end in ("a", "b"):
                ref = link[end]
                resolve(ref, f"gold/{lang}-links.jsonl:{n}")
                if (ref["doc"], ref["num"], ref.get("occ", 0)) not in major_keys:
                    problems.append(f"gold/{lang}-links.jsonl:{n}: {end} is not a major gold claim")

    for p in problems:
        print(p, file=sys.stderr)
    print(f"{lang}: {len(docs)} articles, {counts['major']} claims, {counts['minor']} minor, "
          f"{len(problems)} problems")
    return not problems


def list_uncovered(lang):
    """Prints each number-looking span of `lang`'s texts that no gold line covers."""
    corpus = os.path.join(HERE, "corpus", lang)
    covered = {}
    with open(os.path.join(HERE, "gold", lang + ".jsonl"), encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            with open(os.path.join(corpus, g["doc"]), "rb") as t:
                num = g["num"].encode("utf-8")
                start = find_occ(t.read(), num, g["occ"])
            covered.setdefault(g["doc"], []).append((start, start + len(num)))
    words = sorted(NUMBER_WORDS[lang].split(), key=len, reverse=True)
    token = re.compile(rb"\d+|(?<!\w)(?:" + "|".join(words).encode() + rb")(?!\w)", re.I)
    listed = 0
    for doc in sorted(os.listdir(corpus)):
        with open(os.path.join(corpus, doc), "rb") as t:
            data = t.read()
        for m in token.finditer(data):
            if any(a < m.end() and m.start() < b for a, b in covered.get(doc, [])):
                continue
            listed += 1
            context = data[max(0, m.start() - 40):m.end() + 40].decode("utf-8", "replace")
            print(f"{doc[:3]} {m.group().decode('utf-8', 'replace')!r:>14} | "
                  + context.replace("\n", " "))
    print(f"{lang}: {listed} spans no gold line covers")


def main():
    global HERE
    args = sys.argv[1:]
    show = "--show" in args
    for a in args:
        if a.startswith("--set="):
            HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), a[len("--set="):])
    langs = [a for a in args if not a.startswith("--")] or ["fr", "en"]
    if "--coverage" in args:
        for lang in langs:
            list_uncovered(lang)
        return
    ok = all([check_language(lang, show) for lang in langs])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
