#!/usr/bin/env python3
"""claimcheck's own accuracy scorer: claims predicted (JSON lines) against a hand-annotated gold.

Usage:
  tests/score_claims.py --corpus DIR --gold GOLD.jsonl [--links LINKS.jsonl] --pred PRED.jsonl
                        [--json] [--verbose]

Reads the gold format of extractors/testdata/README.md (the one ../shared/gold uses) and gives the
figures ../shared/tools/score_claims.py gives; tests/scorer_agreement_test.sh checks that on every
annotated set whenever ../shared is beside the project. What is measured:

- Detection. A gold line names a number by its text (`num`) and which occurrence of that text in
  the document's bytes it is (`occ`, from 0, overlapping occurrences and those inside longer
  numbers counted). A predicted claim (`claimcheck check --format=jsonl`: keys snake_case or
  lowerCamelCase, enum names with or without their type's prefix) of the same document, the
  basename of its `article_id`, matches the first gold line, in gold order, whose bytes its
  `number_span` overlaps and whose value it agrees with (`value` within 1e-6; for a vague amount,
  `lower`, else `value`, at least half of `vague_min`); each prediction matches once. Predictions
  over a `minor` gold line are not counted; any other unmatched one is a false positive.
- Attributes of each matched claim: qualifier and metric (one of the gold's names), subject
  (`subject`/`subject_text` contains a gold name), source (`source.text`/`canonical_id` contains
  one; a gold `[]` wants no speaker), location (when the gold gives one), unverified (when the gold says
  true or false: an UNVERIFIED flag or not). Names compare folded: no accents, lower case, straight
  apostrophes, single spaces.
- Links: a `linked` pair is found when either claim (the first prediction over each gold end) has
  a flag of one of the link's kinds naming the other; a `not_conflict` pair counts as a false
  conflict when they are linked by CONFLICT, REVISION or INCONSISTENT.

Standard library only.
"""
import argparse
import json
import math
import os
import re
import sys
import unicodedata

ATTRIBUTES = ("qualifier", "metric", "subject", "source", "location", "unverified")
CONTESTED = ("CONFLICT", "REVISION", "INCONSISTENT")


def read_lines(path):
    """The JSON objects of a .jsonl file; stops the program on a line that is not JSON."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as error:
                sys.exit(f"{path}:{number}: not JSON: {error}")
    return rows


def snake_case(value):
    """`value` with every object key in snake_case: numberSpan -> number_span."""
    if isinstance(value, list):
        return [snake_case(v) for v in value]
    if not isinstance(value, dict):
        return value
    return {re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", k).lower(): snake_case(v)
            for k, v in value.items()}


def as_float(value):
    """A JSON number, or Protobuf's "Infinity"/"-Infinity"/"1.5" strings; None otherwise."""
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value)
    if text in ("Infinity", "+Infinity"):
        return math.inf
    if text == "-Infinity":
        return -math.inf
    try:
        return float(text)
    except ValueError:
        return None


def folded(text):
    text = unicodedata.normalize("NFKD", str(text or ""))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u02bc", "'").lower()
    return re.sub(r"\s+", " ", text).strip()


def names_any(texts, wanted):
    """True when a folded `wanted` name is inside the folded, joined `texts`."""
    haystack = " | ".join(folded(t) for t in texts if t)
    return any(folded(name) in haystack for name in wanted)


def enum_in(name, wanted):
    name = str(name or "").upper()
    return any(name == w or name.endswith("_" + w) for w in wanted)


class Documents:
    """The gold documents' bytes, read once, and where a gold reference points in them."""

    def __init__(self, folder):
        self.folder = folder
        self.cache = {}

    def bytes_of(self, doc):
        if doc not in self.cache:
            with open(os.path.join(self.folder, doc), "rb") as f:
                self.cache[doc] = f.read()
        return self.cache[doc]

    def span_of(self, ref):
        data, needle = self.bytes_of(ref["doc"]), ref["num"].encode("utf-8")
        at = -1
        for _ in range(ref.get("occ", 0) + 1):
            at = data.find(needle, at + 1)
            if at < 0:
                sys.exit(f"gold: {ref['num']!r} occurrence {ref.get('occ', 0)} not in {ref['doc']}")
        return at, at + len(needle)


def span_of_prediction(claim):
    span = claim.get("number_span") or claim.get("span") or {}
    start, end = as_float(span.get("start")), as_float(span.get("end"))
    return None if start is None or end is None else (int(start), int(end))


def overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]


def agrees(gold, quantity):
    if "vague_min" in gold:
        lower = as_float(quantity.get("lower"))
        probe = lower if lower is not None else as_float(quantity.get("value"))
        return probe is not None and probe >= gold["vague_min"] * 0.5
    value = as_float(quantity.get("value"))
    return value is not None and abs(value - gold["value"]) < 1e-6


def judge(gold, claim):
    """{attribute: right?} for a matched claim, over the attributes the gold line decides."""
    quantity, source = claim.get("quantity") or {}, claim.get("source") or {}
    location = claim.get("location") or {}
    if isinstance(location, str):
        location = {"text": location}
    speaker = [source.get("text"), source.get("canonical_id")]
    verdict = {
        "qualifier": enum_in(quantity.get("qualifier"), gold["qualifier"]),
        "metric": enum_in(claim.get("metric"), gold["metric"]),
        "subject": names_any([claim.get("subject"), claim.get("subject_text")], gold["subject"]),
        # A gold [] is the article's own voice: right only when no speaker is named.
        "source": names_any(speaker, gold["source"]) if gold["source"] else not any(speaker),
    }
    if gold.get("location"):
        verdict["location"] = names_any([location.get("text"), location.get("canonical")],
                                        gold["location"])
    if gold.get("unverified") is not None:
        flagged = any(enum_in(f.get("kind", ""), ["UNVERIFIED"]) for f in claim.get("flags") or [])
        verdict["unverified"] = flagged == gold["unverified"]
    return verdict


