#!/bin/sh
# A short run of the crash-consistency test (tests/crash_test.py) against the server built here:
# a few kills, each followed by one kind of damage. The long run and its figures are in
# docs/RELIABILITY.md. Arguments are passed on (e.g. --kills=200 --seed=7).
R="${TEST_SRCDIR:-${RUNFILES_DIR:-$0.runfiles}}/claimcheck"  # bazel test, or bazel run
exec /usr/bin/python3 "$R/tests/crash_test.py" --server="$R/services/claimcheck_server" \
  --lexicons="$R/extractors/lexicons" --proto="$R/proto" --kills=6 --workers=3 "$@"
