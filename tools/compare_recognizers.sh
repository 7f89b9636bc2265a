#!/usr/bin/env bash
# Times the whole `claimcheck extract` process against the npm package
# @microsoft/recognizers-text-suite recognising numbers in the same ~1 MB of French and English
# articles (issue 3: claimcheck must be at least 50x faster). Figures go in docs/PERFORMANCE.md.
#
#   tools/compare_recognizers.sh [TARGET_BYTES]      # default 1048576
#
# The npm package is installed under /tmp/recog at run time, never in the repository. Uses
# hyperfine when installed, else the best of five `date` timings per tool.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
target_bytes="${1:-1048576}"
work="${CLAIMCHECK_PERF_DIR:-/tmp/claimcheck_perf}"
recog="/tmp/recog"

cd "$repo"
bazel build -c opt //tools:claimcheck
claimcheck="$(bazel info -c opt bazel-bin)/tools/claimcheck"

if [[ ! -d "$recog/node_modules/@microsoft/recognizers-text-suite" ]]; then
  mkdir -p "$recog"
  (cd "$recog" && npm init -y >/dev/null && npm install --no-audit --no-fund \
    @microsoft/recognizers-text-suite >/dev/null)
fi

# The corpus: the project's own articles, each copied under fr/ or en/ until the copies hold
# target_bytes. examples/ mixes languages: an article with more " the " than " le|la|les " is English.
language_of() {
  local en fr
  en=$(grep -o -i -w 'the' "$1" | wc -l)
  fr=$(grep -o -i -w -E 'le|la|les|des' "$1" | wc -l)
  if ((en > fr)); then echo en; else echo fr; fi
}
rm -rf "$work/corpus"
mkdir -p "$work/corpus/fr" "$work/corpus/en"
sources=(extractors/testdata/corpus/fr/*.txt extractors/testdata/corpus/en/*.txt)
for f in examples/*.txt examples/*.md; do
  [[ "$(basename "$f")" == README.md ]] || sources+=("$f")
done
total=0
copy=0
while ((total < target_bytes)); do
  copy=$((copy + 1))
  for f in "${sources[@]}"; do
    lang=$(language_of "$f")
    name="$(printf '%03d' "$copy")_$(basename "$f")"
    cp "$f" "$work/corpus/$lang/$name"
    total=$((total + $(stat -c %s "$f")))
  done
done
echo "corpus: $(find "$work/corpus" -type f | wc -l) files, $total bytes under $work/corpus"

extract_cmd="$claimcheck extract --format=jsonl $work/corpus/fr $work/corpus/en"
recog_cmd="env NODE_PATH=$recog/node_modules node $repo/tools/perf/recognize_numbers.js $work/corpus"
echo "claimcheck: $($extract_cmd 2>/dev/null | wc -l) claims"
echo "$($recog_cmd)"

if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --min-runs 5 --export-json "$work/hyperfine.json" \
    -n "claimcheck extract" "$extract_cmd >/dev/null 2>&1" \
    -n "recognizers-text recognizeNumber" "$recog_cmd >/dev/null"
  python3 - "$work/hyperfine.json" <<'PY'
import json, sys
runs = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
ours = runs["claimcheck extract"]
theirs = runs["recognizers-text recognizeNumber"]
print(f"wall: claimcheck {ours['mean']:.3f} s, recognizers-text {theirs['mean']:.3f} s: "
      f"{theirs['mean'] / ours['mean']:.0f}x faster")
# On a shared machine a process's wall time also counts the time others held the core: the
# CPU time (user + system) of each is the fairer ratio there.
cpu = lambda r: r["user"] + r["system"]
print(f"cpu:  claimcheck {cpu(ours):.3f} s, recognizers-text {cpu(theirs):.3f} s: "
      f"{cpu(theirs) / cpu(ours):.0f}x faster")
PY
else
  best() {
    local best_ms="" start end ms
    for _ in 1 2 3 4 5; do
      start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N)
      ms=$(((end - start) / 1000000))
      if [[ -z "$best_ms" ]] || ((ms < best_ms)); then best_ms=$ms; fi
    done
    echo "$best_ms"
  }
  ours=$(best $extract_cmd)
  theirs=$(best $recog_cmd)
  echo "claimcheck ${ours} ms, recognizers-text ${theirs} ms: $((theirs / (ours > 0 ? ours : 1)))x faster"
fi
