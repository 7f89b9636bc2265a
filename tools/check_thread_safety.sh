#!/bin/bash
# Checks every lock annotation with clang's -Wthread-safety, without a second Bazel build.
#
#   tools/check_thread_safety.sh            # exit 0: every ABSL_GUARDED_BY / *_LOCKS_* holds
#
# The analysis is per translation unit: it runs where a mutex is locked or an annotated member is
# touched. So the files it needs are those that name a mutex or an annotation; they are found by
# grep, so a new file that takes a lock is checked without editing this script. Each is parsed
# with clang++ -fsyntax-only (no code generated, which is what makes this cheaper than
# `bazel build --config=clang //...`, the same check over the whole tree, kept for developers).
# Headers that declare annotated members are checked through every file that includes them.
set -euo pipefail
cd "$(dirname "$0")/.."
CXX="${CXX_FOR_THREAD_SAFETY:-clang++}"
JOBS="${THREAD_SAFETY_JOBS:-$(nproc)}"
gen=$(mktemp -d)
trap 'rm -rf "$gen"' EXIT

# The API headers the files include, generated as Bazel's proto rules would.
protoc -Iproto --cpp_out="$gen" --grpc_out="$gen" \
  --plugin=protoc-gen-grpc="$(command -v grpc_cpp_plugin)" proto/claimcheck/v1/claimcheck.proto

mapfile -t files < <(grep -rlE 'absl::Mutex|MutexLock|mutex_lock\.h|GUARDED_BY|LOCKS_(REQUIRED|EXCLUDED)' \
  --include='*.cc' base extractors crosscheck store services tools tests article fuzz 2>/dev/null |
  sort)
if [ ${#files[@]} -eq 0 ]; then
  echo "check_thread_safety: no file takes a lock; nothing checked (is this the repository root?)" >&2
  exit 2
fi

export CXX gen
printf '%s\n' "${files[@]}" | xargs -P "$JOBS" -I{} bash -c \
  '$CXX -std=c++17 -fsyntax-only -I. -I"$gen" $(pkg-config --cflags grpc++ protobuf hiredis) \
     -Wthread-safety -Wthread-safety-beta -Werror=thread-safety -Werror=thread-safety-beta "{}" ||
   { echo "check_thread_safety: {} breaks a lock annotation (above)" >&2; exit 255; }'
echo "check_thread_safety: ${#files[@]} files that take a lock, every annotation holds"
