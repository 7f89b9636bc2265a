#!/usr/bin/env bash
# Scores `claimcheck check --format=jsonl` with ../shared/tools/score_claims.py (the scorer the
# project is judged by) on the project's own French and English sets and on the seed articles,
# and fails when a figure falls below the thresholds of issue 3 and 4. The sets written to
# measure text the extractor was not built on (heldout, fresh, blind3, blind4) have lower floors,
# a little under what was measured when they were added: they guard against a change that helps
# the main sets by hurting unseen text.
set -euo pipefail

runfiles="${TEST_SRCDIR}/claimcheck"
cli="$runfiles/tools/claimcheck"
# The workspace is where the runfiles' source links lead; ../shared sits beside it.
workspace=$(cd "$(dirname "$(readlink -f "$runfiles/extractors/testdata/README.md")")/../.." && pwd)
shared="$workspace/../shared"
scorer="$shared/tools/score_claims.py"
if [ ! -f "$scorer" ]; then
  echo "FAIL: the scorer is missing at $scorer (../shared must sit beside the project)" >&2
  exit 1
fi
python=/usr/bin/python3
out="${TEST_TMPDIR:-/tmp}/accuracy"
mkdir -p "$out"

failures=0
# score NAME CORPUS_DIR GOLD LINKS MIN_LINKS MAX_FALSE_CONFLICTS [FLOORS]
# FLOORS: "main" (default, the issues' thresholds) or "unseen".
score() {
  local name=$1 corpus=$2 gold=$3 links=$4 min_links=$5 max_false=$6 floors=${7:-main}
  "$cli" check --format=jsonl --fail_on=none "$corpus"/*.txt > "$out/$name.jsonl"
  "$python" "$scorer" --corpus "$corpus" --gold "$gold" --links "$links" \
    --pred "$out/$name.jsonl" --json > "$out/$name.json"
  "$python" - "$name" "$out/$name.json" "$min_links" "$max_false" "$floors" <<'PY' || failures=$((failures + 1))
import json, sys
name, path, min_links, max_false = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
r = json.load(open(path))
a = r["attributes"]
floors = {"precision": 0.90, "f1": 0.90}
if sys.argv[5] == "unseen":
    attr_floors = {"qualifier": 0.95, "metric": 0.72, "subject": 0.80, "source": 0.72,
                   "location": 0.62, "unverified": 0.40}
else:
    attr_floors = {"qualifier": 0.95, "metric": 0.85, "subject": 0.85, "source": 0.85,
                   "location": 0.80, "unverified": 0.90}
bad = [f"{k}={r[k]} < {v}" for k, v in floors.items() if r[k] < v]
bad += [f"{k}={a[k]} < {v}" for k, v in attr_floors.items() if a[k] is not None and a[k] < v]
if r["links_found"] < min_links:
    bad.append(f"links {r['links_found']}/{r['links_expected']} < {min_links}")
if r["false_conflicts"] > max_false:
    bad.append(f"false conflicts {r['false_conflicts']} > {max_false}")
print(f"{name}: P={r['precision']} R={r['recall']} F1={r['f1']} " +
      " ".join(f"{k}={v}" for k, v in a.items()) +
      f" links={r['links_found']}/{r['links_expected']} false_conflicts={r['false_conflicts']}")
for b in bad:
    print(f"  FAIL {name}: {b}")
sys.exit(1 if bad else 0)
PY
}

testdata="$runfiles/extractors/testdata"
score fr "$testdata/corpus/fr" "$testdata/gold/fr.jsonl" "$testdata/gold/fr-links.jsonl" 5 0
score en "$testdata/corpus/en" "$testdata/gold/en.jsonl" "$testdata/gold/en-links.jsonl" 5 0
score seeds "$shared/corpus/seeds" "$shared/gold/seeds.jsonl" "$shared/gold/seeds-links.jsonl" 1 0
sets=3
for set in heldout fresh blind3 blind4; do
  for lang in fr en; do
    score "$set-$lang" "$testdata/$set/corpus/$lang" "$testdata/$set/gold/$lang.jsonl" \
      "$testdata/$set/gold/$lang-links.jsonl" 0 3 unseen
    sets=$((sets + 1))
  done
done

if [ "$failures" -gt 0 ]; then
  echo "$failures set(s) below the thresholds"
  exit 1
fi
echo "$sets passed, 0 failed"