def linked(a, b, kinds):
    for one, other in ((a, b), (b, a)):
        for flag in one.get("flags") or []:
            related = [str(r) for r in flag.get("related_claim_ids") or []]
            if enum_in(flag.get("kind"), kinds) and str(other.get("id")) in related:
                return True
    return False


def evaluate(corpus, gold, links, predictions):
    """The figures and, in order, every miss and false positive (for --verbose)."""
    docs = Documents(corpus)
    golden = {g["doc"] for g in gold}
    per_doc = {}
    for claim in predictions:
        doc = os.path.basename(str(claim.get("article_id", "")))
        if doc in golden:
            per_doc.setdefault(doc, []).append(claim)
    major = [g for g in gold if not g.get("minor")]
    optional = {}
    for g in gold:
        if g.get("minor"):
            optional.setdefault(g["doc"], []).append(docs.span_of(g))

    match, taken = {}, set()
    for index, g in enumerate(major):
        where = docs.span_of(g)
        for claim in per_doc.get(g["doc"], []):
            span = span_of_prediction(claim)
            if (span and id(claim) not in taken and overlap(span, where)
                    and agrees(g, claim.get("quantity") or {})):
                match[index] = claim
                taken.add(id(claim))
                break

    counted, false_positives = 0, []
    for doc, claims in per_doc.items():
        for claim in claims:
            span = span_of_prediction(claim)
            over_minor = span and any(overlap(span, o) for o in optional.get(doc, []))
            if id(claim) not in taken and over_minor:
                continue
            counted += 1
            if id(claim) not in taken:
                shown = (docs.bytes_of(doc)[span[0]:span[1]].decode("utf-8", "replace")
                         if span else "?")
                false_positives.append(f"{doc} {shown!r} at {span}")

    notes, tally = [], {a: [0, 0] for a in ATTRIBUTES}
    for index, g in enumerate(major):
        if index not in match:
            notes.append(f"missed {g['doc']} {g['num']!r}")
            continue
        for attribute, right in judge(g, match[index]).items():
            tally[attribute][0] += right
            tally[attribute][1] += 1
            if not right:
                notes.append(f"wrong {attribute}: {g['doc']} {g['num']!r}")

    def prediction_over(ref):
        where = docs.span_of(ref)
        return next((c for c in per_doc.get(ref["doc"], [])
                     if span_of_prediction(c) and overlap(span_of_prediction(c), where)), None)

    wanted = [l for l in links if l["expect"] == "linked"]
    found = 0
    for link in wanted:
        a, b = prediction_over(link["a"]), prediction_over(link["b"])
        if a and b and linked(a, b, link["kinds"]):
            found += 1
        else:
            notes.append(f"link missing: {link['note']}")
    false_conflicts = 0
    for link in (l for l in links if l["expect"] == "not_conflict"):
        a, b = prediction_over(link["a"]), prediction_over(link["b"])
        if a and b and linked(a, b, list(CONTESTED)):
            false_conflicts += 1
            notes.append(f"false conflict: {link['note']}")

    matched = len(match)
    precision = matched / counted if counted else 0.0
    recall = matched / len(major) if major else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    figures = {
        "gold": len(major), "predicted": counted, "matched": matched,
        "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
        "attributes": {a: round(right / total, 3) if total else None
                       for a, (right, total) in tally.items()},
        "links_expected": len(wanted), "links_found": found, "false_conflicts": false_conflicts,
    }
    exact = {"precision": precision, "recall": recall, "f1": f1}
    return figures, exact, notes + [f"false positive: {x}" for x in false_positives]


def report(figures, exact, notes, as_json, verbose):
    if verbose:
        for line in notes:
            print(line)
    if as_json:
        print(json.dumps(figures))
        return
    a = figures["attributes"]
    print(f"detection: P={exact['precision']:.3f} R={exact['recall']:.3f} F1={exact['f1']:.3f} "
          f"({figures['matched']}/{figures['gold']} gold, {figures['predicted']} predicted)")
    print("attributes: " + " ".join(f"{k}={v}" for k, v in a.items()))
    print(f"links: {figures['links_found']}/{figures['links_expected']} expected, "
          f"{figures['false_conflicts']} false conflicts")
    print(f"summary: F1={exact['f1']:.3f} source={a['source']} metric={a['metric']} "
          f"qualifier={a['qualifier']} links={figures['links_found']}/{figures['links_expected']} "
          f"false_conflicts={figures['false_conflicts']}")


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", required=True, help="folder holding the gold documents")
    parser.add_argument("--gold", required=True)
    parser.add_argument("--links", help="expected and forbidden links between claims")
    parser.add_argument("--pred", required=True)
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--verbose", action="store_true", help="list every miss and false positive")
    args = parser.parse_args()
    gold = read_lines(args.gold)
    links = read_lines(args.links) if args.links else []
    predictions = [snake_case(p) for p in read_lines(args.pred)]
    report(*evaluate(args.corpus, gold, links, predictions), args.json, args.verbose)


if __name__ == "__main__":
    main()
