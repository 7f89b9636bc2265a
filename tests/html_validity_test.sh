#!/bin/sh
# Parses the html report with html5lib in strict mode; see html_validity_test.py.
exec /usr/bin/python3 "$TEST_SRCDIR/claimcheck/tests/html_validity_test.py" "$@"
