#!/usr/bin/env bash
# tests/score_claims.py gives the figures ../shared/tools/score_claims.py gives (the scorer the
# project is judged by), byte for byte, in --json and --verbose output: on every annotated set
# (tests/annotated_sets.sh), for claimcheck's own predictions and for the same predictions
# disturbed (lowerCamelCase keys, prefixed enum names, missing spans, moved values, repeated
# claims, flags dropped), so that every branch of both is compared. Without ../shared beside the
# project there is nothing to compare with: it says so and passes.
set -euo pipefail

runfiles="${TEST_SRCDIR}/claimcheck"
cli="$runfiles/tools/claimcheck"
workspace=$(cd "$(dirname "$(readlink -f "$runfiles/extractors/testdata/README.md")")/../.." && pwd)
shared="$workspace/../shared"
reference="$shared/tools/score_claims.py"
if [ ! -f "$reference" ]; then
  echo "SKIPPED: no reference scorer at $reference (../shared is not beside the project)"
  exit 0
fi
python=/usr/bin/python3
out="${TEST_TMPDIR:-/tmp}/agreement"
mkdir -p "$out"

compared=0 differ=0
while read -r name corpus gold links _; do
  "$cli" check --format=jsonl --fail_on=none "$corpus"/*.txt > "$out/$name.jsonl" 2>/dev/null
  "$python" - "$out/$name.jsonl" > "$out/$name-disturbed.jsonl" <<'PY'
import json, re, sys
camel = lambda k: re.sub(r"_([a-z])", lambda m: m.group(1).upper(), k)
def camel_keys(v):
    if isinstance(v, dict):
        return {camel(k): camel_keys(x) for k, x in v.items()}
    return [camel_keys(x) for x in v] if isinstance(v, list) else v
for n, line in enumerate(open(sys.argv[1], encoding="utf-8")):
    c = json.loads(line)
    if n % 3 == 0:
        c["metric"] = "METRIC_" + c.get("metric", "")
        c.setdefault("quantity", {})["qualifier"] = "QUALIFIER_" + c["quantity"].get("qualifier", "")
    if n % 7 == 1:
        c.pop("number_span", None)
    if n % 5 == 2 and "quantity" in c:
        c["quantity"]["value"] = c["quantity"].get("value", 0) + 1
    if n % 11 == 3:
        c["flags"] = []
    if n % 4 == 0:
        c = camel_keys(c)
    print(json.dumps(c, ensure_ascii=False))
    if n % 9 == 4:
        print(json.dumps(c, ensure_ascii=False))
PY
  for pred in "$out/$name.jsonl" "$out/$name-disturbed.jsonl"; do
    for mode in --json --verbose; do
      args=(--corpus "$corpus" --gold "$gold" --links "$links" --pred "$pred" "$mode")
      "$python" "$reference" "${args[@]}" > "$out/reference.txt"
      "$python" "$runfiles/tests/score_claims.py" "${args[@]}" > "$out/ours.txt"
      compared=$((compared + 1))
      if ! cmp -s "$out/reference.txt" "$out/ours.txt"; then
        differ=$((differ + 1))
        echo "FAIL $name $(basename "$pred") $mode: the scorers disagree"
        diff "$out/reference.txt" "$out/ours.txt" | head -20
      fi
    done
  done
  echo "$name: $(grep -c . "$out/$name.jsonl") claims, scored alike"
done < <(bash "$runfiles/tests/annotated_sets.sh" "$runfiles/extractors/testdata" "$shared")

echo "$compared comparisons, $differ differ"
[ "$differ" -eq 0 ]
