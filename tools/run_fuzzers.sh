#!/bin/bash
# Builds (tools/build_fuzzers.sh) and runs every libFuzzer target in fuzz/, one at a time.
#
#   tools/run_fuzzers.sh [SECONDS_PER_TARGET] [TARGET...]   # default: 30 s, every target
#   tools/run_fuzzers.sh --list                              # the targets, one a line
#
# Each target starts from its seed corpus fuzz/corpus/<target>/ (read only: new inputs go to a
# scratch corpus under $FUZZ_OUT, default /tmp/claimcheck-fuzz-<checkout hash>), with the
# dictionary fuzz/<target>.dict when there is one (make_seeds.py writes them). A finding (crash,
# sanitizer report, broken contract, leak, timeout > 10 s per input) stops the run with a non-zero status
# and leaves the input in $FUZZ_OUT/artifacts/; keep it in fuzz/corpus/<target>/ and add a
# regression test beside the code it fixes. FUZZ_SKIP_BUILD=1 reuses the last build. FUZZ_JOBS
# (default 1) compiles that many files and runs that many targets at once.
set -euo pipefail
cd "$(dirname "$0")/.."
ALL_TARGETS=(extractor_fuzzer article_reader_fuzzer service_fuzzer stream_fuzzer store_recovery_fuzzer)
if [ "${1:-}" = --list ]; then
  printf '%s\n' "${ALL_TARGETS[@]}"
  exit 0
fi
SECONDS_PER_TARGET="${1:-30}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=("${ALL_TARGETS[@]}")
OUT="${FUZZ_OUT:-/tmp/claimcheck-fuzz-$(pwd | md5sum | cut -c1-8)}"
[ "${FUZZ_SKIP_BUILD:-0}" = 1 ] || tools/build_fuzzers.sh "$OUT"
export CLAIMCHECK_LEXICONS="$PWD/extractors/lexicons"
mkdir -p "$OUT/artifacts"
# Runs one target for its time; its output goes to standard output, or to `$2` when given.
fuzz_one() {
  local target=$1
  mkdir -p "$OUT/corpus/$target"
  local dict=()
  [ -f "fuzz/$target.dict" ] && dict=(-dict="fuzz/$target.dict")
  "$OUT/$target" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 \
    -max_len=8192 -print_final_stats=1 -artifact_prefix="$OUT/artifacts/$target-" "${dict[@]}" \
    "$OUT/corpus/$target" "fuzz/corpus/$target" > "${2:-/dev/stdout}" 2>&1
}

# FUZZ_JOBS targets run at once (each is one process); their logs are printed whole, in order.
JOBS="${FUZZ_JOBS:-1}"
if [ "$JOBS" -le 1 ]; then
  for target in "${TARGETS[@]}"; do
    echo "== $target: ${SECONDS_PER_TARGET}s"
    fuzz_one "$target"
  done
  exit 0
fi
mkdir -p "$OUT/logs"
declare -A pid_of
failed=0
for target in "${TARGETS[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do wait -n || true; done
  fuzz_one "$target" "$OUT/logs/$target.log" &
  pid_of[$target]=$!
done
for target in "${TARGETS[@]}"; do
  status=0
  wait "${pid_of[$target]}" || status=$?
  echo "== $target: ${SECONDS_PER_TARGET}s (exit $status)"
  cat "$OUT/logs/$target.log"
  [ "$status" -eq 0 ] || failed=1
done
exit "$failed"
