#!/usr/bin/env bash
# No wrong value on any annotated set (tests/annotated_sets.sh: the main sets, every set under
# extractors/testdata, the seed articles when ../shared is beside the project): every claim
# `claimcheck check` gives over a gold number states that number's value (tests/wrong_values.py).
# A set whose floors.json holds {"skip": ...} stays unread, as in the accuracy test.
set -euo pipefail

runfiles="${TEST_SRCDIR}/claimcheck"
workspace=$(cd "$(dirname "$(readlink -f "$runfiles/extractors/testdata/README.md")")/../.." && pwd)
python=/usr/bin/python3

sets=()
while read -r name corpus gold links floors overrides; do
  if [ "$overrides" != - ] && skip=$("$python" -c 'import json,sys; print(json.load(open(sys.argv[1])).get("skip",""))' "$overrides") && [ -n "$skip" ]; then
    echo "SKIPPED $name: $skip"
    continue
  fi
  sets+=("$name" "$corpus" "$gold")
done < <(bash "$runfiles/tests/annotated_sets.sh" "$runfiles/extractors/testdata" "$workspace/../shared")

exec "$python" "$runfiles/tests/wrong_values.py" --cli "$runfiles/tools/claimcheck" "${sets[@]}"
