#!/usr/bin/env bash
# Lists the annotated sets the accuracy tests score, one a line:
#   NAME CORPUS_DIR GOLD LINKS FLOORS OVERRIDES
# FLOORS is "main" (the sets the extractor was built on: the issues' thresholds) or "unseen"
# (sets written to measure text it was not built on). OVERRIDES is the set's floors.json, or "-":
# a set may raise or lower a floor there (a blind set measured before the work it measures), or
# hold {"skip": "why"} while it must stay unread until its one measurement. Every set under extractors/testdata is
# listed: the main French and English sets, then each folder holding corpus/LANG and
# gold/LANG.jsonl (a set added later is scored without anyone listing it). The seed articles
# (../shared/corpus/seeds) come last when ../shared sits beside the project; otherwise a line on
# stderr says they are skipped.
#
# Usage: annotated_sets.sh TESTDATA_DIR SHARED_DIR
set -euo pipefail
testdata=$1 shared=$2

for lang in fr en; do
  echo "main-$lang $testdata/corpus/$lang $testdata/gold/$lang.jsonl $testdata/gold/$lang-links.jsonl main -"
done
for set in "$testdata"/*/; do
  set=${set%/}
  for lang in fr en; do
    [ -f "$set/gold/$lang.jsonl" ] && [ -d "$set/corpus/$lang" ] || continue
    overrides=-
    [ -f "$set/floors.json" ] && overrides=$set/floors.json
    echo "$(basename "$set")-$lang $set/corpus/$lang $set/gold/$lang.jsonl $set/gold/$lang-links.jsonl unseen $overrides"
  done
done
if [ -f "$shared/gold/seeds.jsonl" ]; then
  echo "seeds $shared/corpus/seeds $shared/gold/seeds.jsonl $shared/gold/seeds-links.jsonl main -"
else
  echo "SKIPPED seeds: the seed articles are not there ($shared/gold/seeds.jsonl: ../shared is not beside the project)" >&2
fi
