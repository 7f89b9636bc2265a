#!/bin/sh
# Checks that `claimcheck check examples/` draws the links README.md promises; see
# readme_promises_test.py.
exec /usr/bin/python3 "$TEST_SRCDIR/claimcheck/examples/readme_promises_test.py" "$@"
