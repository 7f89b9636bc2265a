#!/bin/bash
# Builds the libFuzzer targets in fuzz/ with Debian's clang, outside Bazel.
#
#   tools/build_fuzzers.sh [OUT_DIR]      # default OUT_DIR: /tmp/claimcheck-fuzz-<checkout hash>
#
# Why not Bazel: Bazel 4 autodetects one C++ toolchain per workspace from $CC; switching it to
# clang (--repo_env=CC=clang) reconfigures @local_config_cc and rebuilds everything for every
# later gcc build in the same workspace. So the fuzzers are compiled here with clang++ against
# the system libraries (pkg-config) and the project sources, and protoc regenerates the API code.
#
# Instrumentation: -fsanitize=fuzzer,address,undefined (UBSan aborts on the first finding).
# FUZZ_JOBS (default 1) sets how many compiles run at once.
set -euo pipefail
cd "$(dirname "$0")/.."
# One output folder per checkout: objects from two worktrees must never be linked together.
OUT="${1:-/tmp/claimcheck-fuzz-$(pwd | md5sum | cut -c1-8)}"
JOBS="${FUZZ_JOBS:-1}"
CXX="${CXX_FOR_FUZZ:-clang++}"
mkdir -p "$OUT/gen" "$OUT/obj"

PROTO=proto/claimcheck/v1/claimcheck.proto
if [ ! "$OUT/gen/claimcheck/v1/claimcheck.pb.h" -nt "$PROTO" ]; then
  protoc -Iproto --cpp_out="$OUT/gen" --grpc_out="$OUT/gen" \
    --plugin=protoc-gen-grpc="$(command -v grpc_cpp_plugin)" "$PROTO"
fi

# crosscheck/subject_classes.tsv compiled in, as the Bazel genrule in crosscheck/BUILD does.
CLASSES=crosscheck/subject_classes.tsv
if [ ! "$OUT/gen/crosscheck/subject_classes_data.cc" -nt "$CLASSES" ]; then
  mkdir -p "$OUT/gen/crosscheck"
  { echo 'namespace claimcheck {'
    echo 'extern const char kShippedSubjectClasses[];'
    echo 'const char kShippedSubjectClasses[] = R"tsv('
    cat "$CLASSES"
    echo ')tsv";'
    echo '}  // namespace claimcheck'; } > "$OUT/gen/crosscheck/subject_classes_data.cc"
fi

SANITIZE="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
export CXXFLAGS_FUZZ="-std=c++17 -g -O1 $SANITIZE -I. -I$OUT/gen"
export PROJECT_WARNINGS="-Wall -Wextra -Werror -Wno-unused-parameter"
LIBS="$(pkg-config --libs grpc++ protobuf re2 absl_status absl_statusor absl_synchronization \
  absl_raw_hash_set absl_hash absl_strings absl_str_format absl_time absl_cord absl_flags icu-uc \
  hiredis zlib libcrypto)"

# Project code the targets reach: every library source, no tests, benchmarks or mains.
LIB_SRCS=$(ls extractors/*.cc crosscheck/*.cc store/*.cc tools/article_reader.cc article/*.cc \
  services/claimcheck_service.cc services/article_validation.cc services/auth.cc \
  services/flag_watchers.cc services/raw_stream_client.cc fuzz/fuzz_support.cc |
  grep -v -e '_test\.cc$' -e '_benchmark\.cc$' -e '_main\.cc$' -e 'test_claims\.cc$')
SRCS="$LIB_SRCS $OUT/gen/crosscheck/subject_classes_data.cc $OUT/gen/claimcheck/v1/claimcheck.pb.cc $OUT/gen/claimcheck/v1/claimcheck.grpc.pb.cc"

compile() {  # compile SRC OBJ unless OBJ is newer than SRC and every project header
  if [ -f "$2" ] && [ "$2" -nt "$1" ] && [ -z "$(find . "$OUT/gen" -name '*.h' -newer "$2" \
      -not -path './bazel-*' -print -quit)" ]; then return 0; fi
  # Libraries get coverage hooks without libFuzzer's main. The project's own files are held to
  # its warnings (build_defs.bzl's CLAIMCHECK_COPTS), so that CI compiles them with clang under
  # -Werror without a Bazel build of the tree with clang; generated code is not.
  local warnings=""
  case "$1" in "$OUT"/*) ;; *) warnings="$PROJECT_WARNINGS" ;; esac
  $CXX $CXXFLAGS_FUZZ $warnings -fsanitize=fuzzer-no-link -c "$1" -o "$2"
  # Dated as of the build's start: a header edited while this build ran (others share the tree)
  # is then newer than the object, and the next build recompiles it instead of linking a mix.
  touch -r "$OUT/build_start" "$2"
}
touch "$OUT/build_start"
export -f compile
export CXX
export OUT
OBJS=""
for src in $SRCS; do
  OBJS="$OBJS $OUT/obj/$(echo "$src" | sed -e "s|^$OUT/||" -e 's|/|_|g' -e 's|\.cc$|.o|')"
done
paste -d' ' <(tr ' ' '\n' <<<"$SRCS" | grep .) <(tr ' ' '\n' <<<"$OBJS" | grep .) |
  xargs -P "$JOBS" -n 2 bash -c 'compile "$0" "$1"'

for target in $(tools/run_fuzzers.sh --list); do
  $CXX $CXXFLAGS_FUZZ -fsanitize=fuzzer "fuzz/$target.cc" $OBJS $LIBS -o "$OUT/$target"
  echo "built $OUT/$target"
done
