#!/bin/bash
# clang-tidy (Debian's clang-tidy-14) over claimcheck's own .cc files, with the checks in
# .clang-tidy. Generated proto code is not checked (it is not in git).
#
#   tools/clang_tidy.sh              # every tracked .cc file
#   tools/clang_tidy.sh a.cc b.cc    # just these
#
# Exits non-zero on any finding (.clang-tidy makes every warning an error). TIDY_JOBS (default 1)
# sets how many files are checked at once.
set -euo pipefail
cd "$(dirname "$0")/.."
GEN="${TIDY_GEN:-/tmp/claimcheck-tidy/gen}"
PROTO=proto/claimcheck/v1/claimcheck.proto
mkdir -p "$GEN"
if [ ! "$GEN/claimcheck/v1/claimcheck.pb.h" -nt "$PROTO" ]; then
  protoc -Iproto --cpp_out="$GEN" --grpc_out="$GEN" \
    --plugin=protoc-gen-grpc="$(command -v grpc_cpp_plugin)" "$PROTO"
fi
if [ $# -gt 0 ]; then FILES=("$@"); else mapfile -t FILES < <(git ls-files '*.cc'); fi
export GEN
printf '%s\n' "${FILES[@]}" | xargs -P "${TIDY_JOBS:-1}" -I{} \
  clang-tidy-14 --quiet {} -- -std=c++17 -I. -I"$GEN" -Wno-unknown-warning-option
