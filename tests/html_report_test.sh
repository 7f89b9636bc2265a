#!/bin/sh
# Renders the html report in headless Chromium (Debian's, installed by tools/setup.sh) and checks
# the rendered page; see html_report_test.py.
exec /usr/bin/python3 "$TEST_SRCDIR/claimcheck/tests/html_report_test.py" "$@"
